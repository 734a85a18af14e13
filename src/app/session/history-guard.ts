// FIRST-LOAD BUNDLE: keep small. The tab's history under the app's control: on a shared
// computer, Back must not replay what the last person did. Every entry the app makes carries
// its depth (how many of the app's entries lie before it), so forgetHistory() can go back to
// the first one, make it the home page and drop every entry after it. On a kiosk the app never
// adds entries at all: moving between pages replaces the one entry.
// Entries also carry the session they belong to: an entry the rewriting cannot reach (from an
// earlier visit in the same tab, before another site) still holds an address; when Back
// reaches one left by a previous person, the app opens at home instead of showing that page.
import { getSetting, setSetting } from '../../data/settings';

const DEPTH = 'ponteDepth';
const SESSION = 'ponteSession';
/** Set while forgetting, in case going back loads a page from before a reload (see below). */
const FORGETTING = 'ponte.forgetting';

type State = Record<string, unknown> | null;
const depth = (): number => ((history.state as State)?.[DEPTH] as number | undefined) ?? 0;

let arrived: (() => void) | undefined;

const currentSession = () => getSetting('historySession') ?? '';
const newSession = () => setSetting('historySession', crypto.randomUUID());

export function guardHistory(kiosk: boolean): void {
  if (!currentSession()) newSession();
  const push = history.pushState.bind(history);
  const replace = history.replaceState.bind(history);
  history.replaceState = (state: State, unused: string, url?: string | URL | null) =>
    replace({ ...state, [DEPTH]: depth(), [SESSION]: currentSession() }, unused, url);
  history.pushState = kiosk
    ? history.replaceState
    : (state: State, unused: string, url?: string | URL | null) =>
        push({ ...state, [DEPTH]: depth() + 1, [SESSION]: currentSession() }, unused, url);
  // Registered before the router's listener: while forgetting, the router must not show the
  // pages passed on the way back; and Back to a page of a session that has ended shows home.
  addEventListener('popstate', (event) => {
    if (arrived) {
      event.stopImmediatePropagation();
      arrived();
    } else if (endedSession()) history.replaceState(null, '', '/');
  });
  // The browser may keep a whole earlier page in memory (back/forward cache) and show it again
  // as it was: one from a session that has ended starts afresh at home instead.
  addEventListener('pageshow', (event) => {
    if (!event.persisted || !endedSession()) return;
    document.body.hidden = true;
    history.replaceState(null, '', '/');
    location.reload();
  });
  if (endedSession()) history.replaceState(null, '', '/');
  else if ((history.state as State)?.[SESSION] === undefined) history.replaceState(history.state as State, '');
}

/** Whether the current entry belongs to a person whose session has ended. */
function endedSession(): boolean {
  const session = (history.state as State)?.[SESSION];
  return session !== undefined && session !== currentSession();
}

export interface Landing {
  /** Where the tab ends: a page of the app (its history entry is the only one left). */
  path: string;
  /** What that entry is called in the Back button's menu (it would keep the last page's title). */
  title: string;
  /** Read once by the page that opens (for example "your information was cleared"). */
  notice?: string;
}

/**
 * Rewrites the app's entries in this tab's history to one: `landing`. Then, when `leaveTo` is
 * given, replaces the page with that address. An entry from before a reload belongs to the old
 * document, and going back to it loads that page anew: the flag in sessionStorage makes that
 * page finish the job (see finishForgetting) before it shows anything.
 */
export async function forgetHistory(landing: Landing, leaveTo?: string): Promise<void> {
  newSession();
  try {
    sessionStorage.setItem(FORGETTING, JSON.stringify({ landing, leaveTo }));
  } catch {
    // Without sessionStorage, an entry from before a reload keeps its address (not its data).
  }
  // A browser keeps a tab's last 50 entries or so: the first of ours may be gone already.
  const steps = Math.min(depth(), history.length - 1);
  if (steps > 0) {
    await new Promise<void>((resolve) => {
      arrived = resolve;
      // Should the browser not move (nothing to go back to), finish here all the same.
      setTimeout(resolve, 1000);
      history.go(-steps);
    });
    arrived = undefined;
  }
  finishForgetting({ landing, leaveTo });
}

type Forgetting = { landing: Landing; leaveTo?: string };

/** At the first entry: make it the landing, drop what follows, then leave or reload there.
 *  At start-up, only when a page before a reload left the job to this one. */
export function finishForgetting(here?: Forgetting): boolean {
  let pending: Forgetting | undefined;
  try {
    pending = JSON.parse(sessionStorage.getItem(FORGETTING) ?? 'null') ?? undefined;
    sessionStorage.removeItem(FORGETTING);
  } catch {
    // No sessionStorage: only this page knows.
  }
  pending ??= here;
  if (!pending) return false;
  const { landing, leaveTo } = pending;
  document.title = landing.title;
  history.replaceState(null, '', landing.path);
  // A new entry after it drops every entry that followed (forward history).
  history.pushState(landing.notice ? { ponteNotice: landing.notice } : null, '', landing.path);
  if (leaveTo) location.replace(leaveTo);
  else location.reload();
  return true;
}

let notice: string | undefined | null = null;
/** The notice forgetHistory left for the page that opened ("cleared"): read at start, then
 *  taken off the entry so that a later reload does not show it again. */
export function startNotice(): string | undefined {
  if (notice === null) {
    notice = ((history.state as State)?.ponteNotice as string | undefined) ?? undefined;
    if (notice) history.replaceState({ ...(history.state as State), ponteNotice: undefined }, '');
  }
  return notice;
}
