// @ts-check
/**
 * `npm test`: every check, in the order that gives the quickest useful failure.
 * 1. types (astro check)  2. unit and content tests  3. build  4. checks on the built site
 * 5. browser tests. Stops at the first failing step and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { findChromium } from './find-chromium.mjs';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`npm test needs Node 22.18 or newer, but runs on ${process.versions.node}.
Run it through npm (npm test), which uses the Node that "npm install" put in node_modules/.bin.`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const hasPlaywrightBrowser = () => {
  try {
    const { chromium } = require('@playwright/test');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
};
if (!findChromium() && !hasPlaywrightBrowser()) {
  console.error(`No Chromium found for the browser tests. Install one of:
  - Debian/Ubuntu: apt-get update && apt-get install -y chromium
  - or set CHROMIUM_PATH to a Chromium or Chrome binary
  - or, where downloads are allowed: npx playwright install chromium`);
  process.exit(1);
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const steps = [
  ['Type check', ['node_modules/astro/bin/astro.mjs', 'check']],
  ['Unit and content tests', ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', '--project', 'content']],
  ['Build', ['node_modules/astro/bin/astro.mjs', 'build']],
  ['Checks on the built site', ['node_modules/vitest/vitest.mjs', 'run', '--project', 'dist']],
  ['Browser tests', ['node_modules/@playwright/test/cli.js', 'test']],
];

for (const [name, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(process.execPath, /** @type {string[]} */ (args), { stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error(`\n${name} failed (exit ${run.status ?? run.signal}).`);
    process.exit(1);
  }
}
console.log('\nAll checks passed.');
