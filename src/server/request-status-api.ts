// TO BE BUILT: GET /requests/{id}/status and POST /requests/{id}/withdraw, with the status token.
import { Hono } from 'hono';
import type { StaffDeps } from './staff/staff-context';

export function requestStatusApi(_deps: StaffDeps) {
  return new Hono();
}
