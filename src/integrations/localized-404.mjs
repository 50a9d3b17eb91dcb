// @ts-check
import { copyFileSync } from 'node:fs';

/**
 * Writes each language's 404 page also as `<lang>/404.html`. Hosts such as Cloudflare Pages answer
 * an unknown address with the nearest `404.html` up the folder tree, so a reader who mistypes a
 * Finnish address gets the Finnish page without any host settings; Netlify's rule in
 * public/_redirects points at the same file. The page also stays at `/<lang>/404/`, the route
 * table's address, which the language switcher and hreflang links use.
 * @param {readonly string[]} locales
 * @returns {import('astro').AstroIntegration}
 */
export function localized404(locales) {
  return {
    name: 'localized-404',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        for (const lang of locales) copyFileSync(new URL(`${lang}/404/index.html`, dir), new URL(`${lang}/404.html`, dir));
        logger.info(`404 pages copied to ${locales.map((lang) => `/${lang}/404.html`).join(', ')}`);
      },
    },
  };
}
