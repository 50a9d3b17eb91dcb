import { z } from 'astro/zod';
import { calendarProblem, kebabId, pastDate, webAddress } from './common';

/** The languages a source can be in; each has its label (`sources.language.<code>`) in the UI strings. */
export const sourceLanguages = ['en', 'fi'] as const;

/** One cited source, listed once in content/sources.yaml and referred to by id everywhere. */
export const sourceSchema = z.strictObject({
  id: kebabId,
  title: z.string().min(3),
  /** "unknown" when the source does not name its publisher: never guessed. */
  publisher: z.string().min(2),
  /** As precise as the source states it: a year, a month or a day, or "unknown". */
  date: z
    .string()
    .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|unknown)$/, { message: 'write YYYY, YYYY-MM, YYYY-MM-DD or "unknown"', abort: true })
    .refine((text) => text === 'unknown' || calendarProblem(text) === undefined, {
      error: (issue) => `"${String(issue.input)}" is not a real date: ${calendarProblem(String(issue.input)) ?? ''}. Write the date the source gives, as YYYY, YYYY-MM or YYYY-MM-DD`,
    }),
  url: webAddress.optional(),
  language: z.enum(sourceLanguages),
  /** When someone last opened the source and checked what the site says it says. */
  checked: pastDate.optional(),
});
