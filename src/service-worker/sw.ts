/// <reference lib="webworker" />
/**
 * The service worker, bundled by the build into `/sw.js` (src/integrations/service-worker.ts,
 * which also fills in `__OFFLINE__`). README.md ("Offline reading") explains the behaviour; the
 * rules themselves are in src/offline/policy.ts.
 *
 * - It precaches nothing. A page the reader opens is stored as it arrives; the offline page of
 *   the reader's language is the only file fetched without being asked for (the "shell").
 * - Pages: network first, the stored copy after `networkTimeoutMs` or when the network fails,
 *   stamped with when it was stored; an unsaved page offline gets the offline page.
 * - Built assets (`/_astro/`, hashed search files): the stored copy first, since a hashed name
 *   never changes its content. Other files: network first, the stored copy offline.
 * - A new build's worker waits until the reader chooses "Reload" (the page posts `activate`), so
 *   one page never gets two builds' files. The first worker takes over at once.
 * - "Save for offline" stores every file of a language's list, written by the build; when a new
 *   build takes over, saved languages are brought up to it, fetching only what changed.
 */
import {
  assetCacheName,
  cachesToDrop,
  cacheKey,
  cacheNames,
  filesToDrop,
  filesToFetch,
  languageOfPath,
  listAddress,
  networkTimeoutMs,
  routeFor,
  saveStages,
  stampSavedAt,
  storedHeaders,
  titleOfHtml,
  type FromWorker,
  type LanguageList,
  type ListedFile,
  type SavedLanguage,
  type ToWorker,
} from '../offline/policy';

declare const self: ServiceWorkerGlobalScope;

/** Filled in by the build: this build's id and what the worker needs to know about each language. */
interface WorkerConfig {
  build: string;
  /** The built assets the offline pages need (the same scripts in every language). */
  shell: string[];
  /** Per language: its offline page and the figures of its list. */
  languages: Record<string, { offlinePage: string; pages: number; bytes: number }>;
}
declare const __OFFLINE__: WorkerConfig;
const config = __OFFLINE__;
const languages = Object.keys(config.languages);

/** The worker's records, kept as one JSON entry in the meta cache. */
interface Records {
  saved: Record<string, SavedLanguage>;
  /** The build whose worker is active, and the one before it (whose assets are kept). */
  build?: string;
  previousBuild?: string;
}
const recordsKey = '/__offline-records__';

async function readRecords(): Promise<Records> {
  const stored = await (await caches.open(cacheNames.meta)).match(recordsKey);
  const empty: Records = { saved: {} };
  return stored ? { ...empty, ...((await stored.json()) as Partial<Records>) } : empty;
}

async function writeRecords(records: Records): Promise<void> {
  await (await caches.open(cacheNames.meta)).put(recordsKey, new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json' } }));
}

/** Saves and updates run one at a time, so two tabs saving cannot interleave their records. */
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

self.addEventListener('install', () => {
  // The first worker has no page to disturb; a new build's worker waits for the reader.
  if (!self.registration.active) void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await self.clients.claim();
      await serially(takeOver);
    })(),
  );
});

/** Records this build as current, drops assets two builds old and brings saved languages up to date. */
async function takeOver(): Promise<void> {
  const records = await readRecords();
  if (records.build !== config.build) {
    records.previousBuild = records.build;
    records.build = config.build;
  }
  for (const name of cachesToDrop(await caches.keys(), config.build, records.previousBuild)) await caches.delete(name);
  await writeRecords(records);
  for (const [lang, saved] of Object.entries(records.saved)) {
    if (saved.build !== config.build && lang in config.languages) await save(lang, undefined).catch(() => undefined);
  }
}

self.addEventListener('message', (event) => {
  const message = event.data as ToWorker;
  const source = event.source;
  const reply = (answer: FromWorker) => source?.postMessage(answer);
  switch (message.type) {
    case 'activate':
      event.waitUntil(self.skipWaiting());
      break;
    case 'hello':
      event.waitUntil(greet(message.lang, message.path, message.assets));
      break;
    case 'status':
      event.waitUntil(readRecords().then((records) => reply({ type: 'status', build: config.build, languages: config.languages, saved: records.saved })));
      break;
    case 'save':
      event.waitUntil(serially(() => save(message.lang, reply)));
      break;
    case 'remove':
      event.waitUntil(serially(() => remove(message.lang)).then(() => reply({ type: 'removed', lang: message.lang })));
      break;
  }
});

