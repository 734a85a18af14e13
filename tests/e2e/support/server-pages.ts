// For the tests of the pages the server renders (server-pages.test.ts): the directory as the API
// gives it, and a watch on the app taking a served page over. The watch starts as soon as the
// server's HTML has been parsed, before any of the app's code runs, and ends at the app's
// `ponte:hydrated` event: any change the app made to #app in between (a node added or removed, a
// text rewritten, an attribute set) is a difference between the server's HTML and the device's
// first render, which a person sees as a flash.
import type { Page } from 'playwright-core';

export interface ServiceHours {
  byday: string;
  opens_at: string;
  closes_at: string;
}

export interface ApiService {
  id: string;
  organization_id: string;
  texts: Record<string, { name?: string; description?: string }>;
  phones?: { number: string; purpose?: string }[];
  address?: { address_1?: string; postal_code?: string; city?: string };
  schedule?: { hours?: ServiceHours[] };
  languages?: string[];
}

export interface ApiDirectory {
  version: number;
  published_at: string;
  upserts: {
    services: ApiService[];
    rights: { id: string; texts: Record<string, { title?: string }> }[];
    organizations: { id: string; texts: Record<string, { name?: string }> }[];
  };
}

/** The published directory, as a device downloads it, in the languages asked for. */
export async function publishedDirectory(serverUrl: string, locales: string[]): Promise<ApiDirectory> {
  const response = await fetch(`${serverUrl}/api/v1/directory?locales=${locales.join(',')}`);
  if (!response.ok) throw new Error(`The directory API answered ${response.status}`);
  return (await response.json()) as ApiDirectory;
}

/** A service's main phone (the first, where none is marked main). */
export function mainPhone(service: ApiService): string {
  const phone = service.phones?.find((p) => p.purpose === 'main') ?? service.phones?.[0];
  if (!phone) throw new Error(`${service.id} has no phone`);
  return phone.number;
}

/** A phone number as a `tel:` link and JSON-LD write it: digits and the leading +. */
export const dialled = (number: string) => number.replace(/[^\d+]/g, '');

/** "08:30" as the timetable shows it in Spanish and French ("8:30"). */
export const shownTime = (time: string) => time.replace(/^0(\d)/, '$1');

export const SCHEMA_DAYS: Record<string, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

/** What the watch saw, read once the app has either taken the page over or rendered its own. */
export interface TakeOver {
  /** The `ponte:hydrated` event came: the served page was taken over, not replaced. */
  hydrated: boolean;
  /** Every change to #app between the end of parsing and the event, described. */
  mutations: string[];
  /** The served page had an h1, and the one there at the event is that same element. */
  sameHeading: boolean;
  /** Whether the event came after the watch began (else changes may have been missed). */
  watchedFromParse: boolean;
}

interface Watch {
  done: boolean;
  hydrated: boolean;
  mutations: string[];
  servedHeading: boolean;
  sameHeading: boolean;
  watchedFromParse: boolean;
}

/**
 * An init script (context.addInitScript): runs in every document before its own scripts.
 * `readystatechange` to "interactive" comes when the parser has finished, before deferred and
 * module scripts run, so #app holds exactly the server's HTML then.
 */
