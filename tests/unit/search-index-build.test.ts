import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageFile } from '../../src/integrations/built-pages';
import { mergedEntry, mergeLanguageBundles } from '../../src/search/language-bundles';

const entry = (lang: string, hash: string) => ({ version: '1.6.0', languages: { [lang]: { hash, wasm: lang, page_count: 2 } }, include_characters: ['_'] });

describe('mergedEntry', () => {
  it('lists every language once the bundles agree on everything else', () => {
    expect(mergedEntry([entry('en', 'en_1'), entry('fi', 'fi_2')])).toEqual({
      version: '1.6.0',
      languages: { en: { hash: 'en_1', wasm: 'en', page_count: 2 }, fi: { hash: 'fi_2', wasm: 'fi', page_count: 2 } },
      include_characters: ['_'],
    });
  });

  it('refuses bundles written by different Pagefind versions, or two of one language', () => {
    expect(() => mergedEntry([entry('en', 'en_1'), { ...entry('fi', 'fi_2'), version: '1.7.0' }])).toThrow(/disagree/);
    expect(() => mergedEntry([entry('en', 'en_1'), entry('en', 'en_2')])).toThrow('Two search bundles hold the language "en".');
  });
});

describe('mergeLanguageBundles', () => {
  let work = '';
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(work, file)), { recursive: true });
    writeFileSync(join(work, file), text);
  };
  const writeBundles = () => {
    work = mkdtempSync(join(tmpdir(), 'bundles-'));
    for (const [lang, hash] of [['en', 'en_1'], ['fi', 'fi_2']] as const) {
      write(`${lang}/pagefind-entry.json`, JSON.stringify(entry(lang, hash)));
      write(`${lang}/pagefind.js`, 'shared');
      write(`${lang}/index/${hash}.pf_index`, lang);
      write(`${lang}/fragment/${lang}_a.pf_fragment`, lang);
    }
  };

  it('moves each language bundle into one folder with one entry file', async () => {
    writeBundles();
    await mergeLanguageBundles([join(work, 'en'), join(work, 'fi')], join(work, 'pagefind'));
    expect(readdirSync(work)).toEqual(['pagefind']);
    const bundle = join(work, 'pagefind');
    expect(readdirSync(join(bundle, 'index')).sort()).toEqual(['en_1.pf_index', 'fi_2.pf_index']);
    expect(readdirSync(join(bundle, 'fragment')).sort()).toEqual(['en_a.pf_fragment', 'fi_a.pf_fragment']);
    expect(readFileSync(join(bundle, 'pagefind.js'), 'utf8')).toBe('shared');
    expect(Object.keys(JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')).languages)).toEqual(['en', 'fi']);
  });

  it('refuses bundles whose shared files differ, before moving anything', async () => {
    writeBundles();
    write('fi/pagefind.js', 'another version');
    await expect(mergeLanguageBundles([join(work, 'en'), join(work, 'fi')], join(work, 'pagefind'))).rejects.toThrow('different pagefind.js');
    expect(readdirSync(work).sort()).toEqual(['en', 'fi']);
  });
});

describe('pageFile', () => {
  it('names the file astro build writes for an address, error pages at the top', () => {
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/en/tips/')).toBe('en/tips/index.html');
    expect(pageFile('/fi/oppaat/mit%C3%A4-saat/')).toBe('fi/oppaat/mitä-saat/index.html');
    expect(pageFile('/404/')).toBe('404.html');
    expect(pageFile('/404')).toBe('404.html');
    expect(pageFile('/en/404/')).toBe('en/404/index.html');
  });
});
