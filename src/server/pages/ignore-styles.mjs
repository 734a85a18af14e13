// A Node module hook for the server's render of the app's pages (app-renderer.ts): the app's
// components import their stylesheets for the bundler; on the server a stylesheet is nothing.
// (The query is tsx's: it names the loader a module came through.)
export async function load(url, context, next) {
  if (/\.css(\?|$)/.test(url)) return { format: 'module', source: 'export default ""', shortCircuit: true };
  return next(url, context);
}
