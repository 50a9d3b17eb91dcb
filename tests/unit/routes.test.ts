import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { contentSections, guideHref, hrefToParam, sectionHref, sectionSlugs, tipAnchor } from '../../src/i18n/routes';

describe('routes', () => {
  it('uses Finnish words in Finnish URLs', () => {
    expect(sectionHref('tips', 'fi')).toBe('/fi/vinkit/');
    expect(sectionHref('tips', 'en')).toBe('/en/tips/');
    expect(guideHref('mentorointi', 'fi')).toBe('/fi/oppaat/mentorointi/');
    expect(sectionHref('yourData', 'fi')).toBe('/fi/tyokalut/omat-tiedot/');
    expect(sectionHref('yourData', 'en')).toBe('/en/toolkit/your-data/');
  });

  it('puts every section under a language prefix and home at the prefix itself, tools under the toolkit', () => {
    expect(sectionHref('home', 'en')).toBe('/en/');
    for (const section of Object.keys(sectionSlugs) as Array<keyof typeof sectionSlugs>) {
      expect(sectionHref(section, 'fi')).toMatch(/^\/fi\/([a-z0-9-]+\/)*$/);
    }
  });

  it('gives each section a distinct URL within a language', () => {
    for (const lang of ['en', 'fi'] as const) {
      const hrefs = (Object.keys(sectionSlugs) as Array<keyof typeof sectionSlugs>).map((section) => sectionHref(section, lang));
      expect(new Set(hrefs).size).toBe(hrefs.length);
    }
  });

  it('gives a tip the same anchor in both languages, from its file name', () => {
    expect(tipAnchor('ask-for-advice')).toBe('tip-ask-for-advice');
  });

  it('turns a URL into the rest parameter Astro expects', () => {
    expect(hrefToParam('/fi/oppaat/mentorointi/')).toBe('fi/oppaat/mentorointi');
  });
});

describe('route files', () => {
  // Each view has its own route file so a page carries only its own view's CSS; a view named in no
  // file would silently lose its pages, and one named twice would build the same address twice.
  const files = readdirSync('src/pages').filter((name) => /^\[\.\.\.\w+\]\.astro$/.test(name));
  const views = ['guide', 'page', ...Object.keys(sectionSlugs).filter((section) => !(contentSections as readonly string[]).includes(section))];
  const calls = files.map((name) => ({ name, call: /viewPaths\('(\w+)', \[([^\]]*)\]\)/.exec(readFileSync(`src/pages/${name}`, 'utf8')) }));

  it('each pass their own rest parameter to viewPaths', () => {
    expect(calls.map(({ name, call }) => [name, call?.[1]])).toEqual(files.map((name) => [name, name.slice(4, -7)]));
  });

  it('name every view exactly once', () => {
    const named = calls.flatMap(({ call }) => [...(call?.[2] ?? '').matchAll(/'(\w+)'/g)].map((match) => match[1]));
    expect(named.toSorted()).toEqual(views.toSorted());
  });
});
