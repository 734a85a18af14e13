// The page's side of the service worker: registers it, reports when the app can work offline,
// offers a waiting update (components/status-bar.tsx holds the offer while a form holds typed
// text), and asks for periodic background sync where the browser has it.
// The worker's URL is /sw.js forever: renaming it would strand installed copies.
import { setAppStatus } from './app-status';

let registration: ServiceWorkerRegistration | undefined;
let registering: Promise<ServiceWorkerRegistration | undefined> = Promise.resolve(undefined);

/** The worker's registration, once registerServiceWorker has it (undefined without a worker). */
export const workerRegistration = () => registering;

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return setAppStatus({ worker: 'unsupported' });
  const asked = navigator.serviceWorker.register('/sw.js', { scope: '/' });
  registering = asked.catch(() => undefined);
  registration = await asked;
  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      // An installed worker while another controls the page is an update waiting its turn.
      if (worker.state === 'installed' && navigator.serviceWorker.controller) setAppStatus({ updateWaiting: true });
    });
  if (registration.waiting && navigator.serviceWorker.controller) setAppStatus({ updateWaiting: true });
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration!.installing));
  await navigator.serviceWorker.ready;
  setAppStatus({ worker: 'ready' });
  await askForPeriodicSync(registration);
}

async function askForPeriodicSync(reg: ServiceWorkerRegistration) {
  const periodic = (reg as ServiceWorkerRegistration & { periodicSync?: { register(tag: string, o: object): Promise<void> } }).periodicSync;
  if (!periodic) return;
  try {
    const state = await navigator.permissions.query({ name: 'periodic-background-sync' as PermissionName });
    if (state.state === 'granted') await periodic.register('directory-sync', { minInterval: 6 * 60 * 60 * 1000 });
  } catch {
    // Not available for this page (for example, not installed): the page syncs while open.
  }
}

/** Activates the waiting version and reloads into it. Offered only while no form holds typed
 *  text, which the reload would lose (components/status-bar.tsx). */
export function useNewVersion(): void {
  const waiting = registration?.waiting;
  if (!waiting) return location.reload();
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
