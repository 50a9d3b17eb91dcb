import { describe, expect, it } from 'vitest';
import {
  cachesToDrop,
  cacheKey,
  filesToDrop,
  filesToFetch,
  kilobytes,
  languageOfPath,
  routeFor,
  saveStages,
  stampSavedAt,
  titleOfHtml,
  type LanguageList,
  type SavedLanguage,
} from '../../src/offline/policy';

const origin = 'https://site.example';
const get = (path: string, mode = 'cors') => ({ url: origin + path, method: 'GET', mode });

describe('routeFor', () => {
  it('answers pages network first and hashed files from the store', () => {
    expect(routeFor(get('/en/tips/', 'navigate'), origin)).toBe('page');
    expect(routeFor(get('/_astro/storage.4_aZzi46.js'), origin)).toBe('immutable');
    expect(routeFor(get('/pagefind/fragment/en_1216b26.pf_fragment'), origin)).toBe('immutable');
    expect(routeFor(get('/pagefind/pagefind.en_4fd7184f30.pf_meta'), origin)).toBe('immutable');
  });

  it('asks the network first for files that keep their names between builds', () => {
    for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json?ts=1764612000000', '/pagefind/wasm.fi.pagefind', '/en/manifest.webmanifest', '/icons/icon-192.png']) {
      expect(routeFor(get(path), origin), path).toBe('mutable');
    }
  });

  it('leaves alone other sites, other methods, the worker script and its lists', () => {
    expect(routeFor({ url: 'https://other.example/x.js', method: 'GET', mode: 'cors' }, origin)).toBe('none');
    expect(routeFor({ url: `${origin}/en/`, method: 'POST', mode: 'navigate' }, origin)).toBe('none');
    expect(routeFor(get('/sw.js'), origin)).toBe('none');
    expect(routeFor(get('/offline/en.0123456789ab.json'), origin)).toBe('none');
  });
});

describe('cacheKey', () => {
  it('stores a page once whatever its query, and Pagefind\'s entry file without its cache-busting query', () => {
    expect(cacheKey(`${origin}/en/search/?q=mentor`)).toBe(`${origin}/en/search/`);
    expect(cacheKey(`${origin}/pagefind/pagefind-entry.json?ts=1764612000000`)).toBe(`${origin}/pagefind/pagefind-entry.json`);
    expect(cacheKey(`${origin}/_astro/a.js?v=1`)).toBe(`${origin}/_astro/a.js?v=1`);
  });
});

describe('stored pages', () => {
  it('stamps the html element only, once', () => {
    const html = '<!doctype html><html lang="fi"><head><title>Vinkit – Verkostoista töihin</title></head><body><p>html</p></body></html>';
    const stamped = stampSavedAt(html, '2026-12-01T19:00:00.000Z');
    expect(stamped).toBe(html.replace('<html lang="fi">', '<html data-saved-at="2026-12-01T19:00:00.000Z" lang="fi">'));
    expect(stampSavedAt('<html><body></body></html>', '2026-12-01T19:00:00.000Z">x')).toBe('<html data-saved-at="2026-12-01T19:00:00.000Zx"><body></body></html>');
  });

  it('reads the title back as text', () => {
    expect(titleOfHtml('<title>Tips &amp; tricks – Networking</title>')).toBe('Tips & tricks – Networking');
    expect(titleOfHtml('<p>no title</p>')).toBe('');
  });

  it('knows the language of a path', () => {
    expect(languageOfPath('/fi/vinkit/', ['en', 'fi'])).toBe('fi');
    expect(languageOfPath('/', ['en', 'fi'])).toBeUndefined();
    expect(languageOfPath('/_astro/a.js', ['en', 'fi'])).toBeUndefined();
  });
});

const list: LanguageList = {
  build: 'b2',
  lang: 'en',
  pages: 2,
  bytes: 300,
  files: [
    ['/en/', 'r2', 100],
    ['/en/tips/', 'r1', 100],
    ['/_astro/a.1.js', null, 50],
    ['/pagefind/pagefind.js', 'p1', 50],
  ],
};
const savedBefore: SavedLanguage = { build: 'b1', savedAt: '2026-11-01T00:00:00.000Z', pages: 2, files: { '/en/': 'r1', '/en/tips/': 'r1', '/_astro/a.1.js': null, '/_astro/a.0.js': null, '/pagefind/pagefind.js': 'p1' } };

describe('saving a language', () => {
  it('fetches everything the first time, then only what is new, changed or evicted', () => {
    expect(filesToFetch(list, undefined, () => true)).toEqual(list.files);
    expect(filesToFetch(list, savedBefore, () => true).map(([url]) => url)).toEqual(['/en/']);
    expect(filesToFetch(list, savedBefore, (url) => url !== '/_astro/a.1.js').map(([url]) => url)).toEqual(['/en/', '/_astro/a.1.js']);
  });

  it('stores hashed files, then pages, then the search files that keep their names', () => {
    expect(saveStages(list.files).map((stage) => stage.map(([url]) => url))).toEqual([['/_astro/a.1.js'], ['/en/', '/en/tips/'], ['/pagefind/pagefind.js']]);
    expect(saveStages([])).toEqual([]);
  });

  it('drops what the new list no longer has, unless another saved language needs it', () => {
    expect(filesToDrop(savedBefore, list.files.map(([url]) => url), [])).toEqual(['/_astro/a.0.js']);
    const other: SavedLanguage = { ...savedBefore, files: { '/_astro/a.0.js': null } };
    expect(filesToDrop(savedBefore, list.files.map(([url]) => url), [other])).toEqual([]);
    expect(filesToDrop(undefined, [], [])).toEqual([]);
  });
});

describe('cachesToDrop', () => {
  it('keeps the asset caches of this build and the one before, and drops older ones and unknown layouts', () => {
    const names = ['offline-pages-v1', 'offline-files-v1', 'offline-meta-v1', 'offline-assets-b3', 'offline-assets-b2', 'offline-assets-b1', 'offline-pages-v0', 'someone-else'];
    expect(cachesToDrop(names, 'b3', 'b2')).toEqual(['offline-assets-b1', 'offline-pages-v0']);
    expect(cachesToDrop(names, 'b3', undefined)).toEqual(['offline-assets-b2', 'offline-assets-b1', 'offline-pages-v0']);
  });
});

it('kilobytes are whole and never 0', () => {
  expect(kilobytes(398_610)).toBe(389);
  expect(kilobytes(10)).toBe(1);
});
