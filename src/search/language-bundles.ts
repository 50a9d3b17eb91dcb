import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

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
 * entry in `pagefind-entry.json`. So the first bundle becomes the served one, the files of the
 * others move into it (the files every bundle has, such as `pagefind.js`, are the same in each, so
 * the first one's stay), and one entry file lists every language. Bundles written by different
 * Pagefind versions or settings are refused.
 * @param parts folders each holding one language's bundle; they are moved or removed
 */
export async function mergeLanguageBundles(parts: string[], bundle: string): Promise<void> {
  const [first, ...others] = parts;
  if (first === undefined) throw new Error('No search bundle was written, so there is nothing to merge.');
  const entries = [await readEntry(first)];
  await rm(bundle, { recursive: true, force: true });
  await rename(first, bundle);
  const present = new Set(await readdir(bundle, { recursive: true }));
  for (const part of others) {
    entries.push(await readEntry(part));
    for (const file of await readdir(part, { recursive: true, withFileTypes: true })) {
      const path = relative(part, join(file.parentPath, file.name));
      if (file.isDirectory() && !present.has(path)) await mkdir(join(bundle, path), { recursive: true });
      if (file.isDirectory() || present.has(path)) continue;
      await rename(join(part, path), join(bundle, path));
    }
    await rm(part, { recursive: true, force: true });
  }
  await writeFile(join(bundle, 'pagefind-entry.json'), JSON.stringify(mergedEntry(entries)));
}

async function readEntry(part: string): Promise<BundleEntry> {
  return JSON.parse(await readFile(join(part, 'pagefind-entry.json'), 'utf8')) as BundleEntry;
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
