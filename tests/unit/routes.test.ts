// The one route table and its addresses: a language (and easy read) in front of a page's path,
// read back exactly as written; routes matched with their parameters decoded, and a broken
// escape leading nowhere.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressOf, bestLanguage, INTERFACE_LANGUAGES, isInterfaceLanguage, matchRoute, PAGE_ROUTES, parseAddress, prefixOf } from '../../src/shared/routes';

const PATHS = ['/', '/service/night-shelter', '/need/housing', '/need/housing/print', '/rights/right-to-food', '/search?q=cama', '/about', '/service/x/ask', '/?kiosk=1'];

describe('parseAddress and addressOf', () => {
  it('reads back every page in every language and reading, and without a language', () => {
    for (const path of PATHS) {
      for (const lang of INTERFACE_LANGUAGES) {
        for (const easy of [false, true]) {
          const address = addressOf(path, lang, easy);
          expect(address.startsWith(`/${lang}${easy ? '/easy' : ''}`), address).toBe(true);
          expect(parseAddress(address), address).toEqual({ path, lang, easy });
          const parsed = parseAddress(address);
          expect(addressOf(parsed.path, parsed.lang, parsed.easy)).toBe(address);
        }
      }
      // Without a language the address is the path itself (links and QR codes printed before).
      expect(addressOf(path)).toBe(path);
      expect(parseAddress(path)).toEqual({ path, easy: false });
    }
  });

  it('writes a home address without a trailing slash, its query straight after the prefix', () => {
    expect(addressOf('/', 'es')).toBe('/es');
    expect(addressOf('/', 'es', true)).toBe('/es/easy');
    expect(addressOf('/?x=1', 'es')).toBe('/es?x=1');
    expect(addressOf('/?x=1', 'ar', true)).toBe('/ar/easy?x=1');
    expect(addressOf('/search?q=a b', 'fr', true)).toBe('/fr/easy/search?q=a b');
    // Easy read only exists with a language.
    expect(addressOf('/need/food', undefined, true)).toBe('/need/food');
  });

  it('reads a language alone, with easy read, with a trailing slash, or with a query as the home page', () => {
    expect(parseAddress('/es')).toEqual({ path: '/', lang: 'es', easy: false });
    expect(parseAddress('/es/')).toEqual({ path: '/', lang: 'es', easy: false });
    expect(parseAddress('/es/easy')).toEqual({ path: '/', lang: 'es', easy: true });
    expect(parseAddress('/es/easy/')).toEqual({ path: '/', lang: 'es', easy: true });
    expect(parseAddress('/es?x=1')).toEqual({ path: '/?x=1', lang: 'es', easy: false });
    expect(parseAddress('/uk/easy?x=1')).toEqual({ path: '/?x=1', lang: 'uk', easy: true });
    expect(parseAddress('/ar/easy/need/housing')).toEqual({ path: '/need/housing', lang: 'ar', easy: true });
  });

  it('leaves addresses whose first part is no interface language as they are', () => {
    for (const address of ['/xx/need/housing', '/de/service/night-shelter', '/search', '/search?q=es', '/near', '/new', '/ES/need/food', '/esx/need/food', '/easy/need/food', '/e/need/food', '/es-x-easy/need/food']) {
      expect(parseAddress(address), address).toEqual({ path: address, easy: false });
    }
    expect(parseAddress('')).toEqual({ path: '/', easy: false });
    // "easy" only counts straight after a language, and only as a whole part.
    expect(parseAddress('/es/easyread')).toEqual({ path: '/easyread', lang: 'es', easy: false });
    expect(parseAddress('/es/need/easy')).toEqual({ path: '/need/easy', lang: 'es', easy: false });
  });

  it('gives the prefix an address has', () => {
    expect(prefixOf('/es/service/night-shelter')).toBe('/es');
    expect(prefixOf('/ar/easy/need/housing')).toBe('/ar/easy');
    expect(prefixOf('/fr')).toBe('/fr');
    expect(prefixOf('/service/night-shelter')).toBe('');
    expect(prefixOf('/xx/service/night-shelter')).toBe('');
  });
});

describe('matchRoute', () => {
  it('finds each page with its parameters', () => {
    expect(matchRoute('/')).toMatchObject({ route: { kind: 'home' }, params: {} });
    expect(matchRoute('/service/night-shelter')).toMatchObject({ route: { kind: 'service' }, params: { id: 'night-shelter' } });
    expect(matchRoute('/service/night-shelter/ask')).toMatchObject({ route: { kind: 'service-ask' }, params: { id: 'night-shelter' } });
    expect(matchRoute('/need/housing')).toMatchObject({ route: { kind: 'need' }, params: { id: 'housing' } });
    expect(matchRoute('/need/housing/print')).toMatchObject({ route: { kind: 'need-print' }, params: { id: 'housing' } });
    expect(matchRoute('/rights/right-to-food')).toMatchObject({ route: { kind: 'rights' }, params: { id: 'right-to-food' } });
    expect(matchRoute('/search?q=cama')).toMatchObject({ route: { kind: 'search' }, params: {} });
    expect(matchRoute('/?kiosk=1')).toMatchObject({ route: { kind: 'home' } });
  });

  it('decodes parameters', () => {
    expect(matchRoute('/service/caf%C3%A9')?.params).toEqual({ id: 'café' });
    expect(matchRoute('/service/a%2Fb')?.params).toEqual({ id: 'a/b' });
    expect(matchRoute('/rights/%3Cscript%3E')?.params).toEqual({ id: '<script>' });
  });

  it('leads nowhere from a broken escape or a path of no route', () => {
    for (const path of ['/service/%E0%A4%A', '/service/%', '/need/%zz/print', '/nothing', '/service', '/service/x/y', '/service/x/ask/more', '/es/service/x', '/staff', '/index.html']) {
      expect(matchRoute(path), path).toBeUndefined();
    }
  });

  it('matches every route of the table by its own pattern', () => {
    for (const route of PAGE_ROUTES) {
      const example = route.path.replace(/:(\w+)/g, 'example');
      expect(matchRoute(example)?.route, route.path).toBe(route);
    }
    // Each kind and each pattern once.
    expect(new Set(PAGE_ROUTES.map((r) => r.kind)).size).toBe(PAGE_ROUTES.length);
    expect(new Set(PAGE_ROUTES.map((r) => r.path)).size).toBe(PAGE_ROUTES.length);
  });
});

describe('the table', () => {
  it('lists as interface languages exactly the folders of locales/ with a common.json', () => {
    const locales = resolve(import.meta.dirname, '../../locales');
    const folders = readdirSync(locales, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(locales, entry.name, 'common.json')))
      .map((entry) => entry.name)
      .sort();
    expect(folders.length).toBeGreaterThan(0);
    expect([...INTERFACE_LANGUAGES]).toEqual(folders);
    for (const lang of folders) expect(isInterfaceLanguage(lang)).toBe(true);
    expect(isInterfaceLanguage('xx')).toBe(false);
    expect(isInterfaceLanguage(undefined)).toBe(false);
  });

  it('chooses the first interface language among preferences, most wanted first, else English', () => {
    expect(bestLanguage(['de-DE', 'fr-CA', 'es'])).toBe('fr');
    expect(bestLanguage(['UK', 'ar'])).toBe('uk');
    expect(bestLanguage(['de', 'it'])).toBe('en');
    expect(bestLanguage([])).toBe('en');
  });
});
