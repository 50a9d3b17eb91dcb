import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { kebabId } from './common';

/** What every picture says in words: its title (the figure's accessible name) and an optional note below it. */
const caption = z.strictObject({
  title: z.string().min(5).max(100),
  note: z.string().min(10).max(300).optional(),
});

const bilingual = <T extends z.ZodType>(text: T) => ({ en: text, fi: text });

/**
 * How precisely the source states a number: `exact` (the source gives it, e.g. 23 per cent),
 * `about` (the source says "one fifth"), `under` (the source says "less than a tenth"; drawn as an
 * outline up to the limit, so the picture never claims more than the source).
 */
const precision = z.enum(['exact', 'about', 'under']);

/** One bar: its value for drawing (per cent), and the label and amount as readers read them. */
const bar = z.strictObject({
  id: kebabId,
  value: z.number().min(0).max(100),
  precision,
  ...bilingual(z.strictObject({
    label: z.string().min(3).max(80),
    /** The value in words, as the guide says it: "23 %", "about 1 in 5". */
    amount: z.string().min(2).max(30),
  })),
});

/** A figure from the same source stated in one sentence below the bars, e.g. "About 70 % found work in other ways." */
const fact = z.strictObject({
  value: z.number().min(0).max(100),
  precision,
  ...bilingual(z.string().min(10).max(200)),
});

/** Numbers stated as "23 %" must show the value itself, so an edit cannot change one without the other. */
function statesItsValue(item: { value: number; precision: string; en: string; fi: string }): boolean {
  return item.precision !== 'exact' || (item.en.includes(`${item.value} %`) && item.fi.includes(`${item.value} %`));
}

/** A bar chart of per cent figures from one source. The numbers live here once; the guide text is checked against them. */
const barsFigure = z.strictObject({
  kind: z.literal('bars'),
  source: reference('sources'),
  ...bilingual(caption),
  bars: z.array(bar.refine((item) => statesItsValue({ ...item, en: item.en.amount, fi: item.fi.amount }), {
    message: 'an exact value must appear in both amounts, written like "23 %"',
  })).min(2).max(8),
  facts: z.array(fact.refine(statesItsValue, { message: 'an exact value must appear in both sentences, written like "70 %"' })).default([]),
});

/** Nested circles from the reader outwards (e.g. close contacts, acquaintances, people they know). */
const circlesFigure = z.strictObject({
  kind: z.literal('circles'),
  ...bilingual(caption),
  /** The label in the middle ("You"). */
  centre: z.strictObject(bilingual(z.string().min(2).max(20))),
  rings: z.array(z.strictObject(bilingual(z.strictObject({
    /** Short enough to sit on the ring in the picture. */
    label: z.string().min(3).max(24),
    text: z.string().min(10).max(200),
  })))).min(2).max(3),
});

/** Steps in order, e.g. from a first message to a conversation; a step may carry a note (what if there is no answer). */
const stepsFigure = z.strictObject({
  kind: z.literal('steps'),
  ...bilingual(caption),
  steps: z.array(z.strictObject(bilingual(z.strictObject({
    label: z.string().min(3).max(60),
    text: z.string().min(10).max(200),
    note: z.string().min(10).max(200).optional(),
  })))).min(3).max(7),
});

/**
 * A picture drawn as inline SVG with the same facts as text: one file per figure in
 * content/figures/, both languages in it. A guide places it with `figures` in its front matter.
 */
export const figureSchema = z.discriminatedUnion('kind', [barsFigure, circlesFigure, stepsFigure]);
