import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { fieldName } from '../content-checks/problem';
import { kebabId, pastDate } from './common';

/** The same shape in English and Finnish, so nothing can exist in one language only. */
const bilingual = <T extends z.ZodType>(text: T) => z.strictObject({ en: text, fi: text });
const line = (max: number) => z.string().trim().min(2).max(max);

/** A field's visible label and its hint (shown under the label, and printed on the worksheet). */
const fieldText = z.strictObject({ label: line(80), hint: line(200) });
/** Labels repeated for each slot ("Strength 1", "Vahvuus 2") carry `{n}` where the number goes. */
const numberedFieldText = fieldText.refine((text) => text.label.includes('{n}'), { message: 'has no {n} where the number goes. Write it in, e.g. "Strength {n}"', path: ['label'] });

const sectionText = z.strictObject({ heading: line(80), intro: line(400) });

/** One template sentence; the placeholders are the answers the model can fill in. */
const pitchSlots = ['background', 'strengths', 'example', 'roles', 'employers', 'ask'] as const;
const pitchSentence = line(160).refine(
  (sentence) => [...sentence.matchAll(/\{(\w+)\}/g)].every((match) => (pitchSlots as readonly string[]).includes(String(match[1]))),
  { message: `has a placeholder the pitch cannot fill. Use only these: ${pitchSlots.map((slot) => `{${slot}}`).join(', ')}` },
);
const pitchTemplate = z.strictObject({
  /** Joins the last two strengths or employers: "and", "ja". */
  and: line(10),
  /** Joins the last two jobs: "or", "tai". */
  or: line(10),
  sentences: z.array(pitchSentence).min(2).max(8),
});

/** Ids are stored in readers' browsers when they tick or pick an item: unique, never renamed. */
function uniqueIds(items: Array<{ id: string }>, path: string[], context: z.RefinementCtx) {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, index);
    else context.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `"${item.id}" is already the id of ${fieldName([...path, earlier])}. Give each its own id` });
  });
}

/**
 * content/plan/my-plan.yaml: every prompt, hint, example, list and template of the My plan tool,
 * both languages side by side. Sources are checked where the page renders (a schema cannot see
 * other collections), and so are the guide keys that weekly actions link to.
 */
export const planSchema = z
  .strictObject({
    reviewed: pastDate,
    sources: z.array(reference('sources')).min(1),
    en: z.strictObject({ title: line(90), description: z.string().min(50).max(170), lead: line(400) }),
    fi: z.strictObject({ title: line(90), description: z.string().min(50).max(170), lead: line(400) }),
    sections: z.strictObject({
      knowYourself: bilingual(sectionText),
      asks: bilingual(sectionText),
      pitch: bilingual(sectionText),
      weekly: bilingual(sectionText),
      questions: bilingual(sectionText),
    }),
    fields: z.strictObject({
      background: bilingual(fieldText),
      strength: bilingual(numberedFieldText),
      example: bilingual(numberedFieldText),
      skills: bilingual(fieldText),
      ownSkills: bilingual(fieldText),
      roles: bilingual(fieldText),
      employers: bilingual(fieldText),
      offer: bilingual(fieldText),
      ask: bilingual(numberedFieldText),
      pitchEn: bilingual(fieldText),
      pitchFi: bilingual(fieldText),
      hours: bilingual(fieldText),
    }),
    /** Transferable skills to tick: a short list, so it prints and reads at a glance. */
    skills: z.array(z.strictObject({ id: kebabId, en: line(60), fi: line(60) })).min(4).max(16),
    /** Vague and specific requests side by side. */
    askExamples: z.array(bilingual(z.strictObject({ vague: line(120), specific: line(200) }))).min(2).max(5),
    pitch: z.strictObject({
      /** The speaking rate the time estimate uses, from `rateSources`. */
      wordsPerMinute: bilingual(z.number().int().min(80).max(200)),
      rateSources: z.array(reference('sources')).min(1),
      /** Says the rate used and where it comes from, next to the estimate. */
      rateNote: bilingual(line(400)),
      en: pitchTemplate,
      fi: pitchTemplate,
    }),
    weekly: z.strictObject({
      /** The guidance's share of job-search time for networking, in per cent. */
      networkingShare: z.number().int().min(1).max(100),
      shareSources: z.array(reference('sources')).min(1),
      actions: z
        .array(
          z.strictObject({
            id: kebabId,
            /** `network-due`: the people due for contact in My network. */
            link: z.enum(['network-due']).optional(),
            /** Key of the guide the action links to. */
            guide: kebabId.optional(),
            en: line(120),
            fi: line(120),
          }).refine((action) => !(action.link && action.guide), { message: 'is given as well as a link. Give an action a link or a guide, not both', path: ['guide'] }),
        )
        .min(1)
        .max(8),
    }),
    questions: z.array(z.strictObject({ id: kebabId, en: line(160), fi: line(160) })).min(5).max(30),
  })
  .superRefine((plan, context) => {
    uniqueIds(plan.skills, ['skills'], context);
    uniqueIds(plan.weekly.actions, ['weekly', 'actions'], context);
    uniqueIds(plan.questions, ['questions'], context);
  });

export type PlanContent = z.infer<typeof planSchema>;
