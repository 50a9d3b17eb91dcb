import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchRecords, type SearchRecord } from '../search/html-records';
import { countIndexChunks, requestIndexChunkSize } from '../search/index-chunks';

/**
 * Builds the Pagefind search index as the last step of `astro build`, as Starlight does, so every
 * build is searchable without a second command. Pagefind splits the index by `<html lang>`, so a
 * reader on a Finnish page searches Finnish records. What becomes a record is decided in
 * src/search/html-records.ts; this file only feeds the built pages to Pagefind and writes the bundle.
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
        const records: SearchRecord[] = [];
        for (const file of await htmlFiles(outDir)) {
          const html = await readFile(join(outDir, file), 'utf8');
          records.push(...searchRecords(file, html));
        }
        if (records.length === 0) {
          logger.warn('No page is marked for search (data-pagefind-body), so no search index was written.');
          return;
        }
        const bundle = join(outDir, 'pagefind');
        const chunkEntries = requestIndexChunkSize();
        await writeIndex(records, bundle);
        const chunks = await countIndexChunks(bundle);
        await removeUnusedFiles(bundle);
        const byLang = count(records.map((record) => record.url.split('/')[1] ?? ''));
        logger.info(`Search index: ${records.length} records (${Object.entries(byLang).map(([lang, n]) => `${lang} ${n}`).join(', ')}).`);
        logger.info(`Search index chunks of ${chunkEntries} entries: ${Object.entries(chunks).map(([lang, n]) => `${lang} ${n}`).join(', ')}.`);
      },
    },
  };
}

const recordsInFlight = 64;

async function writeIndex(records: SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex();
  try {
    if (!index) throw new Error(errors.join('\n'));
    // Pagefind indexes in a separate process; keeping a batch of records in flight lets it work
    // while this process sends the next ones, instead of waiting out one round trip per record.
    for (let start = 0; start < records.length; start += recordsInFlight) {
      await Promise.all(records.slice(start, start + recordsInFlight).map(async (record) => {
        const added = await index.addHTMLFile({ url: record.url, content: record.html });
        if (added.errors.length > 0) throw new Error(`${record.url}: ${added.errors.join('; ')}`);
      }));
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  } finally {
    await pagefind.close();
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

function count(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
