import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { sectionHref } from '../../src/i18n/routes';
import { isCompressed } from '../../src/offline/lists';
import { listAddress, type LanguageList } from '../../src/offline/policy';
import { headersForPath, parseHeaderRules } from '../headers-file';
import { builtFile, builtPages, parsePage, pathToFile } from './built-site';

/**
 * The offline worker and what it reads, as the build wrote them (README.md, "Offline reading").
 * The browser tests (tests/e2e/offline/) check how they behave.
 */
const worker = existsSync(builtFile('sw.js')) ? readFileSync(builtFile('sw.js'), 'utf8') : '';
const lists = Object.fromEntries(
  locales.map((lang) => {
    const build = /\bbuild:"([0-9a-f]{12})"/.exec(worker)?.[1];
    const address = build ? listAddress(lang, build) : '';
    return [lang, address && existsSync(builtFile(address)) ? (JSON.parse(readFileSync(builtFile(address), 'utf8')) as LanguageList) : undefined];
  }),
);

describe('the offline worker', () => {
  it('is at /sw.js, small, and names one list per language from the same build', () => {
    expect(worker.length).toBeGreaterThan(0);
    expect(gzipSync(worker, { level: 6 }).length, 'sw.js gzip bytes').toBeLessThan(4 * 1024);
    const builds = new Set(Object.values(lists).map((list) => list?.build));
    expect(builds.size).toBe(1);
    expect(worker).toContain(String([...builds][0]));
  });

  it('lists, for each language, files that exist, with the sizes a host sends', () => {
    for (const lang of locales) {
      const list = lists[lang];
      expect(list, lang).toBeDefined();
      if (!list) continue;
      expect(list.files.filter(([url]) => url.endsWith('/')).length).toBe(list.pages);
      let total = 0;
      for (const [url, , bytes] of list.files) {
        const file = pathToFile(url);
        expect(file, url).toBeDefined();
        const raw = readFileSync(String(file));
        expect(bytes, url).toBe(isCompressed(String(file)) ? gzipSync(raw, { level: 6 }).length : statSync(String(file)).size);
        total += bytes;
      }
      expect(list.bytes).toBe(total);
      // Every page of the language is there, and none of the other's.
      const pages = builtPages().filter((page) => page.path.startsWith(`/${lang}/`) && page.path.endsWith('/')).map((page) => page.path);
      expect(list.files.map(([url]) => url).filter((url) => url.startsWith(`/${lang}/`) && url.endsWith('/')).sort()).toEqual(pages.sort());
      expect(list.files.some(([url]) => locales.some((other) => other !== lang && url.startsWith(`/${other}/`)))).toBe(false);
      expect(list.files.map(([url]) => url)).toContain(`/pagefind/wasm.${lang}.pagefind`);
    }
  });

  it('is sent with Cache-Control: no-cache, and the lists, named by build, are kept for a year', () => {
    const rules = parseHeaderRules(readFileSync(builtFile('_headers'), 'utf8'));
    expect(headersForPath(rules, '/sw.js')['cache-control']).toBe('no-cache');
    expect(headersForPath(rules, '/offline/en.0123456789ab.json')['cache-control']).toMatch(/max-age=31536000.*immutable/);
    expect(headersForPath(rules, '/')['content-security-policy']).toMatch(/worker-src 'self'.*manifest-src 'self'/);
  });
});

describe('install', () => {
  it('each language page links its own manifest, whose icons exist', () => {
    for (const lang of locales) {
      const home = builtPages().find((page) => page.path === sectionHref('home', lang));
      expect(home && parsePage(home).querySelector('link[rel="manifest"]')?.getAttribute('href')?.value).toBe(`/${lang}/manifest.webmanifest`);
      const manifest = JSON.parse(readFileSync(builtFile(lang, 'manifest.webmanifest'), 'utf8')) as { start_url: string; icons: Array<{ src: string }> };
      expect(manifest.start_url).toBe(`/${lang}/`);
      for (const icon of manifest.icons) expect(pathToFile(icon.src), icon.src).toBeDefined();
    }
  });
});
