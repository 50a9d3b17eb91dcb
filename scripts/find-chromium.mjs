// @ts-check
import { existsSync } from 'node:fs';

/**
 * Flags for every Chromium the tests and the benchmark start. They keep the browser from calling
 * home, which this closed network would refuse, and which would add requests to what the benchmark
 * measures. `--headless` is left to each launcher: Playwright adds its own.
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH if set, else Debian's package, else
 * undefined (Playwright then tries its own download, which works on networks that allow it).
 * @returns {string | undefined}
 */
export function findChromium() {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}
