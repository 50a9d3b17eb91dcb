// @ts-check
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

/**
 * Lighthouse with its mobile defaults (emulated Moto G Power, simulated slow 4G and 4× CPU
 * slowdown) against the system Chromium. The four category scores, LCP, TBT and CLS are kept,
 * and for any category under 100 the audits that cost points, so a failure says what to fix.
 */

const categories = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

/**
 * Lighthouse's own chrome-launcher, resolved from the lighthouse package so the benchmark uses the
 * version Lighthouse was built with, without a dependency of its own.
 * @returns {Promise<typeof import('chrome-launcher')>}
 */
async function chromeLauncher() {
  const fromLighthouse = createRequire(import.meta.resolve('lighthouse'));
  return import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href);
}

/**
 * The audits that cost a category points, worst first.
 * @param {import('lighthouse').Result} lhr
 * @param {string} category
 */
export function lostPoints(lhr, category) {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
    .map(({ ref, audit }) => ({ id: ref.id, title: audit?.title ?? ref.id, score: audit?.score ?? 0 }))
    .sort((a, b) => a.score - b.score);
}

/**
 * The elements that moved, with their share of the layout shift score, so a CLS above 0 points at
 * the markup to fix.
 * @param {import('lighthouse').Result} lhr
 */
export function layoutShifts(lhr) {
  const details = lhr.audits['layout-shifts']?.details;
  if (!details || details.type !== 'table') return [];
  return details.items.map((item) => {
    const node = /** @type {{ selector?: string, snippet?: string } | undefined} */ (item['node']);
    return { element: node?.snippet ?? node?.selector ?? 'unknown', score: Number(item['score'] ?? 0) };
  });
}

/**
 * Starts one Chromium for all runs; Lighthouse clears the origin's storage and cache before each.
 * @param {number} port the DevTools port, inside the benchmark's port range
 */
export async function startLighthouse(port) {
  const { launch } = await chromeLauncher();
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless', ...chromiumFlags],
    port,
    logLevel: 'silent',
  });

  /** @param {string} url @param {boolean} [again] whether this is the one retry after a failed trace */
  async function audit(url, again = false) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    // Lighthouse itself says to run again when its own trace of the load broke; that is no score
    // of the page, so it gets one more run. Any other error, or a second one, stops the audit.
    if (lhr.runtimeError && traceFailures.has(lhr.runtimeError.code) && !again) return audit(url, true);
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
    /** @param {string} id */
    const value = (id) => lhr.audits[id]?.numericValue ?? null;
    const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    return {
      url,
      scores: /** @type {Record<(typeof categories)[number], number>} */ (scores),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      lostPoints: Object.fromEntries(categories.filter((id) => (scores[id] ?? 0) < 100).map((id) => [id, lostPoints(lhr, id)])),
      layoutShifts: layoutShifts(lhr),
      warnings: lhr.runWarnings,
    };
  }

  /**
   * Audits `url`; a page under 100 anywhere is audited twice more and the median run (by
   * performance score) counts. On a busy 2-core machine one run's Total Blocking Time can be
   * noise, while a real problem (a layout shift, a heavy script) shows in every run.
   * @param {string} url
   */
  async function auditMedian(url) {
    const first = await audit(url);
    if (Object.values(first.scores).every((score) => score === 100)) return { ...first, runs: 1 };
    const runs = [first, await audit(url), await audit(url)];
    return { ...medianRun(runs), runs: runs.length };
  }

  return { audit: auditMedian, close: () => chrome.kill() };
}

/** Lighthouse's errors for a trace it failed to record (its message: "Please run Lighthouse again"). */
const traceFailures = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED', 'NO_RESOURCE_REQUEST']);

/**
 * The middle run when sorted by performance score: the one a repeat of the benchmark most likely sees.
 * @template {{ scores: { performance: number } }} Run
 * @param {Run[]} runs
 * @returns {Run}
 */
export function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!middle) throw new Error('no Lighthouse runs');
  return middle;
}
