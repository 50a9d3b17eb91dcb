// @ts-check

/**
 * How build cost grows with the number of pages. The marginal time per page (extra seconds per
 * extra page between two builds) separates the cost of pages from the fixed cost of starting
 * Astro, which time per page alone mixes in: a small site always looks expensive per page.
 */

/** @typedef {{ pages: number, ms: number }} BuildCost time (wall or CPU) of a build of `pages` pages */

/** @param {BuildCost} run */
export function msPerPage(run) {
  return run.pages > 0 ? run.ms / run.pages : null;
}

/**
 * Extra milliseconds per extra page from `smaller` to `larger`, or null when they have the same
 * number of pages.
 * @param {BuildCost} smaller
 * @param {BuildCost} larger
 */
export function marginalMsPerPage(smaller, larger) {
  const pages = larger.pages - smaller.pages;
  return pages === 0 ? null : (larger.ms - smaller.ms) / pages;
}

/**
 * The two marginal costs of the real → medium → large builds and how they compare: a ratio near 1
 * means linear growth, above 1 means each page gets dearer as the site grows.
 * @param {BuildCost} real
 * @param {BuildCost} medium
 * @param {BuildCost} large
 */
export function buildGrowth(real, medium, large) {
  const small = marginalMsPerPage(real, medium);
  const big = marginalMsPerPage(medium, large);
  return {
    realToMediumMsPerPage: small,
    mediumToLargeMsPerPage: big,
    // A non-positive first step means the measurement drowned in noise; a ratio would mislead.
    ratio: small !== null && big !== null && small > 0 ? big / small : null,
  };
}
