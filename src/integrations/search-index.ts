import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BroadcastChannel, Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { documentLang, searchRecords } from '../search/html-records';
import { countIndexChunks, requestIndexChunkSize } from '../search/index-chunks';
import { mergeLanguageBundles } from '../search/language-bundles';
import { builtPagesChannel, type BuiltPage } from './built-pages';
import type { IndexerMessage, IndexerReply } from './pagefind-language-worker';

/**
 * Builds the Pagefind search index as part of `astro build`, as Starlight does, so every build is
 * searchable without a second command. Pagefind splits the index by `<html lang>`, so a reader on
 * a Finnish page searches Finnish records. What becomes a record is decided in
 * src/search/html-records.ts; this file only brings the built pages to Pagefind and writes the bundle.
 *
 * Indexing runs beside rendering rather than after it. A middleware (built-pages-middleware.ts)
 * passes each rendered page on, and one worker thread per language (pagefind-language-worker.ts)
 * turns it into records for a Pagefind process of its own, on the core the rendering leaves free.
 * When the build is done, any page that did not come that way (such as the 404 copies) is read
 * from disk, the languages' bundles are written and joined (src/search/language-bundles.ts). The
 * records are the same as when every page was read from disk afterwards (only their order, and so
 * the index files' names, follow the rendering). In the benchmark's 4,000-page build the wait for
 * the index after the last page went from 42 s to about 17 s, and rendering still took 15 s,
 * because the workers run at the lowest priority (pagefind-language-worker.ts).
 *
 * Pagefind's ready-made interfaces are deleted after writing: the site has its own search UI
 * (src/scripts/site-search.ts), and theirs need inline styles the Content Security Policy forbids.
 */
export function searchIndex(): AstroIntegration {
  let indexing: SiteIndexing | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./built-pages-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': () => {
        // Before the first worker starts: a worker and its Pagefind process take this process's environment then.
        requestIndexChunkSize();
        indexing = new SiteIndexing();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundle = join(outDir, 'pagefind');
        const chunkEntries = requestIndexChunkSize();
        const site = indexing;
        if (!site) throw new Error('The search index was not started: astro:build:start did not run before astro:build:done.');
        try {
          const records = await site.finish(outDir, bundle);
          if (!records) {
            logger.warn('No page is marked for search (data-pagefind-body), so no search index was written.');
            return;
          }
          const chunks = await countIndexChunks(bundle);
          await removeUnusedFiles(bundle);
          const total = Object.values(records).reduce((sum, n) => sum + n, 0);
          logger.info(`Search index: ${total} records (${Object.entries(records).map(([lang, n]) => `${lang} ${n}`).join(', ')}).`);
          logger.info(`Search index chunks of ${chunkEntries} entries: ${Object.entries(chunks).map(([lang, n]) => `${lang} ${n}`).join(', ')}.`);
        } finally {
          await site.stop();
        }
      },
    },
  };
}

/** The pages of one build on their way to the index: received while rendering, or read at the end. */
class SiteIndexing {
  readonly #channel = new BroadcastChannel(builtPagesChannel);
  readonly #indexers = new Map<string, LanguageIndexer>();
  readonly #received = new Set<string>();
  readonly #parts: string[] = [];
  /** The first page that could not be indexed while rendering, reported by finish(). */
  #failure: Error | undefined;

  constructor() {
    // A failed build never reaches finish(); an open channel must not keep its process running.
    this.#channel.unref();
    this.#channel.onmessage = (event: unknown) => {
      const page = (event as { data: BuiltPage }).data;
      try {
        this.#add(page.file, page.html);
      } catch (error) {
        // Thrown here it would escape the build unreported; the build stops at finish() instead.
        this.#failure ??= error instanceof Error ? error : new Error(String(error));
      }
    };
  }

  #add(file: string, html: string): void {
    this.#received.add(file);
    const lang = documentLang(html);
    if (!lang) {
      // Throws if the page is marked for search; otherwise there is nothing to index.
      searchRecords(file, html);
      return;
    }
    let indexer = this.#indexers.get(lang);
    if (!indexer) this.#indexers.set(lang, (indexer = new LanguageIndexer(lang)));
    indexer.send({ file, html });
  }

  /**
   * Indexes the pages that did not arrive while rendering, then writes one bundle for all languages.
   * @returns the number of records per language, or undefined when no page has any
   */
  async finish(outDir: string, bundle: string): Promise<Record<string, number> | undefined> {
    this.#channel.close();
    if (this.#failure) throw this.#failure;
    const files = await htmlFiles(outDir);
    const built = new Set(files);
    const unknown = [...this.#received].filter((file) => !built.has(file));
    if (unknown.length > 0) throw new Error(`The search index received pages that are not in the build folder: ${unknown.join(', ')}.`);
    for (const file of files) {
      if (!this.#received.has(file)) this.#add(file, await readFile(join(outDir, file), 'utf8'));
    }
    const langs = [...this.#indexers.keys()];
    this.#parts.push(...langs.map((lang) => join(outDir, `pagefind-${lang}.part`)));
    const counts = await Promise.all(langs.map((lang, i) => this.#indexers.get(lang)?.write(this.#parts[i] ?? '') ?? 0));
    // A language whose pages hold nothing to search has no place in the bundle.
    const written = langs.flatMap((lang, i) => ((counts[i] ?? 0) > 0 ? [{ lang, part: this.#parts[i] ?? '', records: counts[i] ?? 0 }] : []));
    if (written.length === 0) return undefined;
    await mergeLanguageBundles(written.map(({ part }) => part), bundle);
    return Object.fromEntries(written.map(({ lang, records }) => [lang, records]));
  }

  /** Ends the worker threads and removes what a failed or finished merge left of the per-language bundles. */
  async stop(): Promise<void> {
    this.#channel.close();
    await Promise.all([...this.#indexers.values()].map((indexer) => indexer.stop()));
    await Promise.all(this.#parts.map((part) => rm(part, { recursive: true, force: true })));
  }
}

/** A worker thread indexing one language: pages go in as they are built, the bundle comes out at the end. */
class LanguageIndexer {
  readonly #worker = new Worker(new URL('./pagefind-language-worker.ts', import.meta.url));
  readonly #outcome: Promise<number>;

  constructor(lang: string) {
    // Until write(), the worker must not keep a failed build's process running.
    this.#worker.unref();
    this.#outcome = new Promise((resolve, reject) => {
      const fail = (message: string) => reject(new Error(`Search index (${lang}): ${message}`));
      this.#worker.on('message', (reply: IndexerReply) => {
        if ('error' in reply) fail(reply.error);
        else resolve(reply.records);
      });
      this.#worker.on('error', (error) => fail(error.message));
      this.#worker.on('exit', (code) => fail(`the indexing thread stopped (exit code ${code}) before writing its bundle.`));
    });
    // A failure waits for write() to report it rather than counting as unhandled.
    this.#outcome.catch(() => undefined);
  }

  send(message: IndexerMessage): void {
    this.#worker.postMessage(message);
  }

  /** @returns the number of records written */
  async write(outputPath: string): Promise<number> {
    this.#worker.ref();
    this.send({ outputPath });
    return this.#outcome;
  }

  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
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
