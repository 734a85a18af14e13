// Whether a form on the screen holds text the person typed and has not sent: then nothing may
// restart the app (an update) or push in front of the form (the install invitation). Read from
// the page itself, so every form counts (the request form, search, kiosk codes, any later one)
// without each having to report. Only typed text counts: a choice already ticked costs nothing
// to tick again, and Preact sets choices as properties, so their "defaults" mean nothing here.
import { useEffect, useState } from 'preact/hooks';

const TEXT_INPUTS = 'form input:not([type]), form input[type="text"], form input[type="tel"], form input[type="email"], form input[type="search"], form input[type="number"], form input[type="url"], form textarea';

export function formHoldsTypedText(root: ParentNode = document): boolean {
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_INPUTS)) {
    if (field.value.trim() !== '' && field.value !== field.defaultValue) return true;
  }
  return false;
}

/** Follows formHoldsTypedText() while `watching`: on typing, and whenever the screen changes
 *  (a form sent leaves for another screen; a screen with a form arrives). */
export function useFormHoldsTypedText(watching: boolean): boolean {
  const [holds, setHolds] = useState(() => watching && formHoldsTypedText());
  useEffect(() => {
    if (!watching) return setHolds(false);
    const check = () => setHolds(formHoldsTypedText());
    check();
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });
    for (const type of ['input', 'change']) document.addEventListener(type, check, true);
    return () => {
      observer.disconnect();
      for (const type of ['input', 'change']) document.removeEventListener(type, check, true);
    };
  }, [watching]);
  return holds;
}
