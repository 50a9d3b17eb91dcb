import type { FromWorker, ToWorker } from '../../offline/policy';

/**
 * The page side of talking to the offline worker, shared by "Save for offline" and the offline
 * page: resolves with the active worker once there is one (never, where service workers are not
 * available or blocked, so the parts that need it stay hidden), and passes on its messages.
 */
export async function activeWorker(): Promise<ServiceWorker | undefined> {
  if (!('serviceWorker' in navigator)) return new Promise(() => undefined);
  const registration = await navigator.serviceWorker.ready;
  return registration.active ?? undefined;
}

export function onWorkerMessage(listener: (message: FromWorker) => void): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<FromWorker>) => listener(event.data));
  navigator.serviceWorker.startMessages();
}

export function tell(worker: ServiceWorker, message: ToWorker): void {
  worker.postMessage(message);
}
