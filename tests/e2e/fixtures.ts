import { test as base, expect } from '@playwright/test';

/**
 * The `test` every browser spec uses. It watches each page for what a reader would suffer from
 * without seeing it: console errors (including CSP violations), uncaught script errors, resources
 * that fail to load, and requests that leave the site's own origin, which would break the
 * no-third-party promise. Any of them fails the test.
 */
export const test = base.extend<{ pageGuard: void }>({
  pageGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const problems: string[] = [];
      page.on('console', (message) => {
        // A failed load is reported below with its address; a page a test opens on purpose to
        // see a 404 is not a problem.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          problems.push(`console error: ${message.text()}`);
        }
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && response.request().resourceType() !== 'document') {
          problems.push(`missing resource (${response.status()}): ${response.url()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) problems.push(`request left the site: ${url}`);
      });
      await use();
      expect(problems, 'console errors and outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
