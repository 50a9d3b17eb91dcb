// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { locales } from './src/i18n/locales.ts';
import { localized404 } from './src/integrations/localized-404.mjs';
import { pageCsp } from './src/integrations/page-csp.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { sitemapAlternates } from './src/integrations/sitemap-alternates.mjs';
import { layerOrder } from './src/styles/layer-order.ts';

/**
 * The public address is only needed for canonical links, hreflang and the sitemap.
 * Set SITE_URL when publishing; the default is a placeholder that is never a real site.
 */
const site = process.env.SITE_URL ?? 'https://networking-guide.example';
/**
 * The content cache keeps entries it parsed before when their files did not change, even when the
 * schema that parsed them did: a build then renders old shapes (seen when messages' `tips` became
 * references and the tips page lost its links). So the default cache lives in a folder named after
 * a hash of the schemas and the content config, and a schema change starts a fresh cache.
 */
const schemaVersion = createHash('sha256')
  .update(['content.config.ts', ...readdirSync(new URL('./src/schemas/', import.meta.url)).map((name) => `schemas/${name}`)]
    .sort()
    .map((file) => readFileSync(new URL(`./src/${file}`, import.meta.url), 'utf8'))
    .join('\n'))
  .digest('hex')
  .slice(0, 12);
/** OUT_DIR lets parallel builds (tests, benchmark) write to their own folders. */
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  // Fixture builds in the tests use their own cache, so they never mix with the real content's.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? `./node_modules/.astro/${schemaVersion}`,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Lossless whitespace removal: the default 'jsx' mode can join words across inline elements.
  compressHTML: true,
  // Every script is a file, never inlined into the page (Vite inlines small ones by default): the
  // header policy in public/_headers allows 'self' scripts only, as it cannot list per-page hashes.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX module with a directive that the bundler warns about once per
        // page, though Astro handles it; hundreds of such warnings would hide an editor's real error.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // The guides have no code blocks, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    // Static MDX is rendered as ready HTML strings, which makes large builds faster. Tables stay
    // elements, since ContentPageView.astro replaces them with the ScrollTable component.
    mdx({ optimize: { ignoreElementNames: ['table'] } }),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(page),
      serialize: sitemapAlternates(outDir),
    }),
    // Each page's policy lists only its own inline styles' hashes, not the whole build's.
    pageCsp(),
    localized404(locales),
    // After the pages are finished, so it indexes them.
    searchIndex(),
    // Last, so the worker and its lists are made from every file the build wrote, the index included.
    serviceWorker(locales),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // The offline worker (/sw.js) and the web app manifests, both from the site itself.
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // The one inline style Astro does not hash itself: the layer order in Base.astro.
      styleDirective: { hashes: [`sha256-${createHash('sha256').update(layerOrder).digest('base64')}`] },
    },
  },
});
