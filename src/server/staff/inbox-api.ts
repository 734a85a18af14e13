// TO BE BUILT: an organisation's requests, their states and notes, export, figures, mistake reports.
import { Hono } from 'hono';
import type { StaffDeps, StaffEnv } from './staff-context';

export function inboxApi(_deps: StaffDeps) {
  return new Hono<StaffEnv>();
}