/**
 * A page this worker now controls says hello, with the built assets it loaded. What arrived before
 * the worker did (the first page of a first visit) is stored now: the page (asking again costs a
 * 304) and its assets (from the browser's HTTP cache, which keeps them for a year). So is the
 * shell of its language, the offline page and its scripts, once per build.
 */
async function greet(lang: string | undefined, path: string, assets: readonly string[]): Promise<void> {
  const pages = await caches.open(cacheNames.pages);
  const assetCache = await caches.open(assetCacheName(config.build));
  const here = new URL(path, self.location.origin).href;
  if (!(await pages.match(cacheKey(here)))) await fetch(here).then((response) => storePage(here, response), () => undefined);
  const shell = config.languages[lang ?? languages[0] ?? ''];
  for (const asset of new Set([...assets.filter((url) => url.startsWith('/_astro/')), ...config.shell])) {
    if (await caches.match(asset)) continue;
    const response = await fetch(asset).catch(() => undefined);
    if (response?.ok) await assetCache.put(asset, response);
  }
  if (!shell) return;
  const offlinePage = new URL(shell.offlinePage, self.location.origin).href;
  const stored = await pages.match(cacheKey(offlinePage));
  if (stored?.headers.get(storedHeaders.build) !== config.build) await fetch(offlinePage).then((response) => storePage(offlinePage, response), () => undefined);
}

/** Stores a page with when it was stored and its title, for the saved-copy note and the offline page's list. */
async function storePage(url: string, response: Response): Promise<void> {
  if (!response.ok || response.type !== 'basic' || !(response.headers.get('content-type') ?? '').includes('text/html')) return;
  const html = await response.text();
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    [storedHeaders.savedAt]: new Date().toISOString(),
    [storedHeaders.title]: encodeURIComponent(titleOfHtml(html)),
    [storedHeaders.build]: config.build,
  };
  await (await caches.open(cacheNames.pages)).put(cacheKey(url), new Response(html, { headers }));
}

/** The stored copy of a page, marked with when it was stored. */
async function storedPage(url: string): Promise<Response | undefined> {
  const stored = await (await caches.open(cacheNames.pages)).match(cacheKey(url));
  if (!stored) return undefined;
  const html = stampSavedAt(await stored.text(), stored.headers.get(storedHeaders.savedAt) ?? '');
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/**
 * The offline page of the path's language, else of another language, unstamped: it says itself
 * that the page asked for is not saved.
 */
async function offlineFallback(url: string): Promise<Response> {
  const own = languageOfPath(new URL(url).pathname, languages);
  const pages = await caches.open(cacheNames.pages);
  for (const lang of [...languages].sort((a, b) => Number(b === own) - Number(a === own))) {
    const page = config.languages[lang]?.offlinePage;
    const stored = page ? await pages.match(cacheKey(new URL(page, self.location.origin).href)) : undefined;
    if (stored) return new Response(stored.body, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  return Response.error();
}

self.addEventListener('fetch', (event) => {
  const route = routeFor(event.request, self.location.origin);
  if (route === 'page') event.respondWith(page(event));
  else if (route === 'immutable') event.respondWith(immutable(event.request));
  else if (route === 'mutable') event.respondWith(mutable(event.request));
});

async function page(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const network = fetch(request);
  // Registered first, so the copy is taken before the page reads the body; whatever the race
  // below decides, the network answer (when it comes) still updates the stored copy.
  event.waitUntil(network.then((response) => storePage(request.url, response.clone())).catch(() => undefined));
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, networkTimeoutMs));
  const first = await Promise.race([network.catch(() => undefined), timeout]);
  if (first) return first;
  return (await storedPage(request.url)) ?? (await network.catch(() => offlineFallback(request.url)));
}

async function immutable(request: Request): Promise<Response> {
  const stored = await caches.match(request);
  if (stored) return stored;
  const response = await fetch(request);
  // Built assets are kept as they are used (a few KB); search files only when a language is saved.
  if (response.ok && new URL(request.url).pathname.startsWith('/_astro/')) await (await caches.open(assetCacheName(config.build))).put(request, response.clone());
  return response;
}

async function mutable(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const stored = await (await caches.open(cacheNames.files)).match(cacheKey(request.url));
    if (stored) return stored;
    throw error;
  }
}

