// Directory answers when a client cycles language sets and `since` values (every request a
// combination not asked before, so nothing is served from the cache), against the same payload
// asked again. Also the longest the event loop was held up meanwhile: compression runs off it.
import { publishDemoChange } from '../../src/server/admin-api';
import { testServer } from '../helpers/server';

const LANGUAGE_SETS = ['en', 'es', 'ar', 'fr', 'pt', 'uk', 'en,es', 'ar,en,es', 'en,es,fr', 'en,es,pt', 'en,es,uk', 'ar,en', 'en,fr', 'en,pt', 'en,uk'];

export async function directoryLoadFigures(row: (label: string, value: string) => void) {
  const server = await testServer();
  for (let n = 0; n < 6; n++) await publishDemoChange(server.sql);
  const { version } = await (await server.fetch('/api/v1/directory/manifest')).json();
  const get = async (path: string) => {
    const res = await server.fetch(path, { headers: { 'Accept-Encoding': 'br, gzip' } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  };
  const combinations = LANGUAGE_SETS.flatMap((locales) => Array.from({ length: version }, (_, since) => `/api/v1/directory?since=${since}&locales=${locales}`));

  const stalls = eventLoopStalls();
  let start = performance.now();
  for (const path of combinations) {
    await get(path);
    // Requests reach a server as separate network events, not as one chain of promises.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const cycling = (performance.now() - start) / combinations.length;
  const longestStall = stalls.stop();

  const REPEATS = 200;
  start = performance.now();
  for (let n = 0; n < REPEATS; n++) await get('/api/v1/directory?since=0&locales=en,es');
  const cached = (performance.now() - start) / REPEATS;
  await server.close();

  console.log(`\nDirectory answers (demo directory, ${combinations.length} distinct language sets × since values, brotli accepted)`);
  row('cycling combinations: per request', `${cycling.toFixed(1)} ms`);
  row('the same payload again: per request', `${cached.toFixed(2)} ms`);
  row('longest the event loop was held up while cycling', `${longestStall.toFixed(1)} ms`);
}

/**
 * The longest time between two turns of the event loop (a setImmediate chain), up to stop():
 * what any other request would have waited at worst. (monitorEventLoopDelay reports nothing at
 * all when the loop never gets to its timers, which is exactly the case to see.)
 */
function eventLoopStalls() {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop: () => {
      running = false;
      return Math.max(longest, performance.now() - last);
    },
  };
}
