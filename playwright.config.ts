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
    // Service workers are blocked here, so every other test sees the site as a first visit does
    // and the offline worker cannot answer in place of the server.
    { name: 'desktop', testIgnore: /tests\/e2e\/offline\//, use: { ...devices['Desktop Chrome'], channel: undefined, serviceWorkers: 'block' } },
    // The offline worker's own tests (README.md, "Offline reading"): builds B and the kill switch
    // are made once per run, each test serves the builds from its own server on a free port.
    { name: 'offline-builds', testMatch: /tests\/e2e\/offline\/builds\.setup\.ts$/ },
    {
      name: 'offline',
      testMatch: /tests\/e2e\/offline\/[^/]+\.spec\.ts$/,
      dependencies: ['offline-builds'],
      use: { ...devices['Desktop Chrome'], channel: undefined, serviceWorkers: 'allow' },
    },
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
