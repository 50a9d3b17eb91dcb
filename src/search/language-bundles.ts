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
 * entry in `pagefind-entry.json`. So the first bundle becomes the served one, the files of the
 * others move into it (the files every bundle has, such as `pagefind.js`, must be the same in
 * each), and one entry file lists every language. Everything is checked before anything moves, so
 * a refused merge leaves no half-joined bundle behind.
 * @param parts folders each holding one language's bundle; they are moved or removed
 */
export async function mergeLanguageBundles(parts: string[], bundle: string): Promise<void> {
  const [first, ...others] = parts;
  if (first === undefined) throw new Error('No search bundle was written, so there is nothing to merge.');
  const entry = mergedEntry(await Promise.all(parts.map(readEntry)));
  // Each file's first holder: the file a later bundle has too must be the same as that one.
  const holders = new Map((await readdir(first, { recursive: true })).map((path) => [path, first]));
  const moves: string[][] = [];
  for (const part of others) {
    for (const file of await readdir(part, { recursive: true, withFileTypes: true })) {
      if (file.isDirectory() || file.name === 'pagefind-entry.json') continue;
      const path = relative(part, join(file.parentPath, file.name));
      const holder = holders.get(path);
      if (holder === undefined) {
        holders.set(path, part);
        moves.push([part, path]);
      } else if (!(await readFile(join(part, path))).equals(await readFile(join(holder, path)))) {
        throw new Error(`The search bundles of different languages have different ${path}, so they cannot be served as one.`);
      }
    }
  }
  await rm(bundle, { recursive: true, force: true });
  await rename(first, bundle);
  const folders = new Set<string>();
  for (const [part = '', path = ''] of moves) {
    const folder = dirname(join(bundle, path));
    if (!folders.has(folder)) await mkdir(folder, { recursive: true });
    folders.add(folder);
    await rename(join(part, path), join(bundle, path));
  }
  await Promise.all(others.map((part) => rm(part, { recursive: true, force: true })));
  await writeFile(join(bundle, 'pagefind-entry.json'), JSON.stringify(entry));
}

async function readEntry(part: string): Promise<BundleEntry> {
  return JSON.parse(await readFile(join(part, 'pagefind-entry.json'), 'utf8')) as BundleEntry;
}

/** One entry file for all languages; a language may appear once, and every other field must agree. */
export function mergedEntry(entries: BundleEntry[]): BundleEntry {
  const [first] = entries;
  if (!first) throw new Error('No search bundle was written, so there is nothing to merge.');
  const shared = (entry: BundleEntry) => JSON.stringify({ ...entry, languages: undefined });
  const languages: Record<string, unknown> = {};
  for (const entry of entries) {
    if (shared(entry) !== shared(first)) {
      throw new Error(`The search bundles of different languages disagree (${shared(first)} and ${shared(entry)}), so they cannot be served as one.`);
    }
    for (const [lang, value] of Object.entries(entry.languages ?? {})) {
      if (lang in languages) throw new Error(`Two search bundles hold the language "${lang}".`);
      languages[lang] = value;
    }
  }
  return { ...first, languages };
}