/**
 * Saves a language, or brings a saved one up to this build: fetches the build's list, then each
 * file that is new or changed, in an order that never leaves a stored page without its files.
 * `reply` is absent when the worker updates a saved language on its own after an update.
 */
async function save(lang: string, reply: ((answer: FromWorker) => void) | undefined): Promise<void> {
  const language = config.languages[lang];
  if (!language) return;
  const listResponse = await fetch(listAddress(lang, config.build), { cache: 'no-cache' }).catch(() => undefined);
  if (!listResponse?.ok) {
    reply?.({ type: 'failed', lang, reason: listResponse ? 'outdated' : 'offline' });
    return;
  }
  const list = (await listResponse.json()) as LanguageList;
  const records = await readRecords();
  const before = records.saved[lang];
  const files = await caches.open(cacheNames.files);
  const pages = await caches.open(cacheNames.pages);
  const storedUrls = new Set([...(await files.keys()), ...(await pages.keys())].map((request) => request.url));
  const stages = saveStages(filesToFetch(list, before, (url) => storedUrls.has(cacheKey(new URL(url, self.location.origin).href))));
  const total = stages.reduce((sum, stage) => sum + stage.length, 0);
  let done = 0;
  reply?.({ type: 'progress', lang, done, total });
  const store = async ([url]: ListedFile) => {
    const absolute = new URL(url, self.location.origin).href;
    const response = await fetch(absolute, { cache: 'no-cache' });
    if (!response.ok) throw new Error('outdated');
    if (url.endsWith('/')) await storePage(absolute, response);
    else await files.put(cacheKey(absolute), response);
    done += 1;
    reply?.({ type: 'progress', lang, done, total });
  };
  try {
    for (const stage of stages) await inParallel(stage, parallelFetches, store);
  } catch (error) {
    const reason = error instanceof Error && error.message === 'outdated' ? 'outdated' : error instanceof DOMException && error.name === 'QuotaExceededError' ? 'storage' : 'offline';
    reply?.({ type: 'failed', lang, reason });
    return;
  }
  const saved: SavedLanguage = { build: list.build, savedAt: new Date().toISOString(), pages: list.pages, files: Object.fromEntries(list.files.map(([url, revision]) => [url, revision])) };
  const others = Object.entries(records.saved).filter(([other]) => other !== lang).map(([, value]) => value);
  for (const url of filesToDrop(before, Object.keys(saved.files), others)) await dropFile(url);
  records.saved[lang] = saved;
  await writeRecords(records);
  reply?.({ type: 'saved', lang, saved });
}

/** Browsers open about six connections to one host; more would only queue. */
const parallelFetches = 6;

/** Runs `task` over `items`, at most `limit` at a time; rejects with the first failure. */
async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

async function dropFile(url: string): Promise<void> {
  const key = cacheKey(new URL(url, self.location.origin).href);
  await (await caches.open(url.endsWith('/') ? cacheNames.pages : cacheNames.files)).delete(key);
}

/** "Remove saved pages": every stored page of the language and its files, unless another saved language shares them. */
async function remove(lang: string): Promise<void> {
  const records = await readRecords();
  const others = Object.entries(records.saved).filter(([other]) => other !== lang).map(([, value]) => value);
  for (const url of filesToDrop(records.saved[lang], [], others)) await dropFile(url);
  const pages = await caches.open(cacheNames.pages);
  // The offline page stays: it is the shell that answers for unsaved pages.
  const shell = new URL(config.languages[lang]?.offlinePage ?? '/', self.location.origin).href;
  for (const request of await pages.keys()) {
    if (request.url !== shell && languageOfPath(new URL(request.url).pathname, languages) === lang) await pages.delete(request);
  }
  delete records.saved[lang];
  await writeRecords(records);
}
