import type { Page } from '@playwright/test';

/**
 * The share of a ProgressBar a reader sees filled (0 to 1), and where its target mark sits, or
 * null when the bar is not shown: measured from the drawn boxes, not from the figures set.
 */
export function shownProgress(page: Page, name: string) {
  return page.locator(`[data-progress-bar="${name}"]`).evaluate((bar) => {
    if (!bar.checkVisibility({ visibilityProperty: true })) return null;
    const track = bar.getBoundingClientRect();
    const width = track.width - 2; // inside its 1px border
    const fill = bar.querySelector('.progress-bar-fill')?.getBoundingClientRect();
    const target = bar.querySelector('.progress-bar-target');
    const mark = target?.checkVisibility({ visibilityProperty: true }) ? target.getBoundingClientRect() : undefined;
    return {
      filled: Math.round(((fill?.width ?? 0) / width) * 100) / 100,
      target: mark ? Math.round(((mark.left - track.left - 1) / width) * 100) / 100 : null,
    };
  });
}
