// A person using Ponte, in the words on the screen, so that the tests read like what they do.
import type { Locator, Page } from 'playwright-core';

export class PonteApp {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  get heading(): Locator {
    return this.page.locator('h1');
  }
  get status(): Locator {
    return this.page.getByTestId('status');
  }

  /** Opens an address, and waits until the app answers: the server's page is readable at once,
   *  but its buttons do something only once the app has taken it over. */
  async open(path = '/'): Promise<void> {
    await this.page.goto(this.baseUrl + path);
    await this.page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 30_000 });
  }

  /** First visit: wait until the app says it works offline and the directory is on the device. */
  async waitUntilReadyOffline(): Promise<void> {
    await this.status.filter({ hasText: /Ready to use without internet\..*Information updated/ }).waitFor({ timeout: 30_000 });
  }

  /** This page is in the worker's hands (its claim has arrived): a screen or a language loaded
   *  later comes from the worker, not from a network a test is about to cut. Not part of
   *  waitUntilReadyOffline: in donated-phone, a page reloaded after its requests had been routed
   *  was once not claimed within 30 s, and it needs no claim there. */
  async waitUntilControlled(): Promise<void> {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  }

  async expectHeading(text: string | RegExp): Promise<void> {
    await this.heading.filter({ hasText: text }).waitFor({ timeout: 10_000 });
  }

  /** Language, easy read and display: on a narrow screen (or with large text) they wait behind
   *  the header's Menu button; this opens it where it is folded, and does nothing where it is not. */
  async openHeaderMenu(): Promise<void> {
    const menu = this.page.locator('.header-menu-button');
    if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  }

  async chooseNeed(label: string): Promise<void> {
    await this.page.getByRole('link', { name: label, exact: true }).click();
    await this.expectHeading(label);
  }

  async openItem(name: string): Promise<void> {
    await this.page.locator('main .item-link', { has: this.page.locator('.item-title', { hasText: name }) }).first().click();
    await this.expectHeading(name);
  }

  /** Whether `first` is drawn to the left of `second` inside `where`: the order a reader sees,
   *  after the bidi algorithm, not the order in the text. */
  async drawnLeftOf(where: Locator, first: string, second: string): Promise<boolean> {
    return where.evaluate(
      (element, [a, b]) => {
        const left = (needle: string) => {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf(needle);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + needle.length);
            return range.getBoundingClientRect().left;
          }
          throw new Error(`"${needle}" is not on the screen`);
        };
        return left(a) < left(b);
      },
      [first, second],
    );
  }

  section(heading: string): Locator {
    return this.page.locator('section', { has: this.page.getByRole('heading', { name: heading, exact: true }) });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Search', exact: true }).click();
    await this.page.getByLabel('Search services and rights').fill(text);
  }

  /** The titles listed on the screen, once the list has loaded. */
  async itemTitles(): Promise<string[]> {
    await this.page.locator('main .items .item-title').first().waitFor();
    return this.page.locator('main .items .item-title').allTextContents();
  }

  async resultTitles(): Promise<string[]> {
    return this.page.locator('main .items .item-title').allTextContents();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save' }).click();
    await this.page.getByRole('button', { name: 'Saved', pressed: true }).waitFor();
  }

  async savedTitles(): Promise<string[]> {
    await this.page.getByRole('link', { name: 'Saved', exact: true }).click();
    await this.expectHeading('Saved');
    return this.itemTitles();
  }

  /** Fills "Ask them to contact me" for a service and presses Send; lands on the outbox. */
  async askToBeContacted(serviceId: string, person: { name: string; phone: string; message?: string }): Promise<string> {
    await this.open(`/service/${serviceId}/ask`);
    return this.fillAndSend(person);
  }

  /** On a service's page, as a person does it (by pressing, never by typing an address): "Ask
   *  them to contact me", the form, Send. Lands on "My requests"; returns the request's id. */
  async askFromServicePage(person: { name: string; phone: string }): Promise<string> {
    await this.page.getByRole('link', { name: 'Ask them to contact me' }).click();
    return this.fillAndSend(person);
  }

  private async fillAndSend(person: { name: string; phone: string; message?: string }): Promise<string> {
    await this.expectHeading('Ask to be contacted');
    await this.page.getByLabel('Your name').fill(person.name);
    await this.page.getByLabel('Your phone number').fill(person.phone);
    await this.page.getByLabel('Morning').check();
    if (person.message) await this.page.getByLabel('Message (optional)').fill(person.message);
    await this.page.getByLabel(/^I agree/).check();
    await this.page.getByRole('button', { name: 'Send' }).click();
    await this.expectHeading('My requests');
    const id = new URL(this.page.url()).searchParams.get('sent')!;
    await this.page.locator(`[data-request-id="${id}"]`).waitFor();
    return id;
  }

  /** What this origin keeps besides IndexedDB: localStorage, sessionStorage and Cache Storage. */
  async otherStorage(): Promise<{ localStorage: Record<string, string>; sessionStorage: Record<string, string>; caches: string[]; cached: string[] }> {
    return this.page.evaluate(async () => {
      const names = await caches.keys();
      const cached: string[] = [];
      for (const name of names) for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
      return { localStorage: { ...localStorage }, sessionStorage: { ...sessionStorage }, caches: names, cached };
    });
  }

  /** The tab's whole history (what Back and Forward can reach, and the titles its menu shows),
   *  read from Chromium itself. */
  async tabHistory(): Promise<{ current: number; entries: { url: string; title: string }[] }> {
    await this.page.waitForLoadState();
    const read = async () => {
      const cdp = await this.page.context().newCDPSession(this.page);
      try {
        return await cdp.send('Page.getNavigationHistory');
      } finally {
        await cdp.detach().catch(() => {});
      }
    };
    // Just after a navigation the page may still be swapping renderers: ask again once.
    const { currentIndex, entries } = await read().catch(read);
    return { current: currentIndex, entries: entries.map((e) => ({ url: e.url.replace(this.baseUrl, ''), title: e.title })) };
  }

  /** Waits until a request shows a state (an attempt may be under way a moment before). */
  async waitForRequest(id: string, state: 'waiting' | 'delivered' | 'refused', timeout = 30_000): Promise<void> {
    await this.page.locator(`[data-request-id="${id}"].request-${state}`).waitFor({ timeout });
  }

  /** The state of each request in the outbox, by id, as the screen shows it. */
  async requestStates(): Promise<Record<string, string>> {
    return this.page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('[data-request-id]')].map((el) => [el.dataset.requestId!, el.className.match(/request-(\w+)/)![1]]),
      ),
    );
  }

  /** Everything in this origin's IndexedDB, read raw (not through the app), as one string. */
  async rawIndexedDb(): Promise<string> {
    return this.page.evaluate(async () => {
      const dump: Record<string, unknown> = {};
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(info.name!);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const store of db.objectStoreNames) {
          dump[`${info.name}/${store}`] = await new Promise((resolve) => {
            const all = db.transaction(store).objectStore(store).getAll();
            all.onsuccess = () => resolve(all.result);
          });
        }
        db.close();
      }
      return JSON.stringify(dump);
    });
  }
}
