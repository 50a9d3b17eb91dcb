import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { supportedPagefindVersions } from '../../src/search/index-chunks';
import { builtFile } from './built-site';

const bundle = builtFile('pagefind');
const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
  version: string;
  languages: Record<string, { hash: string; wasm: string }>;
};
const chunkFiles = readdirSync(join(bundle, 'index'));

/**
 * The most one word-index chunk may weigh (gzip, as served). A first search may cost 100 KB; Pagefind's
 * code, the search page and the index metadata take about 82 KB of that, and a 10 KB chunk leaves 8 KB
 * for the first five results' fragments, enough for most searches. Pagefind's default chunks were 26–31 KB.
 */
const chunkLimit = 10 * 1024;

/**
 * The names a `.pf_meta` gives the files of `lang` (chunks, filters, fragments: `<lang>_<hex>`). The
 * file is gzip of "pagefind_dcd" and CBOR, where a text string under 24 bytes is one byte, 0x60 plus
 * its length, and then the text; reading only those keeps this test free of the rest of the format.
 */
function fileNamesIn(meta: Buffer, lang: string): string[] {
  const names: string[] = [];
  const prefix = Buffer.from(`${lang}_`);
  for (let at = meta.indexOf(prefix); at !== -1; at = meta.indexOf(prefix, at + 1)) {
    const length = (meta[at - 1] ?? 0) - 0x60;
    const text = meta.toString('utf8', at, at + length);
    if (length > 0 && length < 24 && new RegExp(`^${lang}_[0-9a-f]{7,}$`).test(text)) names.push(text);
  }
  return names;
}

describe('the search index', () => {
  it('has an index for each language, written by a Pagefind version whose chunk size was checked', () => {
    expect(Object.keys(entry.languages).sort()).toEqual([...locales].sort());
    expect(supportedPagefindVersions).toContain(entry.version);
    for (const { hash, wasm } of Object.values(entry.languages)) {
      expect(existsSync(join(bundle, `pagefind.${hash}.pf_meta`)), hash).toBe(true);
      expect(existsSync(join(bundle, `wasm.${wasm}.pagefind`)), wasm).toBe(true);
    }
  });

  it('keeps every word-index chunk small enough for a first search within its budget', () => {
    for (const lang of locales) expect(chunkFiles.filter((file) => file.startsWith(`${lang}_`)).length, lang).toBeGreaterThan(0);
    const heavy = chunkFiles
      .map((file) => ({ file, bytes: statSync(join(bundle, 'index', file)).size }))
      .filter(({ bytes }) => bytes > chunkLimit);
    expect(heavy).toEqual([]);
  });

  it('names in each .pf_meta only files that exist, and every chunk of its language', () => {
    const folders = { pf_index: 'index', pf_filter: 'filter', pf_fragment: 'fragment' } as const;
    for (const [lang, { hash }] of Object.entries(entry.languages)) {
      const meta = gunzipSync(readFileSync(join(bundle, `pagefind.${hash}.pf_meta`)));
      expect(meta.toString('latin1', 0, 12)).toBe('pagefind_dcd');
      const names = new Set(fileNamesIn(meta, lang));
      const missing = [...names].filter((name) => !Object.entries(folders).some(([ext, folder]) => existsSync(join(bundle, folder, `${name}.${ext}`))));
      expect(missing, lang).toEqual([]);
      const unnamed = chunkFiles.filter((file) => file.startsWith(`${lang}_`) && !names.has(file.replace(/\.pf_index$/, '')));
      expect(unnamed, lang).toEqual([]);
    }
  });
});
