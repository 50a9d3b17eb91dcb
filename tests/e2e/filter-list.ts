import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The list items readers can see now. */
export const visibleItems = (page: Page) => page.locator('[data-filter-item]:visible');

/**
 * Checks what a reader sees after filtering: the number of items and the count sentence
 * ("5 of 13 programmes shown", "Näkyvissä 5, kaikkiaan 13 ohjelmaa"), which screen readers hear.
 */
export async function expectShown(page: Page, shown: number, total: number): Promise<void> {
  await expect(visibleItems(page)).toHaveCount(shown);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(new RegExp(`(^|\\D)${shown}\\D+${total}(\\D|$)`));
  await expect(page.locator('[data-filter-empty]')).toBeVisible({ visible: shown === 0 });
}

/** The query parameters a filtered page has in its address. */
export function queryOf(page: Page): string[] {
  return [...new URL(page.url()).searchParams].map(([name, value]) => `${name}=${value}`).sort();
}
