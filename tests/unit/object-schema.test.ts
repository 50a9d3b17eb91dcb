import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { interactionKinds, isIsoDate, rhythms, type Person } from '../../src/scripts/my-network/model';
import { interactionType, personType, settingsType } from '../../src/scripts/my-network/records';
import type { StandardSchemaV1 } from '../../src/scripts/personal-data/standard-schema';

/**
 * The hand-written record schemas (object-schema.ts) against zod/mini, an independent
 * implementation of the same rules, which the site used before: both must accept and refuse the
 * same values and name the same fields, over every field of every My network record type given
 * every kind of wrong value.
 */
const text = z.string();
const day = z.string().check(z.refine(isIsoDate));
const dayOrEmpty = z.string().check(z.refine((value) => value === '' || isIsoDate(value)));
const hours = z.nullable(z.number().check(z.gte(0)));
const zodSchemas = {
  person: z.strictObject({
    name: z.string().check(z.minLength(1)), role: text, organisation: text, howWeMet: text, languages: text, email: text, phone: text,
    profileUrl: text, tags: z.array(text), notes: text, nextStep: text, nextStepDue: dayOrEmpty,
    rhythm: z.enum(rhythms as [Person['rhythm'], ...Person['rhythm'][]]), added: day,
  }),
  interaction: z.strictObject({ personId: z.string().check(z.minLength(1)), date: day, kind: z.enum(interactionKinds), note: text }),
  settings: z.strictObject({ weeklyGoal: hours, jobSearchHours: hours, networkingHours: hours }),
};

const valid = {
  person: {
    name: 'Anna Virtanen', role: 'Designer', organisation: 'Firma Oy', howWeMet: 'Meetup', languages: 'fi, en', email: 'anna@example.fi',
    phone: '', profileUrl: '', tags: ['design', 'Tampere'], notes: '', nextStep: 'Send the article', nextStepDue: '2026-12-24', rhythm: 'quarterly', added: '2026-11-02',
  },
  interaction: { personId: 'p1', date: '2026-11-30', kind: 'met', note: 'Coffee' },
  settings: { weeklyGoal: 3, jobSearchHours: null, networkingHours: 0 },
};

const ours = { person: personType.schema, interaction: interactionType.schema, settings: settingsType.schema };

/** Values that are wrong for some field and right for others. */
const odd: unknown[] = [undefined, null, '', 'x', 'met', 'quarterly', '2026-12-01', '2026-02-30', '1.12.2026', 0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, true, [], ['a'], ['a', 2], {}, [null]];

function result(schema: StandardSchemaV1, value: unknown) {
  const outcome = schema['~standard'].validate(value);
  if (outcome instanceof Promise) throw new Error('schemas here are synchronous');
  if (!outcome.issues) return 'accepted';
  // The fields named, once each: zod can report two issues for one field (the type, then its length).
  return [...new Set(outcome.issues.map((issue) => (issue.path ?? []).map((part) => (typeof part === 'object' ? part.key : part)).join('.')))].sort();
}

describe('hand-written record schemas, against zod', () => {
  for (const name of ['person', 'interaction', 'settings'] as const) {
    const base = valid[name] as Record<string, unknown>;
    const cases: unknown[] = [base, null, 'text', [], {}, { ...base, extra: 1 }, { ...base, extra: 1, more: 2 }];
    for (const key of Object.keys(base)) {
      const { [key]: _dropped, ...without } = base;
      cases.push(without, ...odd.map((value) => ({ ...base, [key]: value })));
    }

    it(`${name}: the same values accepted and refused, with the same fields named (${cases.length} values)`, () => {
      for (const value of cases) {
        expect(result(ours[name], value), JSON.stringify(value)).toEqual(result(zodSchemas[name] as StandardSchemaV1, value));
      }
    });
  }

  it('names the place of a wrong item in a list', () => {
    expect(result(personType.schema, { ...valid.person, tags: ['ok', 7, 'ok', null] })).toEqual(['tags.1', 'tags.3']);
  });
});
