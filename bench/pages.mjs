// @ts-check
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales } from '../src/i18n/locales.ts';
import { guideHref, sectionHref, sectionSlugs } from '../src/i18n/routes.ts';

/**
 * The page types the benchmark reports, each with the site section that renders it. Guides are
 * the one type with many pages; the others are a single page per language.
 */
export const pageTypes = /** @type {const} */ (['home', 'guide', 'tips', 'checklist', 'directory', 'search', 'network', 'messages', 'plan', 'toolkit', 'yourData']);
/** @typedef {(typeof pageTypes)[number]} PageType */
/** @typedef {(typeof locales)[number]} Locale */

/** @type {Record<Exclude<PageType, 'guide'>, import('../src/i18n/routes.ts').Section>} */
const sections = { home: 'home', tips: 'tips', checklist: 'checklist', directory: 'mentoring', search: 'search', network: 'myNetwork', messages: 'messages', plan: 'myPlan', toolkit: 'toolkit', yourData: 'yourData' };

/**
 * Every page of each type in each language, read from the build so new guides are measured as
 * soon as they exist. URLs come from src/i18n/routes.ts, the same table the site is built from.
 * @param {string} dist the built site
 * @returns {Record<Locale, Record<PageType, string[]>>}
 */
export function pagesToMeasure(dist) {
  return /** @type {Record<Locale, Record<PageType, string[]>>} */ (Object.fromEntries(
    locales.map((lang) => {
      const guideDir = join(dist, lang, sectionSlugs.guides[lang]);
      const guides = readdirSync(guideDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(guideDir, entry.name, 'index.html')))
        .map((entry) => guideHref(entry.name, lang))
        .sort();
      const byType = Object.fromEntries(
        pageTypes.map((type) => [type, type === 'guide' ? guides : [sectionHref(sections[type], lang)]]),
      );
      return [lang, byType];
    }),
  ));
}

/**
 * The page whose HTML is largest after gzip: the one Lighthouse audits for a type with many pages,
 * since a budget kept by the heaviest guide is kept by all.
 * @param {string} dist
 * @param {string[]} paths
 */
export function heaviestPage(dist, paths) {
  const size = (/** @type {string} */ path) => gzipSync(readFileSync(join(dist, path, 'index.html'))).length;
  return paths.map((path) => ({ path, bytes: size(path) })).reduce((a, b) => (b.bytes > a.bytes ? b : a)).path;
}

export { locales };
