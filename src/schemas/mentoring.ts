import { z } from 'astro/zod';
import { languageName } from '../i18n/language-names';
import { partialDate, pastDate, webAddress } from './common';

/**
 * One mentoring programme per file (content/mentoring/<id>.yaml) with both languages side by side.
 * The lists below are the only values the directory can label and filter by; their labels live in
 * the UI strings ("mentoring.audience.<id>", "mentoring.region.<id>", …). To add a value, add it here
 * and its label to both src/i18n/ui/en.json and fi.json.
 */
export const audiences = ['immigrants', 'refugees', 'women', 'men', 'students-graduates', 'highly-educated', 'anyone'] as const;
/** Cities and regions where people meet, plus "nationwide" (open anywhere in Finland) and "online". */
export const regions = ['helsinki-region', 'uusimaa', 'turku', 'tampere', 'nationwide', 'online'] as const;
export const formats = ['one-to-one', 'group'] as const;
export const costs = ['free', 'paid', 'unknown'] as const;
/**
 * In the order the directory lists them: running programmes first, then those between rounds (the
 * programme goes on but takes no one now), then unknown, ended ones last.
 */
export const statuses = ['running', 'between-rounds', 'unknown', 'ended'] as const;

export type Status = (typeof statuses)[number];

/**
 * A language as an ISO 639 code ("fi", "sv", "smn"). Any code the browser's language data can
 * name in both site languages is accepted, so editors never wait for a developer to add one.
 */
const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, { message: 'write the language as a lowercase ISO 639 code, e.g. "fi", "sv" or "en"', abort: true })
  .refine((code) => languageName(code, 'en') !== undefined && languageName(code, 'fi') !== undefined, {
    error: (issue) => `"${String(issue.input)}" is not a known ISO 639 language code. Use a code such as "fi", "sv" or "en"`,
  });

const unknownEn = 'unknown';
const unknownFi = 'ei tiedossa';

const description = z.strictObject({
  /** What the programme offers and to whom, in the reader's language; plain text. */
  description: z.string().min(40).max(900),
});

export const mentoringSchema = z
  .strictObject({
    name: z.string().min(2),
    /** Only when the Finnish name differs, e.g. "Womento-työuramentorointi". */
    nameFi: z.string().min(2).optional(),
    organiser: z.string().min(2),
    audience: z.array(z.enum(audiences)).min(1),
    /** Empty when no source says which languages are used: shown as "unknown", never guessed. */
    languages: z.array(languageCode).default([]),
    /** Empty when no source says where. */
    region: z.array(z.enum(regions)).default([]),
    /** Empty when no source says. */
    format: z.array(z.enum(formats)).default([]),
    /** As the sources put it ("6 months"), or "unknown". */
    duration: z.string().min(1),
    /** The same in Finnish, or "ei tiedossa". */
    durationFi: z.string().min(1),
    cost: z.enum(costs),
    status: z.enum(statuses),
    /**
     * The newest source the status rests on, and its date as precise as the source gives it
     * ("2025", "2025-10", "2025-10-06"), or "undated" when the page carries no date. Shown beside
     * the status, so readers can judge how fresh it is. The address must be one of `sources`.
     */
    statusSource: z.strictObject({
      url: webAddress,
      date: partialDate('undated'),
    }),
    /** "2016–" (still going), "2019–2021", "2025" or "unknown"; an en dash or a hyphen. */
    years: z
      .string()
      .regex(/^(\d{4}([–-](\d{4})?)?|unknown)$/, 'write "2019–2021", "2016–", "2025" or "unknown"')
      .transform((value) => value.replace('-', '–')),
    /** The programme's own page; left out when there is none. */
    url: webAddress.optional(),
    /** Every address the entry's facts come from. */
    sources: z.array(webAddress).min(1),
    /** When someone last checked the sources; the page warns readers when this is over a year ago. */
    checked: pastDate,
    en: description,
    fi: description,
  })
  .superRefine((data, context) => {
    if (!data.sources.includes(data.statusSource.url)) {
      context.addIssue({ code: 'custom', path: ['statusSource', 'url'], message: 'is not one of the sources. List this address under sources too, so the status can be traced' });
    }
    if ((data.duration === unknownEn) !== (data.durationFi === unknownFi)) {
      context.addIssue({
        code: 'custom',
        path: ['durationFi'],
        message: `says "${unknownFi}" where duration does not say "${unknownEn}", or the other way round. Write "${unknownEn}" in duration and "${unknownFi}" in durationFi together, or a duration in both`,
      });
    }
  });

export type Programme = z.output<typeof mentoringSchema>;

