// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { sitemapAlternates } from './src/integrations/sitemap-alternates.mjs';

/**
 * The public address is only needed for canonical links, hreflang and the sitemap.
 * Set SITE_URL when publishing; the default is a placeholder that is never a real site.
 */
const site = process.env.SITE_URL ?? 'https://networking-guide.example';
/** OUT_DIR lets parallel builds (tests, benchmark) write to their own folders. */
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  // Fixture builds in the tests use their own cache, so they never mix with the real content's.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Lossless whitespace removal: the default 'jsx' mode can join words across inline elements.
  compressHTML: true,
  // The guides have no code blocks, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(page),
      serialize: sitemapAlternates(outDir),
    }),
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
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
