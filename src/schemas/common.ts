import { z } from 'astro/zod';

/** A day written as YYYY-MM-DD. YAML turns unquoted dates into Date objects, quoted ones stay strings. */
const calendarDate = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')])
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)))
  .refine((date) => !Number.isNaN(date.getTime()), 'is not a real date (write it as YYYY-MM-DD)');

/**
 * A date something was done (reviewed, checked). A future date would tell readers the page is
 * fresher than it is, so it stops the build.
 */
export const pastDate = calendarDate.refine(
  (date) => date.getTime() <= Date.now(),
  'is in the future; use the date the work was actually done',
);

/** Lowercase words joined by hyphens: safe in URLs, anchors and storage keys. */
export const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const kebabId = z.string().regex(kebabCase, 'use lowercase letters, digits and hyphens, e.g. "ask-for-advice"');

/** Extra search terms: Pagefind neither splits Finnish compounds nor forgives typos. */
export const keywords = z.array(z.string().min(1)).default([]);

/** An absolute web address; only http(s) so a typo like "htps:" or "www.x.fi" is caught. */
export const webAddress = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' });
