// Hard budgets on bytes for what the home route downloads (gzip), read from the real build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { homeRouteFiles } from '../bench/build-report';

const KB = 1024;
const distDir = inject('distDir');
const gzipSize = (file: string) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;

describe('first-load budget of the home route', () => {
  const { js, css, lazy } = homeRouteFiles(distDir);

  it('loads at most 100 KB of JavaScript, gzipped', () => {
    const total = js.reduce((sum, f) => sum + gzipSize(f), 0);
    expect(js.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(100 * KB);
  });

  it('loads at most 20 KB of CSS, gzipped', () => {
    const total = css.reduce((sum, f) => sum + gzipSize(f), 0);
    expect(css.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(20 * KB);
  });

  it('leaves search, the other screens, the sync and IndexedDB out of the first load', () => {
    const first = js.join(' ');
    expect(first).not.toMatch(/search|service|directory-sync/);
    expect(lazy.some((f) => f.includes('search'))).toBe(true);
    const code = js.map((f) => readFileSync(join(distDir, f), 'utf8')).join('\n');
    expect(code).not.toContain('indexedDB');
  });
});
