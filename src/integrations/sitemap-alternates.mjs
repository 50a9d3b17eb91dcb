// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Adds hreflang alternates to each sitemap entry by reading them from the built page itself.
 * @astrojs/sitemap's own i18n option assumes both languages share URL words, which ours do not;
 * the page's `<link rel="alternate">` tags are the single source of truth for its translations.
 * @param {import('@astrojs/sitemap').SitemapItem} item
 */
export function sitemapAlternates(item) {
  const path = new URL(item.url).pathname;
  const file = fileURLToPath(new URL(`../../dist${path}index.html`, import.meta.url));
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
}
