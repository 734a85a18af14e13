// TO BE BUILT: administrators: organisations, staff accounts, invitations, the audit log.
import { Hono } from 'hono';
import type { StaffDeps, StaffEnv } from './staff-context';

export function teamApi(_deps: StaffDeps) {
  return new Hono<StaffEnv>();
}
