// Which methods a path answers, read from the app's own routes, so that a wrong method gets
// 405 with an accurate Allow header (and an unknown path stays 404) without a second list of
// routes to keep in step.
import type { Hono } from 'hono';
import { TrieRouter } from 'hono/router/trie-router';

/**
 * Returns a function giving the methods registered for a path under `prefix` (empty: no route
 * there). Middleware (method ALL) is left out: it answers nothing by itself. Hono answers HEAD
 * with its GET route, so GET brings HEAD.
 */
export function allowedMethods(app: Hono, prefix: string): (path: string) => string[] {
  let router: TrieRouter<string> | undefined;
  return (path) => {
    // Built at first use, once every route is registered.
    if (!router) {
      router = new TrieRouter<string>();
      for (const route of app.routes) {
        if (route.method !== 'ALL' && route.path.startsWith(prefix)) router.add('ALL', route.path, route.method);
      }
    }
    const methods = new Set(router.match('GET', path)[0].map(([method]) => method));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods];
  };
}
