// FIRST-LOAD BUNDLE: keep small. Boot: language, first paint, then (not before) the service
// worker, the directory sync and IndexedDB (Dexie), which the first screen does not need.
// A page the server rendered (src/server/pages/) is taken over as it is (hydration) when this
// device would show exactly that page: same address, language and reading, default display.
import { render } from 'preact';
import { getSetting } from '../data/settings';
import { prepareIntl } from '../i18n/format';
import { detectLanguage, setupI18n } from '../i18n/i18n';
import { SERVED_PAGE_ID, type ServedPage } from '../shared/page-data';
import { matchRoute, parseAddress } from '../shared/routes';
import { App, preloadScreen } from './app';
import { leaveOnEarlyPress } from './components/quick-exit';
import { applyDisplay, readDisplay } from './display-settings';
import { afterFirstPaint, inTurn, nextTask } from './first-paint';
import { isKiosk, kioskFromAddress, kioskLanguage } from './kiosk/kiosk-mode';
import { practiceFromAddress } from './practice/practice-flag';
import { servedAboutSafety } from './served-page';
import { startAboutSafety } from './session/about-safety';
import { finishForgetting, guardHistory } from './session/history-guard';
import { registerServiceWorker } from './sw-bridge';
import { takeOver } from './take-over';
import './styles.css';

/** The page the server sent, if it did (the service worker answers with the bare shell). */
function servedPage(): ServedPage | undefined {
  const block = document.getElementById(SERVED_PAGE_ID);
  if (!block) return undefined;
  try {
    return JSON.parse(block.textContent ?? '') as ServedPage;
  } catch {
    return undefined;
  }
}

leaveOnEarlyPress();

async function boot() {
  await nextTask(); // evaluating this file is a task's work: starting is the next one's
  kioskFromAddress();
  practiceFromAddress();
  guardHistory(isKiosk());
  // Going back to an entry from before a reload, to forget it: nothing is shown here.
  if (finishForgetting()) return;
  if (isKiosk()) document.documentElement.dataset.kiosk = '';
  // A kiosk left in a hurry may not have finished clearing: finish before showing anything.
  if (getSetting('pendingWipe')) await import('./session/end-session').then((m) => m.finishPendingWipe());
  // An address with a language shows the page in it (and in easy read for /<lang>/easy/…).
  const address = parseAddress(location.pathname);
  const display = readDisplay();
  if (address.lang) display.reading = address.easy ? 'easy' : 'standard';
  applyDisplay(display);
  const lang = address.lang ?? getSetting('language') ?? kioskLanguage() ?? detectLanguage();
  await setupI18n(lang, display.reading === 'easy');
  await nextTask();

  const root = document.getElementById('app')!;
  // The server's data is in its page's language: of no use in another one.
  const served = [servedPage()].find((page) => page?.lang === lang && page.easy === (display.reading === 'easy'));
  const sameAsServed =
    served &&
    served.path === address.path &&
    display.textSize === '100' &&
    display.contrast === 'normal' &&
    !isKiosk();
  // A page from the server stays on the screen until the screen's code is here: taken over
  // (take-over.tsx), nothing replaced, or (another language, text size…) replaced in one go,
  // never blank.
  const route = root.hasChildNodes() ? matchRoute(address.path) : undefined;
  const screen = route && route.route.kind !== 'home' ? route.route.kind : undefined;
  if (screen) {
    // The screens' code needs IndexedDB's (Dexie, in the after-paint file): run that first, in a
    // task of its own, then the screen's, then take the page over; one long task would be all three.
    await import('dexie');
    await nextTask();
    await preloadScreen(screen);
    await prepareIntl(lang, nextTask);
  }
  if (route) await nextTask(); // the screen's code ran in a task of its own; the page is the next
  if (sameAsServed) {
    startAboutSafety(servedAboutSafety(served));
    await takeOver(<App served={served} />, root);
    document.dispatchEvent(new Event('ponte:hydrated'));
  } else {
    root.replaceChildren();
    render(<App served={served} />, root);
  }
  // The app answers from now on: the server's page before it is links and text only.
  document.documentElement.dataset.app = 'ready';
  // Otherwise made before the first list or date that needs them, in that one task.
  if (!screen) void inTurn(() => prepareIntl(lang, nextTask));

  // One per task, after first paint: the worker, the directory sync, the outbox.
  void afterFirstPaint.then(() => {
    if (import.meta.env.PROD) void inTurn(() => registerServiceWorker().catch((e) => console.warn('Service worker:', e)));
    void import('./directory-sync-start').then((m) => inTurn(() => m.startSync()));
    void import('./outbox-start').then((m) => inTurn(() => m.startOutboxSending()));
  });
}

void boot();
