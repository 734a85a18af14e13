// Which screens get "Leave this page": each screen says whether what it shows is about safety
// (the safety need, its services and rights cards, a search about danger, requests to such a
// service), and the quick exit listens. The screens know; the frame does not guess from the
// address. A count, not a flag: while routes change, the new screen may say so before the
// old one has stopped.
import { useEffect, useState } from 'preact/hooks';

let showing = 0;
/** The server's page is about safety (served-page.tsx): its way out is there from the first
 *  render, before the screen says so itself. */
let servedAboutSafety = false;
export const startAboutSafety = (on: boolean) => void (servedAboutSafety = on);
const listeners = new Set<(on: boolean) => void>();
const tell = () => listeners.forEach((listener) => listener(showing > 0));

/** Called by a screen: `on` while what it shows is about safety. */
export function useAboutSafety(on: boolean): void {
  useEffect(() => {
    if (!on) return;
    showing++;
    tell();
    return () => {
      showing--;
      tell();
    };
  }, [on]);
}

/** Whether any screen shown now is about safety. */
export function useShowingSafety(): boolean {
  const [on, setOn] = useState(showing > 0 || servedAboutSafety);
  useEffect(() => {
    listeners.add(setOn);
    // The screen may say so just after this (effects run in order): the server's word holds till then.
    setOn(showing > 0 || servedAboutSafety);
    servedAboutSafety = false;
    return () => void listeners.delete(setOn);
  }, []);
  return on;
}
