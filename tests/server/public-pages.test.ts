import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { loadAppRenderer } from '../../src/server/pages/app-renderer';
import { StaticFiles } from '../../src/server/static-files';
import { testServer } from '../helpers/server';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';

it('explore', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ponte-pp-'));
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8" /><meta name="description" content="x" /><title>Ponte</title><script type="module" src="/assets/index-abc.js"></script></head><body><div id="app"></div><noscript>Ponte needs JavaScript.</noscript></body></html>`);
  const server = await testServer({ files: await StaticFiles.load(dir), renderer: loadAppRenderer() });
  const d = await loadDemoDirectory();
  const s = d.services.find((x) => x.id === 'night-shelter')!;
  console.log(JSON.stringify(s.texts['es-x-easy']), s.needs, JSON.stringify(d.rights.find(r=>r.id==='right-to-food')!.texts.es));
  for (const p of ['/es', '/es/need/housing', '/es/rights/right-to-food', '/es/about', '/es/privacy', '/es/easy/service/night-shelter', '/service/%E0%A4%A', '/xx/need/housing', '/need/spaceships', '/es/search?q=cama', '/es?x=1']) {
    const res = await server.fetch(p);
    const html = await res.text();
    console.log(p, res.status, res.headers.get('content-language'), /<title>(.*?)<\/title>/.exec(html)?.[1], /<h1[^>]*>(.*?)<\/h1>/.exec(html)?.[1], /id="ponte-page">(.*?)<\/script>/.exec(html)?.[1].slice(0, 200));
  }
  const h = await server.fetch('/es/about', { method: 'HEAD' });
  console.log('HEAD', h.status, [...h.headers].join(' | '), (await h.text()).length);
  const po = await server.fetch('/es/about', { method: 'POST' });
  console.log('POST', po.status, [...po.headers].join(' | '));
  await server.close();
});
