import { createHash } from 'node:crypto';
import type { LanguageList, ListedFile } from './policy';

/**
 * Which built files make up a saved language, and the build's id. Pure functions over the list of
 * files the build wrote (src/integrations/service-worker.ts gathers it with workbox-build), so
 * the rules are unit-tested (tests/unit/offline-lists.test.ts).
 */

/** A file the build wrote, as a host serves it. */
export interface BuiltFile {
  /** The address: `/en/tips/` for `en/tips/index.html`. */
  url: string;
  /** A hash of the content, or null when the name already holds one (never changes). */
  revision: string | null;
  /** Bytes a host sends: gzip level 6 where hosts compress (see `isCompressed`), the file's size otherwise. */
  bytes: number;
}

/**
 * Types hosts and CDNs gzip (text). Pagefind's index files and WebAssembly (`.pf_*`, `.pagefind`)
 * are compressed by Pagefind already and PNG is compressed by design, so they count as they are,
 * as in the benchmark's server (bench/static-server.mjs).
 */
export function isCompressed(path: string): boolean {
  return /\.(html|css|m?js|json|webmanifest|svg|xml|txt)$/.test(path);
}

/** The address of a built file: `en/tips/index.html` → `/en/tips/`, `index.html` → `/`. */
export function urlOfFile(relativePath: string): string {
  return `/${relativePath.replace(/\\/g, '/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Search files of one language in Pagefind 1.6's bundle: its WebAssembly and metadata, the index,
 * fragment and filter chunks whose names start with the language, and the two shared files every
 * search loads (the script and the entry file). The worker variant is left out: the site searches
 * without a worker (src/scripts/site-search.ts).
 */
function isSearchFileOf(url: string, lang: string): boolean {
  if (url === '/pagefind/pagefind.js' || url === '/pagefind/pagefind-entry.json') return true;
  if (url === `/pagefind/wasm.${lang}.pagefind`) return true;
  if (url.startsWith(`/pagefind/pagefind.${lang}_`) && url.endsWith('.pf_meta')) return true;
  return new RegExp(`^/pagefind/(index|fragment|filter)/${lang}_[^/]+$`).test(url);
}

/**
 * What "Save for offline" stores for a language: its pages (not the `404.html` copies hosts use,
 * whose page is at `/<lang>/404/`) and the JSON its tools fetch, the bilingual front page, every built asset (scripts and the
 * favicon, shared by both languages: every tool's script must be there for the toolkit to work
 * offline) and the language's search files. Not the app manifest and icons (35 KB): installing
 * needs a connection anyway.
 */
export function languageFiles(files: readonly BuiltFile[], lang: string): BuiltFile[] {
  return files.filter(({ url }) => {
    if (url.endsWith('/404.html')) return false;
    // Its pages, and the data files its tools fetch (the Messages texts, /<lang>/message-templates.json).
    if (url.startsWith(`/${lang}/`)) return url.endsWith('/') || url.endsWith('.json');
    if (url.startsWith('/pagefind/')) return isSearchFileOf(url, lang);
    return url === '/' || url.startsWith('/_astro/');
  });
}

/** The list the worker fetches when the reader saves a language. */
export function languageList(files: readonly BuiltFile[], lang: string, build: string): LanguageList {
  const chosen = languageFiles(files, lang);
  return {
    build,
    lang,
    pages: chosen.filter(({ url }) => url.endsWith('/')).length,
    bytes: chosen.reduce((sum, { bytes }) => sum + bytes, 0),
    files: chosen.map(({ url, revision, bytes }): ListedFile => [url, revision, bytes]),
  };
}

/**
 * The build's id: a hash of every file's address and content. The same site built twice gets the
 * same id, so rebuilding without changes never tells readers a new version is available.
 */
export function buildId(files: readonly BuiltFile[]): string {
  const hash = createHash('sha256');
  for (const { url, revision } of [...files].sort((a, b) => a.url.localeCompare(b.url))) hash.update(`${url} ${revision ?? ''}\n`);
  return hash.digest('hex').slice(0, 12);
}

/**
 * The built assets a page needs: the `/_astro/` files its HTML names, and the modules those
 * scripts import statically, followed to the end (Vite writes them as `from"./name.hash.js"` or
 * `import"./name.hash.js"`). The worker's shell is the offline page with these, so that page works
 * with no connection. Modules loaded with `import()` only when the reader acts (the language
 * switcher's storage code) are left out: a first visit would otherwise fetch them for nothing, and
 * the switcher follows its link even when they cannot load.
 */
export function assetsOfPage(html: string, readAsset: (url: string) => string): string[] {
  const found = new Set<string>();
  const visit = (url: string) => {
    if (found.has(url)) return;
    found.add(url);
    if (!url.endsWith('.js')) return;
    for (const [, name] of readAsset(url).matchAll(/(?:from|import)\s*["']\.\/([^"'/]+\.js)["']/g)) visit(`/_astro/${name}`);
  };
  for (const [, url] of html.matchAll(/\s(?:src|href)="(\/_astro\/[^"]+)"/g)) visit(String(url));
  return [...found].sort();
}