export function watchTakeOver() {
  const watch: Watch = { done: false, hydrated: false, mutations: [], servedHeading: false, sameHeading: false, watchedFromParse: false };
  (window as unknown as { ponteWatch: Watch }).ponteWatch = watch;
  const mark = '__servedHeading';

  const where = (node: Node | null): string => {
    const parts: string[] = [];
    for (let n = node; n && n.nodeType === 1 && (n as Element).id !== 'app'; n = n.parentNode) {
      const element = n as Element;
      parts.unshift(element.tagName.toLowerCase() + (element.id ? `#${element.id}` : '') + (element.classList.length ? `.${[...element.classList].join('.')}` : ''));
    }
    return `#app${parts.length ? ' > ' + parts.join(' > ') : ''}`;
  };
  const nodeText = (node: Node) => (node.nodeType === 1 ? `<${(node as Element).tagName.toLowerCase()}>${(node.textContent ?? '').slice(0, 60)}` : JSON.stringify((node.textContent ?? '').slice(0, 60)));
  const describe = (record: MutationRecord): string => {
    const target = record.target.nodeType === 1 ? record.target : record.target.parentNode;
    if (record.type === 'characterData') return `text in ${where(target)}: ${JSON.stringify(record.oldValue)} → ${JSON.stringify(record.target.textContent)}`;
    if (record.type === 'attributes') {
      const now = (record.target as Element).getAttribute(record.attributeName!);
      return `attribute ${record.attributeName} of ${where(target)}: ${JSON.stringify(record.oldValue)} → ${JSON.stringify(now)}`;
    }
    const added = [...record.addedNodes].map(nodeText);
    const removed = [...record.removedNodes].map(nodeText);
    return `children of ${where(target)}:${added.length ? ` added ${added.join(', ')}` : ''}${removed.length ? ` removed ${removed.join(', ')}` : ''}`;
  };

  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const app = document.getElementById('app');
    if (!app) return;
    watch.watchedFromParse = true;
    const heading = app.querySelector('h1');
    if (heading) {
      (heading as unknown as Record<string, boolean>)[mark] = true;
      watch.servedHeading = true;
    }
    const observer = new MutationObserver((records) => {
      watch.mutations.push(...records.map(describe));
      // The app emptied #app to render its own page (this callback comes after its render): it
      // will not take this one over.
      if (!watch.hydrated && records.some((r) => r.target === app && r.removedNodes.length > 0)) watch.done = true;
    });
    observer.observe(app, { subtree: true, childList: true, characterData: true, characterDataOldValue: true, attributes: true, attributeOldValue: true });
    document.addEventListener(
      'ponte:hydrated',
      () => {
        watch.mutations.push(...observer.takeRecords().map(describe));
        observer.disconnect();
        const now = app.querySelector('h1');
        watch.sameHeading = watch.servedHeading && Boolean(now && (now as unknown as Record<string, boolean>)[mark]);
        watch.hydrated = true;
        watch.done = true;
      },
      { once: true },
    );
  });
  // Without the watch (the event before parsing ended cannot happen, but say so if it does).
  document.addEventListener('ponte:hydrated', () => {
    if (!watch.watchedFromParse) watch.done = true;
  });
  // The app failed to start: nothing more to wait for.
  const failed = () => {
    if (!watch.hydrated) watch.done = true;
  };
  window.addEventListener('error', failed);
  window.addEventListener('unhandledrejection', failed);
}

/** Waits until the app has taken the page at `url` over (or rendered its own instead) and says
 *  what it saw. The address is checked too: right after a navigation, never the last page's watch. */
export async function takeOver(page: Page, url: string): Promise<TakeOver> {
  // A hang detector: a page whose app neither takes it over nor replaces it is reported, not thrown.
  await page
    .waitForFunction((at) => location.href === at && (window as unknown as { ponteWatch?: Watch }).ponteWatch?.done === true, url, { timeout: 20_000 })
    .catch(() => undefined);
  const watch = await page.evaluate(() => (window as unknown as { ponteWatch?: Watch }).ponteWatch);
  if (!watch) return { hydrated: false, mutations: ['(no watch in this document)'], sameHeading: false, watchedFromParse: false };
  return { hydrated: watch.hydrated, mutations: watch.mutations, sameHeading: watch.sameHeading, watchedFromParse: watch.watchedFromParse };
}

/** Whether the h1 on the page now is still the one the server sent (marked by the watch). */
export const headingStillServed = (page: Page) =>
  page.evaluate(() => Boolean((document.querySelector('#app h1') as unknown as Record<string, boolean> | null)?.['__servedHeading']));
