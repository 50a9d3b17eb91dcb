// @ts-check
import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH if set, else Debian's package, else
 * undefined (Playwright then tries its own download, which works on networks that allow it).
 * @returns {string | undefined}
 */
export function findChromium() {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}
