/**
 * The offline rules shared by the service worker (src/service-worker/sw.ts), the pages that talk
 * to it and the build step that writes it (src/integrations/service-worker.ts). Pure functions
 * only, so every rule is unit-tested without a browser (tests/unit/offline-policy.test.ts).
 */

/** Cache Storage names. The `v1` is the layout of the entries, not the site's build. */
export const cacheNames = {
  /** HTML pages the reader opened or saved, one entry per path, each stamped when it was stored. */
  pages: 'offline-pages-v1',
  /** The files of saved languages: built assets, search files, icons, manifests. */
  files: 'offline-files-v1',
  /** The worker's own records (which languages are saved, which assets the last build had). */
  meta: 'offline-meta-v1',
} as const;

/** Headers the worker adds to a stored page, read back by the offline page's list. */
/**
 * Built assets (`/_astro/`) that pages used, kept in one cache per build that stored them, so the
 * worker can drop a whole build's assets at once without carrying a list of them.
 */
export const assetCacheName = (build: string) => `offline-assets-${build}`;

export const storedHeaders = { savedAt: 'x-offline-saved-at', title: 'x-offline-title', build: 'x-offline-build' } as const;

/**
 * How long a page request waits for the network before the worker answers with the saved copy.
 * Long enough for a slow 3G page (about 6 KB gzip), short enough that a dead connection in a
 * tunnel does not leave the reader looking at a blank screen.
 */
export const networkTimeoutMs = 3000;

/** What the worker does with a request. */
export type Route =
  /** HTML: network first, the saved copy when the network fails or is too slow. */
  | 'page'
  /** A file whose name holds a hash of its content: the stored copy, else the network. */
  | 'immutable'
  /** A file that keeps its name between builds: network first, the stored copy offline. */
  | 'mutable'
  /** Not the worker's business: the browser handles it as if there were no worker. */
  | 'none';

/**
 * Search files whose names change with their content: index and fragment chunks, filters and
 * the per-language metadata (`pagefind.en_4fd7184f30.pf_meta`, named in pagefind-entry.json).
 */
const hashedSearchFile = /^\/pagefind\/((index|fragment|filter)\/[^/]+|pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta)$/;

/**
 * The route for a request. Only GET requests to the site's own origin are handled: anything else
 * passes through untouched, so the worker can never send a request the page did not make.
 */
export function routeFor(request: { url: string; method: string; mode: string }, origin: string): Route {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== origin) return 'none';
  if (request.mode === 'navigate') return 'page';
  if (url.pathname.startsWith('/_astro/') || hashedSearchFile.test(url.pathname)) return 'immutable';
  // The worker script is the browser's business (updates must reach the host), and the lists of
  // what to save are fetched by the worker itself.
  if (url.pathname === '/sw.js' || url.pathname.startsWith('/offline/')) return 'none';
  return 'mutable';
}

/**
 * The key a response is stored under. Pages ignore their query: `/en/search/?q=mentor` is the same
 * HTML as `/en/search/`. `pagefind-entry.json` is requested as `?ts=<Date.now()>` by Pagefind 1.6
 * unless `metaCacheTag` is set (its `loadEntry`); the query only defeats the HTTP cache, so it is
 * dropped too. Other files keep their full address.
 */
export function cacheKey(url: string): string {
  const parsed = new URL(url);
  if (parsed.pathname.endsWith('/') || parsed.pathname.endsWith('.html') || parsed.pathname.endsWith('/pagefind-entry.json')) {
    return parsed.origin + parsed.pathname;
  }
  return parsed.href;
}

/** The site language a path belongs to (`/fi/vinkit/` → `fi`), or undefined for `/` and shared files. */
export function languageOfPath(pathname: string, languages: readonly string[]): string | undefined {
  const first = pathname.split('/')[1] ?? '';
  return languages.includes(first) ? first : undefined;
}

/**
 * Marks a stored page with when it was stored, so the page can say so. The attribute goes on the
 * `<html>` element, which every page has once; nothing else in the page changes, so its
 * Content-Security-Policy hashes still match.
 */
export function stampSavedAt(html: string, savedAt: string): string {
  return html.replace(/<html(?=[\s>])/i, `<html data-saved-at="${savedAt.replace(/[^0-9A-Za-z:.+-]/g, '')}"`);
}

/** The text of a page's `<title>`, with the entities Astro writes there turned back into text. */
export function titleOfHtml(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return (/<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '').replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name] ?? '').trim();
}

