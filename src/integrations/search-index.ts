import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { searchRecords, type SearchRecord } from '../search/html-records';
import { countIndexChunks, requestIndexChunkSize } from '../search/index-chunks';
import { mergeLanguageBundles } from '../search/language-bundles';

/**
 * Builds the Pagefind search index as the last step of `astro build`, as Starlight does, so every
 * build is searchable without a second command. Pagefind splits the index by `<html lang>`, so a
 * reader on a Finnish page searches Finnish records. What becomes a record is decided in
 * src/search/html-records.ts; this file only feeds the built pages to Pagefind and writes the bundle.
 *
 * Each language is indexed by a Pagefind process of its own (pagefind-language-worker.mjs): one
 * process indexes one record at a time, and the languages' indexes never meet, so two processes
 * do the same work on two cores (the 4,000-page benchmark build: 42 s → 30 s) and their bundles are
 * joined afterwards (src/search/language-bundles.ts).
 *
 * Pagefind's ready-made interfaces are deleted after writing: the site has its own search UI
 * (src/scripts/site-search.ts), and theirs need inline styles the Content Security Policy forbids.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundle = join(outDir, 'pagefind');
        const chunkEntries = requestIndexChunkSize();
        const indexers = new Map<string, LanguageIndexer>();
        const byLang: Record<string, number> = {};
        try {
          for (const file of await htmlFiles(outDir)) {
            for (const [lang, records] of groupByLang(searchRecords(file, await readFile(join(outDir, file), 'utf8')))) {
              let indexer = indexers.get(lang);
              if (!indexer) indexers.set(lang, (indexer = new LanguageIndexer()));
              indexer.add(records);
              byLang[lang] = (byLang[lang] ?? 0) + records.length;
            }
          }
          if (indexers.size === 0) {
            logger.warn('No page is marked for search (data-pagefind-body), so no search index was written.');
            return;
          }
          const parts = [...indexers.keys()].map((lang) => join(outDir, `pagefind-${lang}.part`));
          await Promise.all([...indexers.values()].map((indexer, i) => indexer.write(parts[i] ?? '')));
          await mergeLanguageBundles(parts, bundle);
        } finally {
          await Promise.all([...indexers.values()].map((indexer) => indexer.stop()));
        }
        const chunks = await countIndexChunks(bundle);
        await removeUnusedFiles(bundle);
        const total = Object.values(byLang).reduce((sum, n) => sum + n, 0);
        logger.info(`Search index: ${total} records (${Object.entries(byLang).map(([lang, n]) => `${lang} ${n}`).join(', ')}).`);
        logger.info(`Search index chunks of ${chunkEntries} entries: ${Object.entries(chunks).map(([lang, n]) => `${lang} ${n}`).join(', ')}.`);
      },
    },
  };
}

/** A worker thread indexing one language: records go in as pages are read, the bundle comes out at the end. */
class LanguageIndexer {
  readonly #worker = new Worker(new URL('./pagefind-language-worker.mjs', import.meta.url));
  readonly #outcome: Promise<void>;

  constructor() {
    this.#outcome = new Promise((resolve, reject) => {
      this.#worker.on('message', (message: { written?: true; error?: string }) => {
        if (message.error !== undefined) reject(new Error(message.error));
        else resolve();
      });
      this.#worker.on('error', reject);
      this.#worker.on('exit', (code) => reject(new Error(`The search indexing thread stopped (exit code ${code}) before writing its bundle.`)));
    });
    // Until write() is awaited, a failure waits there rather than counting as unhandled.
    this.#outcome.catch(() => undefined);
  }

  add(records: SearchRecord[]): void {
    this.#worker.postMessage({ records: records.map(({ url, html }) => ({ url, html })) });
  }

  async write(outputPath: string): Promise<void> {
    this.#worker.postMessage({ outputPath });
    await this.#outcome;
  }

  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}

function groupByLang(records: SearchRecord[]): Map<string, SearchRecord[]> {
  const groups = new Map<string, SearchRecord[]>();
  for (const record of records) groups.set(record.lang, [...(groups.get(record.lang) ?? []), record]);
  return groups;
}

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** Pagefind's own search interfaces: this site never loads them. */
const unusedFiles = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

async function removeUnusedFiles(bundle: string): Promise<void> {
  for (const file of await readdir(bundle)) {
    if (unusedFiles.test(file)) await rm(join(bundle, file));
  }
}
