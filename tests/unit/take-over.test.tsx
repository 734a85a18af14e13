// Taking the server's page over in parts (src/app/take-over.tsx): the rest of the page at once,
// each <Later> part in a later task (or once its code is here), and never a change to the DOM.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { useDeviceValue } from '../../src/app/served-page';
import { Later, renderingServerHtml, takeOver, takenOver } from '../../src/app/take-over';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A button that counts its presses: it answers only once its part is taken over. */
function Counter({ name }: { name: string }) {
  const [presses, setPresses] = useState(0);
  return (
    <button type="button" data-name={name} onClick={() => setPresses(presses + 1)}>
      {`${name} ${presses}`}
    </button>
  );
}

function DeviceClock() {
  const value = useDeviceValue(() => 'on the device', 'from the server');
  return <p class="clock">{value}</p>;
}

let codeArrives: () => void = () => {};
const code = () => new Promise<void>((resolve) => (codeArrives = resolve));
let laterRenders = 0;
function CountedRenders() {
  laterRenders++;
  return <Counter name="later" />;
}

const Page = () => (
  <div class="page">
    <Counter name="first" />
    <Later>
      <CountedRenders />
    </Later>
    <Later until={code}>
      <section class="tour">
        <Counter name="tour" />
      </section>
    </Later>
    <DeviceClock />
  </div>
);

/** The server's HTML of the page in a container, and every change made to it from now on. */
function served() {
  const root = document.createElement('div');
  root.innerHTML = renderingServerHtml(() => renderToString(<Page />));
  laterRenders = 0; // the server's render is not the device's
  document.body.append(root);
  const changes: MutationRecord[] = [];
  const observer = new MutationObserver((records) => changes.push(...records));
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  const press = (name: string) => root.querySelector<HTMLButtonElement>(`[data-name="${name}"]`)!.click();
  const text = (name: string) => root.querySelector(`[data-name="${name}"]`)!.textContent;
  return { root, changes: () => [...changes, ...observer.takeRecords()], press, text, stop: () => observer.disconnect() };
}

afterEach(() => {
  document.body.replaceChildren();
  laterRenders = 0;
});

describe('taking the server page over in parts', () => {
  it('takes the rest at once and each part later, without changing a single node', async () => {
    const page = served();
    const nodes = [...page.root.querySelectorAll('*')];
    const done = takeOver(<Page />, page.root);

    // The rest of the page answers at once; the parts are still the server's HTML only.
    expect(laterRenders).toBe(0);
    page.press('first');
    page.press('later');
    page.press('tour');
    await nextTask();
    expect(page.text('first')).toBe('first 1');
    expect(page.text('later')).toBe('later 0');
    expect(page.text('tour')).toBe('tour 0');

    // The first part in a task of its own; the tour waits for its code.
    for (let i = 0; i < 5 && laterRenders === 0; i++) await nextTask();
    expect(laterRenders).toBe(1);
    for (let i = 0; i < 5; i++) await nextTask();
    expect(page.root.querySelector('.tour')).toBe(nodes.find((node) => node.matches('.tour')));
    page.press('tour');
    await nextTask();
    expect(page.text('tour')).toBe('tour 0');

    // Until the last part is taken over, what would change the parts (a language, easy read)
    // waits for takenOver().
    let ended = false;
    void takenOver().then(() => (ended = true));
    await nextTask();
    expect(ended).toBe(false);

    codeArrives();
    await done;
    expect(ended).toBe(true);
    // Taken over: same nodes, same text, nothing added (but the press that answered).
    const first = page.root.querySelector('[data-name="first"]')!;
    expect(page.changes().filter((change) => !first.contains(change.target))).toEqual([]);
    expect([...page.root.querySelectorAll('*')]).toEqual(nodes);
    page.stop();

    // Every part answers now.
    for (const name of ['first', 'later', 'tour']) page.press(name);
    await nextTask();
    expect([page.text('first'), page.text('later'), page.text('tour')]).toEqual(['first 2', 'later 1', 'tour 1']);
  });

  it("shows the device's own values only once the whole page is taken over", async () => {
    const page = served();
    const done = takeOver(<Page />, page.root);
    for (let i = 0; i < 5; i++) await nextTask();
    expect(page.root.querySelector('.clock')!.textContent).toBe('from the server');
    codeArrives();
    await done;
    await nextTask();
    expect(page.root.querySelector('.clock')!.textContent).toBe('on the device');
  });

  it('shows at once a part mounted afresh while the server\'s parts still wait (a tap on a link)', async () => {
    let open: () => void = () => {};
    function Opener() {
      const [opened, setOpened] = useState(false);
      open = () => setOpened(true);
      return opened ? (
        <Later>
          <p class="fresh">opened</p>
        </Later>
      ) : null;
    }
    const WithOpener = () => (
      <>
        <Page />
        <Opener />
      </>
    );
    const root = document.createElement('div');
    root.innerHTML = renderingServerHtml(() => renderToString(<WithOpener />));
    document.body.append(root);
    const done = takeOver(<WithOpener />, root);
    await nextTask();
    open(); // the tour's code has not come: the server's parts are still waiting
    await nextTask();
    expect(root.querySelector('.fresh')?.textContent).toBe('opened');
    codeArrives();
    await done;
  });

  it('is its children at once in a page the device makes itself', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<Page />, root);
    expect(laterRenders).toBe(1);
    expect(root.querySelector('.tour')).not.toBeNull();
    expect(root.querySelector('.clock')!.textContent).toBe('on the device');
  });
});
