/// <reference lib="webworker" />
/**
 * The worker a build made with `OFFLINE_KILL_SWITCH=1` ships as `/sw.js`: the way out of a bad
 * release. Browsers fetch `/sw.js` again on the next visit (the host sends it with
 * `Cache-Control: no-cache`), find this one, and install it at once. It deletes every cache the
 * offline worker made and unregisters, so from the next page on the site loads from the host as if
 * there had never been a worker. Pages of such a build register no worker, so it is not installed
 * again. It handles no requests: the page it takes over keeps working as it is.
 */
declare const self: ServiceWorkerGlobalScope;
export {};

self.addEventListener('install', () => void self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('offline-')) await caches.delete(name);
      await self.registration.unregister();
    })(),
  );
});
