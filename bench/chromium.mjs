// @ts-check
import { findChromium } from '../scripts/find-chromium.mjs';

/**
 * Flags for every Chromium the benchmark starts (Playwright and Lighthouse alike). They keep the
 * browser from calling home, which this closed network would refuse and which would add requests
 * to what we measure. `--headless` is left to each launcher: Playwright adds its own.
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
