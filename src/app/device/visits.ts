// How many times the person has come back to Ponte on this device, for the one invitation to
// install it (device/install-invitation.tsx). A visit is a new browsing session (a new tab, the
// browser opened again: not a reload, which keeps the tab's sessionStorage) on a day not already
// counted, so opening Ponte three times in a morning is one visit. A visit is written down only
// once the person does something (recordVisit): opening Ponte leaves nothing behind by itself,
// so the page after "Clear my information" or a kiosk's reset holds nothing at all. Like every
// key of the person's, these go with "Clear my information" and when the phone is given away.
import { getSetting, setSetting } from '../../data/settings';

const SESSION_MARK = 'ponte.visitCounted';

/** The local calendar day, "2026-11-24". */
const dayOf = (moment: Date) => `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;

const recorded = () => Number(getSetting('visits') ?? 0) || 0;

function sessionCounted(): boolean | undefined {
  try {
    return Boolean(sessionStorage.getItem(SESSION_MARK));
  } catch {
    return undefined; // no session storage (a private mode): nothing is counted
  }
}

/** This visit's number: the visits written down before, and this one if it is a new one. */
export function visitNumber(now = new Date()): number {
  const counted = sessionCounted();
  if (counted === undefined) return recorded();
  const isNew = !counted && getSetting('lastVisitDay') !== dayOf(now);
  return recorded() + (isNew ? 1 : 0);
}

/** Writes this visit down (once: later calls in the session change nothing). */
export function recordVisit(now = new Date()): void {
  if (sessionCounted() !== false) return;
  const number = visitNumber(now);
  try {
    sessionStorage.setItem(SESSION_MARK, '1');
  } catch {
    return;
  }
  setSetting('lastVisitDay', dayOf(now));
  setSetting('visits', String(Math.max(number, 1)));
}
