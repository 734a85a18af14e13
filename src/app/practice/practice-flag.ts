// FIRST-LOAD BUNDLE: keep small. Practice mode, for trainers at a workshop: requests behave as
// usual but never leave the device (src/app/practice/practice-server.ts answers them). The switch
// is this person's setting (localStorage), so "Clear my information" turns it off too; it is
// turned on in the settings or by opening any address with ?practice=1 (a trainer's QR code).
import { useEffect, useState } from 'preact/hooks';
import { getSetting, setSetting } from '../../data/settings';
// The banner's few rules ride with the first paint's stylesheet: a stylesheet of their own would
// be one more request, for the page and for the worker's precache.
import './practice.css';

const KEY = 'practice';
const listeners = new Set<(on: boolean) => void>();

export const isPractice = (): boolean => getSetting(KEY) === 'on';

/** Turns the switch only; practice-actions.ts also removes the practice requests on leaving. */
export function setPracticeFlag(on: boolean): void {
  setSetting(KEY, on ? 'on' : 'off');
  for (const listener of listeners) listener(on);
}

/** Reads ?practice=1 and takes it out of the address, keeping the history entry's state. */
export function practiceFromAddress(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('practice')) return;
  if (url.searchParams.get('practice') === '1') setPracticeFlag(true);
  url.searchParams.delete('practice');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

/** Whether practice mode is on, updated when it is turned on or off anywhere in the page. */
export function usePractice(): boolean {
  const [on, setOn] = useState(isPractice);
  useEffect(() => {
    listeners.add(setOn);
    return () => void listeners.delete(setOn);
  }, []);
  return on;
}
