// Reading a staff route's JSON body: bad JSON or a field that does not fit answers 400 naming
// the field, so the pages (and anyone calling the API by hand) know what to fix.
import type { Context } from 'hono';
import * as v from 'valibot';
import { apiError } from '../api-errors';

export type Body<T> = { ok: true; value: T } | { ok: false; response: Response };

export async function jsonBody<S extends v.GenericSchema>(c: Context, schema: S): Promise<Body<v.InferOutput<S>>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return { ok: false, response: apiError(c, 400, 'invalid_json', 'Send the body as JSON, with the header Content-Type: application/json.') };
  }
  const checked = v.safeParse(schema, json);
  if (checked.success) return { ok: true, value: checked.output };
  const issue = checked.issues[0];
  const field = v.getDotPath(issue) ?? 'body';
  return { ok: false, response: apiError(c, 400, 'invalid_input', `${field}: ${issue.message}`, { field }) };
}
