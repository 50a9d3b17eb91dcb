// @ts-check
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Adds hreflang alternates to each sitemap entry by reading them from the built page itself.
 * @astrojs/sitemap's own i18n option assumes both languages share URL words, which ours do not;
 * the page's `<link rel="alternate">` tags are the single source of truth for its translations.
 * @param {string} outDir the build's output folder
 */
export function sitemapAlternates(outDir) {
  /** @param {import('@astrojs/sitemap').SitemapItem} item */
  return (item) => {
    const path = new URL(item.url).pathname;
    const file = resolve(outDir, `.${path}index.html`);
    let html;
    try {
      html = readFileSync(file, 'utf8');
    } catch {
      return item;
    }
    const links = [...html.matchAll(/<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"/g)]
      .filter(([, lang]) => lang !== 'x-default')
      .map(([, lang, url]) => ({ lang: String(lang), url: String(url) }));
    return links.length > 0 ? { ...item, links } : item;
  };
}
