// FIRST-LOAD BUNDLE: keep small. Taking over the page the server sent (hydration), in parts.
// Preact takes a page over in one go, and on a first visit most of that time is the engine
// compiling the app's functions as they first run: one long task, while the page cannot answer
// a tap. So parts of the page (<Later>) are taken over in tasks of their own, one per task,
// after the rest; a part whose code is not here yet (the guided tour) waits for it, and so does
// the end of the take-over (the device's own values, the parts after paint: they come with the
// same file). Meanwhile the server's HTML of that part stays exactly as it is: Preact keeps the
// DOM of a component that suspends while hydrating, and resumes there when it renders again.
// Resuming is still hydrating, which fixes text but not attributes: nothing may change what a
// waiting part shows (the language, easy read) before the take-over ends (takenOver()).
import { hydrate, type ComponentChildren, type VNode } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ErrorBoundary } from 'preact-iso';
import { inTurn, nextTask } from './first-paint';

let serverRender = false;
let takingOver = false;
/** Only the parts in the server's HTML wait their turn: one mounted afresh meanwhile (another
 *  screen, opened by a tap on a link) is shown at once. */
let hydrating = false;
let waiting: Promise<unknown>[] = [];
let finished: Promise<void> = Promise.resolve();

/** Settles once the page is taken over (at once if no taking over is going on). */
export const takenOver = (): Promise<void> => finished;

/** Runs `work` once the page is taken over, now if no taking over is going on. */
export function afterTakeOver(work: () => void): void {
  if (takingOver) void finished.then(work);
  else work();
}

/** Whether the render running must give the server's HTML: the server's own render, or the
 *  device's taking it over (all its parts). */
export const givesServerHtml = () => serverRender || takingOver;

/** The server's render of a page: synchronous, all parts at once. */
export function renderingServerHtml<T>(render: () => T): T {
  serverRender = true;
  try {
    return render();
  } finally {
    serverRender = false;
  }
}

/** Takes the server's page in `root` over, its <Later> parts one per task after the rest. */
export async function takeOver(app: VNode, root: Element): Promise<void> {
  takingOver = true;
  let done = () => {};
  finished = new Promise((resolve) => (done = resolve));
  try {
    hydrating = true;
    try {
      hydrate(app, root);
    } finally {
      hydrating = false;
    }
    await Promise.all(waiting);
    await nextTask(); // the last part renders in a microtask after its turn: done by now
  } finally {
    waiting = [];
    takingOver = false;
    done();
  }
}

/** A part of the page taken over in a task of its own (after `until`, when given: its code),
 *  its server HTML left as it is until then. Renders one element: Preact keeps one node of a
 *  part that waits. Anywhere else than in the server's page being taken over, its children. */
export function Later({ until, children }: { until?: () => Promise<unknown>; children: ComponentChildren }) {
  // preact-iso's boundary handles the part's waiting (a thrown promise) right here, so no
  // boundary above it (the router's) takes it for a screen still loading.
  return (
    <ErrorBoundary>
      <Waiting until={until}>{children}</Waiting>
    </ErrorBoundary>
  );
}

function Waiting({ until, children }: { until?: () => Promise<unknown>; children: ComponentChildren }) {
  const [, rendered] = useState(0);
  const turn = useRef<Promise<void> | undefined>(undefined);
  const ready = useRef(!hydrating);
  if (ready.current) return children as VNode;
  if (!turn.current) {
    const takeOverPart = () =>
      inTurn(() => {
        ready.current = true;
        rendered(1);
      });
    // Asking for the code is a task's work too (the bundler's preloads): not this render's. The
    // other parts take their turns meanwhile.
    turn.current = until ? nextTask().then(until).catch(() => undefined).then(takeOverPart) : takeOverPart();
    waiting.push(turn.current);
  }
  throw turn.current;
}
