// A person on the staff pages' account screens (sign-in, invitation, team, audit), in the words
// those pages show (English), so that the tests read like what people do.
import type { BrowserContext, Locator, Page } from 'playwright-core';

/** The link `npm run staff -- add-admin|invite` printed. */
export const linkIn = (output: string) => {
  const link = /https?:\/\/\S+\/staff\/invitation#\S+/.exec(output)?.[0];
  if (!link) throw new Error(`No invitation link in the command's output:\n${output}`);
  return link;
};

/** Chromium's virtual authenticator (a device with a fingerprint reader that always says yes):
 *  passkeys are made and used without a person touching anything. */
export async function withVirtualAuthenticator(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
}

export class StaffAccount {
  constructor(readonly page: Page) {}

  heading(text: string | RegExp): Locator {
    return this.page.locator('main h1').filter({ hasText: text });
  }

  async expectHeading(text: string | RegExp): Promise<void> {
    await this.heading(text).waitFor({ timeout: 15_000 });
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Account' }).click();
    await this.page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await this.expectHeading('Sign in');
  }

  async signInWithPasskey(): Promise<void> {
    await this.expectHeading('Sign in');
    await this.page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  }

  async signInWithPassword(email: string, password: string): Promise<void> {
    await this.expectHeading('Sign in');
    const disclosure = this.page.locator('details', { has: this.page.getByText('Sign in with a password instead') });
    if (!(await disclosure.evaluate((d) => (d as HTMLDetailsElement).open))) await this.page.getByText('Sign in with a password instead').click();
    await this.page.getByLabel('E-mail address').fill(email);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  /** The error summary's lines, once it is on the screen. */
  async problems(): Promise<string[]> {
    const summary = this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    return summary.locator('li').allInnerTexts();
  }

  /** Tab until the element whose text or label matches has focus (keyboard only), at most `max` presses. */
  async tabTo(text: RegExp, max = 25): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      const focused = await this.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
        return `${el?.innerText ?? ''} ${label ?? ''} ${el?.getAttribute('aria-label') ?? ''}`;
      });
      if (text.test(focused)) return;
    }
    throw new Error(`${max} presses of Tab did not reach ${text}.`);
  }

  async chooseLanguage(name: string): Promise<void> {
    await this.page.locator('#staff-language').selectOption({ label: name });
  }
}
