import { z } from 'astro/zod';

/**
 * Whether year, month and day, as written, are a day of the calendar: "2026-02-30" and
 * "2026-13-01" are not, although `new Date()` would quietly roll them into March and into the next
 * year. `month` and `day` may be left out, for a date as precise as a year or a month.
 */
export function isCalendarDate(year: number, month = 1, day = 1): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Why a date as written is not a calendar day, for the build's message. */
export function calendarProblem(text: string): string | undefined {
  const [year = 0, month = 1, day = 1] = text.split('-').map(Number);
  if (isCalendarDate(year, month, day)) return undefined;
  if (month < 1 || month > 12) return `there is no month ${month}`;
  return `${new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year} has no day ${day}`;
}

/**
 * A day written as YYYY-MM-DD and checked against the calendar as written. The content gate
 * reads YAML so that dates stay text (src/content-checks/yaml-source.ts): a date YAML had already
 * turned into a Date could not be checked, because 30 February would have become 2 March.
 */
const calendarDate = z
  .string({ error: 'write the date as YYYY-MM-DD, e.g. 2026-11-23' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'write the date as YYYY-MM-DD, e.g. 2026-11-23', abort: true })
  .refine((text) => calendarProblem(text) === undefined, {
    abort: true,
    error: (issue) => `"${String(issue.input)}" is not a real date: ${calendarProblem(String(issue.input)) ?? ''}. Write the day it was, as YYYY-MM-DD`,
  })
  .transform((text) => new Date(`${text}T00:00:00Z`));

/**
 * A date as precise as its source gives it ("2025", "2025-10", "2025-10-06"), or `word` when there
 * is none ("unknown", "undated"). Checked against the calendar as written, like `calendarDate`.
 */
export function partialDate(word: string) {
  const form = `write YYYY, YYYY-MM or YYYY-MM-DD (such as "2025", "2025-10" or "2025-10-06"), or "${word}"`;
  return z
    .string({ error: form })
    .regex(new RegExp(`^(\\d{4}(-\\d{2}(-\\d{2})?)?|${word})$`), { message: form, abort: true })
    .refine((text) => text === word || calendarProblem(text) === undefined, {
      error: (issue) => `"${String(issue.input)}" is not a real date: ${calendarProblem(String(issue.input)) ?? ''}. Write the date the source gives, as YYYY, YYYY-MM or YYYY-MM-DD`,
    });
}

/**
 * A date something was done (reviewed, checked). A future date would tell readers the page is
 * fresher than it is, so it stops the build.
 */
export const pastDate = calendarDate.refine((date) => date.getTime() <= Date.now(), {
  error: (issue) => `${(issue.input as Date).toISOString().slice(0, 10)} is in the future. Write the day the work was actually done`,
});

/** Lowercase words joined by hyphens: safe in URLs, anchors and storage keys. */
export const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const kebabId = z.string().regex(kebabCase, 'use lowercase letters, digits and hyphens, e.g. "ask-for-advice"');

/** Extra search terms: Pagefind neither splits Finnish compounds nor forgives typos. */
export const keywords = z.array(z.string().min(1)).default([]);

/** An absolute web address; only http(s) so a typo like "htps:" or "www.x.fi" is caught. */
export const webAddress = z.url({ protocol: /^https?$/, error: 'write a full web address starting with https://' });