/** One file of a saved language, as the build lists it: address, revision (null when the name is hashed), bytes. */
export type ListedFile = [url: string, revision: string | null, bytes: number];

/** Where the build writes a language's list for "Save for offline": the build's id is in the name, so hosts may keep it for a year. */
export function listAddress(lang: string, build: string): string {
  return `/offline/${lang}.${build}.json`;
}

/** What the build writes to `/offline/<lang>.<build>.json` for "Save for offline". */
export interface LanguageList {
  build: string;
  lang: string;
  /** HTML pages in the list, for the count the reader is shown. */
  pages: number;
  /** Sum of the files' bytes as a host sends them (gzip where it compresses). */
  bytes: number;
  files: ListedFile[];
}

/** What the worker keeps about a saved language: when, from which build, each file's revision. */
export interface SavedLanguage {
  build: string;
  savedAt: string;
  pages: number;
  files: Record<string, string | null>;
}

/**
 * The files to fetch to bring a saved language up to `list`: new files, and files whose revision
 * changed. Hashed names (revision null) never change, so they are fetched only when new.
 * `have` says whether a file is still stored (the browser may have evicted it).
 */
export function filesToFetch(list: LanguageList, saved: SavedLanguage | undefined, have: (url: string) => boolean): ListedFile[] {
  return list.files.filter(([url, revision]) => !saved || !(url in saved.files) || saved.files[url] !== revision || !have(url));
}

/**
 * The stages of a save, run one after the other (files within a stage are fetched side by side),
 * so a save that stops half way never leaves a stored page pointing at a file that is not there:
 * hashed files first (new names, they disturb nothing), then pages, and last the search files
 * that keep their names (pagefind.js, the entry file and the WebAssembly), which point at the
 * hashed search files already stored. Empty stages are left out.
 */
export function saveStages(files: readonly ListedFile[]): ListedFile[][] {
  const stage = ([url, revision]: ListedFile) => (revision === null ? 0 : url.endsWith('/') ? 1 : url.startsWith('/pagefind/') ? 3 : 2);
  const stages: ListedFile[][] = [[], [], [], []];
  for (const file of files) stages[stage(file)]?.push(file);
  return stages.filter((files) => files.length > 0);
}

/**
 * Files a language saved before that its new list no longer has, and that no other saved
 * language still needs: the worker deletes them after a save or a removal.
 */
export function filesToDrop(before: SavedLanguage | undefined, after: readonly string[], others: readonly SavedLanguage[]): string[] {
  if (!before) return [];
  const kept = new Set([...after, ...others.flatMap((language) => Object.keys(language.files))]);
  return Object.keys(before.files).filter((url) => !kept.has(url));
}

/**
 * Caches to delete when a build takes over: any of the worker's own that this layout does not
 * know, and the asset caches of builds older than the one before. A tab still showing the
 * previous build keeps its assets, so none of its requests fails; two builds back, nothing can
 * still be open that the browser has not reloaded. Assets of saved languages are in `files`.
 */
export function cachesToDrop(names: readonly string[], build: string, previousBuild: string | undefined): string[] {
  const kept = new Set<string>([...Object.values(cacheNames), assetCacheName(build), ...(previousBuild ? [assetCacheName(previousBuild)] : [])]);
  return names.filter((name) => name.startsWith('offline-') && !kept.has(name));
}

/** Kilobytes as readers are told them: whole numbers, at least 1 (1 KB = 1,024 bytes, as in the benchmark). */
export function kilobytes(bytes: number): number {
  return Math.max(1, Math.round(bytes / 1024));
}

/** Messages between pages and the worker. */
export type ToWorker =
  | { type: 'hello'; lang: string | undefined; path: string; assets: string[] }
  | { type: 'status' }
  | { type: 'save'; lang: string }
  | { type: 'remove'; lang: string }
  | { type: 'activate' };

export interface LanguageSummary {
  pages: number;
  bytes: number;
}

export type FromWorker =
  | { type: 'status'; build: string; languages: Record<string, LanguageSummary>; saved: Record<string, SavedLanguage> }
  | { type: 'progress'; lang: string; done: number; total: number }
  | { type: 'saved'; lang: string; saved: SavedLanguage }
  | { type: 'removed'; lang: string }
  /** `outdated`: the host already has a newer build, whose list this worker does not know. */
  | { type: 'failed'; lang: string; reason: 'offline' | 'outdated' | 'storage' };
