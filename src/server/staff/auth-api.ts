// TO BE BUILT: session, sign-in (passkey, password), invitations, sign-out.
import { Hono } from 'hono';
import type { StaffDeps, StaffEnv } from './staff-context';

export function authApi(_deps: StaffDeps) {
  return new Hono<StaffEnv>();
}
