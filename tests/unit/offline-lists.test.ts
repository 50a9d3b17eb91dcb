import { describe, expect, it } from 'vitest';
import { assetsOfPage, buildId, isCompressed, languageFiles, languageList, urlOfFile, type BuiltFile } from '../../src/offline/lists';

const file = (url: string, revision: string | null = 'r', bytes = 10): BuiltFile => ({ url, revision, bytes });
const site = [
  '/', '/en/', '/en/tips/', '/en/404/', '/en/404.html', '/en/manifest.webmanifest', '/en/message-templates.json', '/fi/', '/fi/vinkit/', '/fi/manifest.webmanifest', '/fi/message-templates.json',
  '/_astro/a.1.js', '/icons/icon-192.png', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/pagefind/wasm.fi.pagefind',
  '/pagefind/pagefind.en_4fd7184f30.pf_meta', '/pagefind/pagefind.fi_f9fbd5d4a2.pf_meta', '/pagefind/index/en_1.pf_index', '/pagefind/fragment/fi_2.pf_fragment',
  '/pagefind/filter/en_3.pf_filter',
].map((url) => file(url));

describe('languageFiles', () => {
  it('takes a language\'s pages, its data files for the tools, search files and the shared assets, and leaves the other language, the 404 copies and the app icons', () => {
    expect(languageFiles(site, 'en').map(({ url }) => url)).toEqual([
      '/', '/en/', '/en/tips/', '/en/404/', '/en/message-templates.json', '/_astro/a.1.js', '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/pagefind/pagefind.en_4fd7184f30.pf_meta', '/pagefind/index/en_1.pf_index',
      '/pagefind/filter/en_3.pf_filter',
    ]);
    expect(languageFiles(site, 'fi').map(({ url }) => url)).toContain('/pagefind/fragment/fi_2.pf_fragment');
    expect(languageFiles(site, 'fi').map(({ url }) => url)).not.toContain('/en/tips/');
  });

  it('counts pages and bytes for what the reader is told before saving', () => {
    const list = languageList(site, 'fi', 'abc');
    expect(list).toMatchObject({ build: 'abc', lang: 'fi', pages: 3 });
    expect(list.bytes).toBe(list.files.length * 10);
  });
});

describe('build files', () => {
  it('maps index.html to its directory address', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('en/tips/index.html')).toBe('/en/tips/');
    expect(urlOfFile('pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
  });

  it('counts text as gzip and Pagefind\'s and image files as they are', () => {
    expect(isCompressed('en/index.html')).toBe(true);
    expect(isCompressed('en/manifest.webmanifest')).toBe(true);
    expect(isCompressed('pagefind/wasm.en.pagefind')).toBe(false);
    expect(isCompressed('icons/icon-512.png')).toBe(false);
  });

  it('gives the same id to the same files in any order and a new id when any file changes', () => {
    const id = buildId(site);
    expect(buildId([...site].reverse())).toBe(id);
    expect(buildId(site.map((entry) => (entry.url === '/en/' ? { ...entry, revision: 'changed' } : entry)))).not.toBe(id);
    expect(buildId([...site, file('/_astro/new.2.js', null)])).not.toBe(id);
  });
});

it('assetsOfPage follows the page\'s scripts into the chunks they import, but not into those loaded on demand', () => {
  const assets: Record<string, string> = {
    '/_astro/View.a.js': 'import{t}from"./shared.b.js";import"./side.c.js";const n=()=>import(`./lazy.e.js`);',
    '/_astro/lazy.e.js': 'import{t}from"./shared.b.js"',
    '/_astro/shared.b.js': 'export const t=1',
    '/_astro/side.c.js': 'import{t}from"./shared.b.js"',
  };
  const html = '<link rel="icon" href="/_astro/favicon.d.svg"><script type="module" src="/_astro/View.a.js"></script><a href="/en/">x</a>';
  expect(assetsOfPage(html, (url) => assets[url] ?? '')).toEqual(['/_astro/View.a.js', '/_astro/favicon.d.svg', '/_astro/shared.b.js', '/_astro/side.c.js']);
});
