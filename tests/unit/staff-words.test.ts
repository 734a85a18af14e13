// @vitest-environment node
// The staff pages' words, checked where a French-speaking social worker found them wrong: one
// name for one page (the navigation's item is the page's heading, in every language), the closed
// state said as staff say it ("Clôturée", not "Close"), and no sentence about a colleague that
// assumes they are a man (an e-mail address says nothing of its owner's gender).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };
const LOCALES = new URL('../../locales/', import.meta.url);
const languages = readdirSync(LOCALES);
const staff = (lang: string) => JSON.parse(readFileSync(new URL(`${lang}/staff.json`, LOCALES), 'utf8')) as Tree;
const at = (tree: Tree, path: string) => path.split('.').reduce<string | Tree>((node, key) => (node as Tree)[key], tree) as string;

// The navigation's items (src/staff/frame/main-nav.tsx) and the key of each page's h1.
const PAGES = ['inbox', 'reports', 'figures', 'team', 'audit'];

describe('the staff pages\' words', () => {
  it('name each page the same in the navigation and in its heading, in every language', () => {
    const differ = languages.flatMap((lang) =>
      PAGES.filter((page) => at(staff(lang), `frame.nav.${page}`) !== at(staff(lang), `${page}.title`)).map(
        (page) => `${lang} ${page}: nav "${at(staff(lang), `frame.nav.${page}`)}", heading "${at(staff(lang), `${page}.title`)}"`,
      ),
    );
    expect(differ).toEqual([]);
  });

  it('say "clôturée" for a closed request in French, never "close"', () => {
    const fr = staff('fr');
    expect(at(fr, 'inbox.state.closed')).toBe('Clôturée');
    expect(at(fr, 'inbox.filters.states.closed')).toBe('Clôturées');
    expect(at(fr, 'inbox.counts.closed')).toBe('Clôturées');
    const all = JSON.stringify(fr);
    expect(all.match(/\bCloses?\b|\best close\b/g)).toBeNull();
  });

  it('write about a colleague without assuming a gender (French, Spanish, Portuguese)', () => {
    // Participles agreed with an e-mail address or "you", as if every colleague were a man.
    const masculine: Record<string, RegExp> = {
      fr: /\b(invité|supprimé|déconnecté|administrateur)\b/,
      es: /\b(invitado|eliminado|administrador)\b/,
      pt: /\b(convidado|removido|administrador)\b|você mesmo/,
    };
    const about = ['invitation.whoStaff', 'invitation.whoAdmin', 'team.remove.done', 'team.invite.once', 'signIn.reason.idle', 'signIn.reason.max', 'signIn.reason.ended'];
    const found = Object.entries(masculine).flatMap(([lang, words]) =>
      about.filter((key) => words.test(at(staff(lang), key))).map((key) => `${lang} ${key}: ${at(staff(lang), key)}`),
    );
    expect(found).toEqual([]);
  });
});
