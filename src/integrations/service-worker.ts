import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { sectionHref } from '../i18n/routes';
import type { Locale } from '../i18n/locales';
import { offlineEnabled, offlineFileLimitMb } from '../offline/build-flags';
import { listAddress } from '../offline/policy';
import { assetsOfPage, buildId, isCompressed, languageList, urlOfFile, type BuiltFile } from '../offline/lists';

/**
 * Writes the service worker `/sw.js` and the per-language lists "Save for offline" uses, from the
 * files this build actually wrote, after every other step (it runs last, after the search index).
 *
 * workbox-build's `getManifest` finds the files and gives each a content hash (its revision);
 * names that already hold a hash get none. The worker itself is this project's
 * (src/service-worker/sw.ts), bundled with esbuild, rather than one of Workbox's generated
 * workers: those precache their whole list when they install, which is what this site must not
 * do on a first visit, and Workbox's runtime (routing, strategies, precaching) would cost about
 * 5 KB gzip of the 10 KB the first visit may spend (README.md, "Offline reading").
 *
 * `OFFLINE_KILL_SWITCH=1` ships instead a worker that removes itself and every cache it made,
 * and the pages then no longer register one (src/components/OfflineShell.astro).
 */

/** Files the worker never stores: host settings, the worker, its lists, sitemaps and the 404 copies. */
const ignored = ['_headers', '_redirects', 'sw.js', 'offline/**', 'sitemap*.xml', '**/404.html', 'pagefind/pagefind-worker.js', 'pagefind/wasm.unknown.pagefind'];
/** Names that hold a hash of their content. */
const hashedName = /^(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/;

/**
 * Loads a build tool when the build is done, not with the config: every astro command (sync,
 * check, dev) reads the config, and workbox-build alone took 6.5 s to load on a busy machine (it
 * brings Babel and Rollup). Node's own require, because by then Vite's module runner, which
 * executes the config and its imports, is closed; both packages are CommonJS.
 */
function load<T>(name: string): T {
  return createRequire(import.meta.url)(name) as T;
}

async function builtFiles(outDir: string): Promise<BuiltFile[]> {
  const { getManifest } = load<typeof import('workbox-build')>('workbox-build');
  const files: BuiltFile[] = [];
  const { warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: ignored,
    dontCacheBustURLsMatching: hashedName,
    maximumFileSizeToCacheInBytes: offlineFileLimitMb * 1024 * 1024,
    manifestTransforms: [
      async (entries) => {
        for (const entry of entries) {
          const raw = await readFile(join(outDir, entry.url));
          files.push({ url: urlOfFile(entry.url), revision: entry.revision, bytes: isCompressed(entry.url) ? gzipSync(raw, { level: 6 }).length : raw.length });
        }
        return { manifest: entries, warnings: [] };
      },
    ],
  });
  if (warnings.length > 0) {
    const tooLarge = warnings.join('; ').replace(/ Configure maximumFileSizeToCacheInBytes to change this limit\./g, '');
    throw new Error(`service worker: ${tooLarge}. "Save for offline" stores files up to ${offlineFileLimitMb} MB: split the page, or set OFFLINE_FILE_LIMIT_MB.`);
  }
  return files;
}

async function writeWorker(outDir: string, entry: string, define: Record<string, string>): Promise<number> {
  const { build: bundle } = load<typeof import('esbuild')>('esbuild');
  const result = await bundle({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    define,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  await writeFile(join(outDir, 'sw.js'), code);
  return gzipSync(code, { level: 6 }).length;
}

export function serviceWorker(locales: readonly Locale[]): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (!offlineEnabled) {
          await writeWorker(outDir, '../service-worker/kill-switch.ts', {});
          logger.warn('OFFLINE_KILL_SWITCH=1: /sw.js removes itself and its caches from every reader\'s browser.');
          return;
        }
        const files = await builtFiles(outDir);
        const build = buildId(files);
        await mkdir(join(outDir, 'offline'), { recursive: true });
        const languages: Record<string, { offlinePage: string; pages: number; bytes: number }> = {};
        const shell = new Set<string>();
        const readAsset = (url: string) => readFileSync(join(outDir, url), 'utf8');
        for (const lang of locales) {
          const list = languageList(files, lang, build);
          await writeFile(join(outDir, listAddress(lang, build)), JSON.stringify(list));
          const offlinePage = sectionHref('offline', lang);
          for (const asset of assetsOfPage(await readFile(join(outDir, offlinePage, 'index.html'), 'utf8'), readAsset)) shell.add(asset);
          languages[lang] = { offlinePage, pages: list.pages, bytes: list.bytes };
        }
        const config = { build, shell: [...shell].sort(), languages };
        const gzip = await writeWorker(outDir, '../service-worker/sw.ts', { __OFFLINE__: JSON.stringify(config) });
        const summary = Object.entries(languages).map(([lang, { pages, bytes }]) => `${lang} ${pages} pages, ${(bytes / 1024).toFixed(0)} KB`);
        logger.info(`Service worker for build ${build}: ${(gzip / 1024).toFixed(1)} KB gzip; save for offline: ${summary.join('; ')}.`);
      },
    },
  };
}
