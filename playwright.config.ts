import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, findChromium } from './scripts/find-chromium.mjs';

/**
 * Browser tests run against the built site served by `astro preview` on 127.0.0.1, on a port that
 * nothing else here uses. Playwright cannot download browsers on this network, so the system
 * Chromium is used, with the flags that keep it from calling home (scripts/find-chromium.mjs).
 */
const port = Number(process.env['TEST_PORT'] ?? 4874);
const chromium = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers match the 2-core CI machine; the preview server is light enough to share it.
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: chromiumFlags,
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: {
    // --ignore-lock: Astro allows one tracked preview per project; parallel test runs each need their own.
    command: `npm run preview -- --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
