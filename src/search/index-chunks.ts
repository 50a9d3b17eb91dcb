import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * How big Pagefind makes the chunks of its word index. A first search downloads the chunk that
 * holds the word, and Pagefind's default (20,000 entries) made that chunk 26–31 KB, which put
 * most first searches over the benchmark's 100 KB budget (README, "What a first search downloads").
 *
 * Pagefind 1.6 reads the chunk size from the environment variable `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`
 * when its process starts (`pagefind/src/options.rs`); it is in no option of the CLI or the Node API,
 * and "unstable" means a later version may rename it or change what it counts. So the build checks
 * which Pagefind wrote the bundle and fails on a version nobody has checked, and the dist test
 * `tests/dist/search-index.test.ts` fails if the chunks grow again.
 */
export const chunkSizeVariable = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * Word-index entries per chunk. Pagefind sorts a language's words and closes a chunk once it holds
 * this many entries (each position of a word on a page, each weight change and metadata position,
 * plus one per page and per accented variant). Measured on this site for the benchmark's first
 * search, "mentor", and the 40 searches of tests/e2e/search-queries.ts (KB gzip, en / fi), first
 * at about 28,000 entries per language:
 *
 * | entries | chunks | "mentor" | median search | searches over 100 KB |
 * | --- | --- | --- | --- | --- |
 * | 20,000 (Pagefind's default) | 4 | 112.1 / 116.2 | 111.2 / 114.9 | 26 of 37 |
 * | 8,000 | 8 | 96.5 / 97.9 | 95.7 / 97.9 | 13 of 37 |
 * | 5,000 | 12 | 92.5 / 93.1 | 94.6 / 93.9 | 4 of 37 |
 * | 4,000 | 14 | 91.4 / 91.8 | 91.1 / 92.6 | 3 of 37 |
 * | 3,000 | 19 | 90.1 / 90.2 | 90.1 / 91.0 | 0 of 37 |
 * | 2,000 | 28 | 88.8 / 88.7 | 89.1 / 89.5 | 0 of 37 |
 *
 * and again on 2026-12-02, when the content and the shared page scripts had grown (about 1.4 KB
 * more on every first search) and the three-word searches took three chunks each:
 *
 * | entries | chunks | "mentor" / "mentori" | median search | heaviest | searches over 100 KB |
 * | --- | --- | --- | --- | --- | --- |
 * | 3,000 | 26 | 92.0 / 91.9 | 92.6 / 92.5 | 103.8 ("returning to Finland") | 3 of 40 |
 * | 2,000 | 39 | 91.0 / 90.4 | 91.4 / 91.2 | 99.5 ("returning to Finland") | 0 of 40 |
 * | 1,500 | 51 | 90.3 / 90.0 | 91.1 / 90.5 | 98.1 ("tarkistuslista") | 0 of 40 |
 *
 * Smaller chunks always download less, but the saving shrinks as they do while the number of files
 * and the `.pf_meta` every search loads first grow; most of a first search is fixed (Pagefind's
 * code and WebAssembly, 71–72 KB). Typing the last letter of each listed search needs a chunk not
 * yet loaded for 1 of the 40 at 2,000 and at 1,500 entries (none at 3,000), but which one depends
 * on where the chunks happen to break: at 1,500 it was the benchmark's own keystroke ("mentor" →
 * "mentors", 28–44 ms to the first result, limit 50), at 2,000 it is not (9–16 ms). So 2,000:
 * both benchmark searches keep their budgets with room, and every listed search fits, the three
 * heaviest with less than 1 KB to spare (99.0–99.5 KB). The next step, when content grows, is
 * fewer results at first (README, "What a first search downloads"). The size stays right as the
 * site grows: a bigger site gets more chunks of the same size, not bigger ones.
 */
export const indexChunkEntries = 2000;

/**
 * The Pagefind versions whose `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` has been checked to mean
 * word-index entries per chunk. To add one: read `index_chunk_size` in that version's
 * `pagefind/src/options.rs` and `chunk_index` in `pagefind/src/index/mod.rs`, build, and run
 * `npx --no vitest run --project dist` (it fails if a chunk is over its size limit).
 */
export const supportedPagefindVersions: readonly string[] = ['1.6.0'];

/**
 * Asks the Pagefind process that starts next for chunks of `entries`. Pagefind's Node API starts
 * its process with this process's environment at the first `createIndex()` and reads the variable
 * only then, so call this before that; the build's process ends soon after, so the variable is left
 * set. A value already in the environment wins, so other sizes can be tried without editing code
 * (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=8000 npm run build`); Pagefind would silently use its
 * default for a value it cannot parse, so such a value is an error here.
 * @returns the chunk size Pagefind will use
 */
export function requestIndexChunkSize(env: Record<string, string | undefined> = process.env, entries = indexChunkEntries): number {
  const given = env[chunkSizeVariable];
  if (given === undefined) {
    env[chunkSizeVariable] = String(entries);
    return entries;
  }
  if (!/^[1-9]\d*$/.test(given)) {
    throw new Error(`${chunkSizeVariable} must be a whole number of word-index entries per chunk, such as ${indexChunkEntries}; it is "${given}".`);
  }
  return Number(given);
}

/** Throws unless `version` is one whose chunk-size setting has been checked. */
export function checkPagefindVersion(version: unknown, source: string): void {
  if (typeof version === 'string' && supportedPagefindVersions.includes(version)) return;
  throw new Error(
    `${source} was written by Pagefind ${typeof version === 'string' ? version : '(no version given)'}, but the search index's `
    + `chunk size (${chunkSizeVariable}, an unstable setting) has only been checked with Pagefind ${supportedPagefindVersions.join(', ')}. `
    + `Check that this version still reads it as word-index entries per chunk (pagefind/src/options.rs and chunk_index in `
    + `pagefind/src/index/mod.rs), then add the version to supportedPagefindVersions in src/search/index-chunks.ts.`,
  );
}

/**
 * The number of word-index chunks per language in the bundle Pagefind wrote to `bundle`, after
 * checking which Pagefind version wrote it. Chunks are `index/<lang>_<hash>.pf_index`.
 */
export async function countIndexChunks(bundle: string): Promise<Record<string, number>> {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { version?: unknown; languages?: Record<string, unknown> };
  checkPagefindVersion(entry.version, entryFile);
  const chunks = (await readdir(join(bundle, 'index'))).filter((file) => file.endsWith('.pf_index'));
  return Object.fromEntries(Object.keys(entry.languages ?? {}).map((lang) => [lang, chunks.filter((file) => file.startsWith(`${lang}_`)).length]));
}
