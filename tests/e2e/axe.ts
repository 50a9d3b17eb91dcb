import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the standard the accessibility statement names. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What axe finds against that standard on the page as it is now, one line per rule naming the
 * elements, so a failure says what to fix. `rules` narrows the run, e.g. to colour contrast;
 * `within` to the part of the page a test changed (the every-page spec checks the rest).
 */
export async function axeViolations(page: Page, rules?: string[], within?: string): Promise<string[]> {
  // Only violations are read; skipping the list of passes makes each run several times faster.
  const whole = new AxeBuilder({ page }).withTags(wcagTags).options({ resultTypes: ['violations'] });
  const builder = within ? whole.include(within) : whole;
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** Fails the test on any axe violation; `state` says what the page showed, e.g. "filtered". */
export async function expectNoAxeViolations(page: Page, state?: string, within?: string): Promise<void> {
  expect(await axeViolations(page, undefined, within), state).toEqual([]);
}
