import type { ToWorker } from '../../offline/policy';

/**
 * Every page's part of offline reading (src/components/OfflineShell.astro):
 *
 * - registers `/sw.js` once the page has loaded, so the worker never competes with the page
 *   itself; a worker that fails to register or install changes nothing, the page stays as it is;
 * - tells the worker which page and language this is and which built assets it loaded (`hello`),
 *   so the first page of a first visit is stored too and the offline page of its language is at hand;
 * - says when this is a saved copy (the worker marks stored pages with `data-saved-at`);
 * - when a new build's worker is waiting, offers "Reload"; the page then reloads once the new
 *   worker has taken over, so the page and all its files come from the new build.
 */
export interface ShellStrings {
  locale: string;
  savedCopy: string;
  update: string;
  reload: string;
}

const post = (worker: ServiceWorker | null | undefined, message: ToWorker) => worker?.postMessage(message);

function showSavedCopy(root: HTMLElement, strings: ShellStrings): void {
  const savedAt = document.documentElement.dataset['savedAt'];
  const note = root.querySelector<HTMLElement>('[data-saved-copy]');
  const date = savedAt ? new Date(savedAt) : undefined;
  if (!note || !date || Number.isNaN(date.getTime())) return;
  const when = new Intl.DateTimeFormat(strings.locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  note.textContent = strings.savedCopy.replace('{{date}}', when);
  note.hidden = false;
}

function offerReload(root: HTMLElement, strings: ShellStrings, registration: ServiceWorkerRegistration): void {
  const region = root.querySelector<HTMLElement>('[data-update]');
  if (!region || region.childElementCount > 0 || !registration.waiting || !navigator.serviceWorker.controller) return;
  const text = document.createElement('p');
  text.textContent = strings.update;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = strings.reload;
  button.addEventListener('click', () => {
    button.disabled = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    post(registration.waiting, { type: 'activate' });
  });
  region.append(text, button);
}

async function register(root: HTMLElement, strings: ShellStrings): Promise<void> {
  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  if (!registration) return;
  offerReload(root, strings, registration);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed') offerReload(root, strings, registration);
    });
  });
  const ready = await navigator.serviceWorker.ready;
  // The built assets this page loaded (same-origin paths), which the worker may not have seen.
  const assets = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/_astro/'));
  post(ready.active, { type: 'hello', lang: root.dataset['lang'], path: location.pathname, assets });
}

const root = document.querySelector<HTMLElement>('[data-offline-shell]');
if (root && 'serviceWorker' in navigator) {
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as ShellStrings;
  showSavedCopy(root, strings);
  if (document.readyState === 'complete') void register(root, strings);
  else window.addEventListener('load', () => void register(root, strings), { once: true });
}
