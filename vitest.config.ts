import { defineConfig } from 'vitest/config';

/**
 * Three groups, run at different points of `npm test`:
 * - unit: pure TypeScript (i18n, routes, pairing, storage), no build needed;
 * - content: the real content and fixture content through Astro's content layer (`astro sync`);
 * - dist: checks over the built site in dist/ (links, HTML validity, sitemap), run after the build.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 60_000, fileParallelism: false } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
