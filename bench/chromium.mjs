// @ts-check
import { findChromium } from '../scripts/find-chromium.mjs';

/** The same flags as the browser tests, for Playwright and Lighthouse alike. */
export { chromiumFlags } from '../scripts/find-chromium.mjs';

/** The Chromium binary, or a clear error: the benchmark cannot run without one. */
export function chromiumPath() {
  const path = findChromium();
  if (!path) throw new Error('No Chromium found. Set CHROMIUM_PATH or install one (Debian: apt-get install chromium).');
  return path;
}

/**
 * What the page weight and search measurements see: the phone Lighthouse's mobile defaults
 * emulate (a Moto G Power, 412 × 823 CSS pixels), so the bytes match the Lighthouse runs.
 */
export const mobileContext = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};
