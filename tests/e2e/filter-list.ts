import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { expect } from './fixtures';

/** How many entries an editor has written: one YAML file each in the content folder. */
export function entriesIn(folder: string): number {
  return readdirSync(folder).filter((name) => name.endsWith('.yaml')).length;
}

/** The list items readers can see now. */
export const visibleItems = (page: Page) => page.locator('[data-filter-item]:visible');

/**
 * Checks what a reader sees after filtering: the number of items and the count sentence
 * ("5 of 13 programmes shown", "Näytetään 5/13 ohjelmaa"), which screen readers hear.
 */
export async function expectShown(page: Page, shown: number, total: number): Promise<void> {
  await expect(visibleItems(page)).toHaveCount(shown);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`(^|\\D)${shown}\\D+${total}(\\D|$)`));
  await expect(page.locator('[data-filter-empty]')).toBeVisible({ visible: shown === 0 });
}

/** The query parameters a filtered page has in its address. */
export function queryOf(page: Page): string[] {
  return [...new URL(page.url()).searchParams].map(([name, value]) => `${name}=${value}`).sort();
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}
