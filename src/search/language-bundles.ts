import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** The parts of Pagefind's `pagefind-entry.json` that the merge reads. */
interface BundleEntry {
  version?: unknown;
  languages?: Record<string, unknown>;
  [field: string]: unknown;
}

/**
 * Joins Pagefind bundles written for one language each into the one bundle the site serves.
 * A bundle keeps each language apart already: its index, fragment and filter files and its
 * `.pf_meta` are named by language and hash, and the browser finds them through the language's
 * entry in `pagefind-entry.json`. So the merge moves every file into `bundle` (the files all
 * bundles share, such as `pagefind.js`, are the same in each) and writes one entry file listing
 * every language. Bundles written by different Pagefind versions or settings are refused.
 * @param parts folders each holding one language's bundle; they are removed
 */
export async function mergeLanguageBundles(parts: string[], bundle: string): Promise<void> {
  const entries: BundleEntry[] = [];
  const folders = new Set<string>();
  for (const part of parts) {
    const entryFile = join(part, 'pagefind-entry.json');
    entries.push(JSON.parse(await readFile(entryFile, 'utf8')) as BundleEntry);
    for (const file of await readdir(part, { recursive: true, withFileTypes: true })) {
      if (!file.isFile() || file.name === 'pagefind-entry.json') continue;
      const from = join(file.parentPath, file.name);
      const to = join(bundle, relative(part, from));
      if (!folders.has(dirname(to))) await mkdir(dirname(to), { recursive: true });
      folders.add(dirname(to));
      await rename(from, to);
    }
    await rm(part, { recursive: true, force: true });
  }
  await writeFile(join(bundle, 'pagefind-entry.json'), JSON.stringify(mergedEntry(entries)));
}

/** One entry file for all languages; every other field must agree between the bundles. */
export function mergedEntry(entries: BundleEntry[]): BundleEntry {
  const [first, ...rest] = entries;
  if (!first) throw new Error('No search bundle was written, so there is nothing to merge.');
  const shared = (entry: BundleEntry) => JSON.stringify({ ...entry, languages: undefined });
  for (const entry of rest) {
    if (shared(entry) !== shared(first)) {
      throw new Error(`The search bundles of different languages disagree (${shared(first)} and ${shared(entry)}), so they cannot be served as one.`);
    }
  }
  return { ...first, languages: Object.assign({}, ...entries.map((entry) => entry.languages ?? {})) };
}
