import { describe, expect, it } from 'vitest';
import { buildGrowth, marginalMsPerPage, msPerPage } from '../../bench/growth.mjs';
import { numberedTitle, syntheticCounts } from '../../bench/synthetic-content.mjs';

describe('bench build growth', () => {
  const real = { pages: 46, ms: 9_000 };
  const medium = { pages: 1_002, ms: 18_560 };
  const large = { pages: 4_002, ms: 48_560 };

  it('separates the fixed start-up cost from the cost of each extra page', () => {
    // 46 pages in 9 s looks like 196 ms a page, but each extra page costs 10 ms.
    expect(msPerPage(real)).toBeCloseTo(195.65, 1);
    expect(marginalMsPerPage(real, medium)).toBeCloseTo(10, 5);
    expect(marginalMsPerPage(medium, large)).toBeCloseTo(10, 5);
  });

  it('reports a ratio of 1 for linear growth and above 1 when pages get dearer', () => {
    expect(buildGrowth(real, medium, large).ratio).toBeCloseTo(1, 5);
    const dearer = { ...large, ms: 18_560 + 3_000 * 20 };
    expect(buildGrowth(real, medium, dearer)).toMatchObject({ mediumToLargeMsPerPage: 20 });
    expect(buildGrowth(real, medium, dearer).ratio).toBeCloseTo(2, 5);
  });

  it('gives no ratio when the first step was not slower (noise), rather than a misleading one', () => {
    expect(buildGrowth(real, { ...medium, ms: 8_000 }, large).ratio).toBeNull();
    expect(marginalMsPerPage(real, real)).toBeNull();
  });

  it('adds enough guides to reach the target pages per language, and tips in proportion', () => {
    expect(syntheticCounts({ pagesPerLang: 22, guidesPerLang: 11, tips: 62 }, 500)).toEqual({ guides: 478, tips: 2694 });
    expect(syntheticCounts({ pagesPerLang: 600, guidesPerLang: 11, tips: 62 }, 500)).toEqual({ guides: 0, tips: 0 });
  });

  it('numbers synthetic titles without breaking the 90-character title limit', () => {
    expect(numberedTitle('Find a mentor', 7)).toBe('Find a mentor 7');
    const long = numberedTitle('x'.repeat(90), 1234);
    expect(long).toHaveLength(90);
    expect(long.endsWith(' 1234')).toBe(true);
  });
});
