// TO BE BUILT: POST /reports, "Report a mistake" about a service, from the device's outbox.
import { Hono } from 'hono';
import type { StaffDeps } from './staff/staff-context';

export function mistakeReportsApi(_deps: StaffDeps) {
  return new Hono();
}
