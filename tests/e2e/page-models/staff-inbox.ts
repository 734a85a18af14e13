// A staff member answering requests, in the words on the staff pages (English), so that the
// tests read like what they do.
import type { Locator, Page } from 'playwright-core';

export class StaffInbox {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(path = '/staff'): Promise<void> {
    await this.page.goto(this.baseUrl + path);
  }

  async expectHeading(text: string | RegExp): Promise<void> {
    await this.page.locator('main h1').filter({ hasText: text }).waitFor({ timeout: 15_000 });
  }

  /** The inbox, loaded: its results' heading or its empty state is on the screen. */
  async openInbox(): Promise<void> {
    await this.open('/staff');
    await this.expectHeading('Inbox');
    await this.page.locator('#inbox-results').waitFor({ timeout: 15_000 });
  }

  /** The counts at the top, by their label ("New" → 1). */
  async counts(): Promise<Record<string, number>> {
    return this.page.locator('.inbox-counts li').evaluateAll((items) =>
      Object.fromEntries(items.map((li) => [li.querySelector('.count-label')!.textContent!.trim(), Number(li.querySelector('.count-number')!.textContent)])),
    );
  }

  /** The visible row (table on a desktop, card on a phone) of the request with this reference. */
  row(reference: string): Locator {
    return this.page.locator('.inbox-table tbody tr, .inbox-card').filter({ hasText: reference }).locator('visible=true');
  }

  /** The table's cells of one request, by column header. */
  async tableRow(reference: string): Promise<Record<string, string>> {
    const headers = await this.page.locator('.inbox-table thead th').allInnerTexts();
    const cells = await this.page.locator('.inbox-table tbody tr').filter({ hasText: reference }).locator('th, td').allInnerTexts();
    return Object.fromEntries(headers.map((h, i) => [h.trim(), cells[i]?.replace(/\s+/g, ' ').trim() ?? '']));
  }

  async openRequest(reference: string): Promise<void> {
    await this.page.getByRole('link', { name: reference, exact: false }).locator('visible=true').click();
    await this.expectHeading(`Request ${reference}`);
  }

  /** A value of the request's details, by its label ("Name", "Phone", "Message"…). */
  async detail(label: string): Promise<string> {
    const term = this.page.locator('.request-details dt', { hasText: label }).first();
    return (await term.locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
  }

  async attempts(): Promise<string[]> {
    return this.page.locator('.request-attempts li').allInnerTexts();
  }

  async triedNoAnswer(method: string): Promise<void> {
    const before = await this.page.locator('.request-attempts li').count();
    await this.page.getByRole('radio', { name: method, exact: true }).check();
    await this.page.getByRole('button', { name: 'I tried, no answer' }).click();
    await this.page.locator('.request-attempts li').nth(before).waitFor();
  }

  async reachedThem(): Promise<void> {
    await this.page.getByRole('button', { name: 'I reached them' }).click();
    await this.page.getByRole('status').filter({ hasText: 'Marked as reached.' }).waitFor();
  }

  get state(): Locator {
    return this.page.locator('.request-summary .state-words');
  }
}
