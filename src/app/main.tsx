// FIRST-LOAD BUNDLE: keep small. Boot: language, first paint, then (not before) the service
// worker, the directory sync and IndexedDB (Dexie), which the first screen does not need.
import { render } from 'preact';
import { getSetting } from '../data/settings';
import { detectLanguage, setupI18n } from '../i18n/i18n';
import { App } from './app';
import { applyDisplay, readDisplay } from './display-settings';
import { afterFirstPaint } from './first-paint';
import { isKiosk, kioskFromAddress, kioskLanguage } from './kiosk/kiosk-mode';
import { practiceFromAddress } from './practice/practice-flag';
import { finishForgetting, guardHistory } from './session/history-guard';
import { registerServiceWorker } from './sw-bridge';
import './styles.css';

async function boot() {
  kioskFromAddress();
  practiceFromAddress();
  guardHistory(isKiosk());
  // Going back to an entry from before a reload, to forget it: nothing is shown here.
  if (finishForgetting()) return;
  if (isKiosk()) document.documentElement.dataset.kiosk = '';
  // A kiosk left in a hurry may not have finished clearing: finish before showing anything.
  if (getSetting('pendingWipe')) await import('./session/end-session').then((m) => m.finishPendingWipe());
  applyDisplay();
  await setupI18n(getSetting('language') ?? kioskLanguage() ?? detectLanguage(), readDisplay().reading === 'easy');
  render(<App />, document.getElementById('app')!);

  void afterFirstPaint.then(() => {
    if (import.meta.env.PROD) void registerServiceWorker().catch((e) => console.warn('Service worker:', e));
    void import('./directory-sync-start').then((m) => m.startSync());
    void import('./outbox-start').then((m) => m.startOutboxSending());
  });
}

void boot();
