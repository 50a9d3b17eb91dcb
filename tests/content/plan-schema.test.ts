import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemblePitch } from '../../src/scripts/plan-model';
import { readPlanContent } from '../content-files';
import { expectProblems } from './sync';

const fixturePath = 'plan/my-plan.yaml';
const validPlan = readFileSync(`tests/fixtures/valid/${fixturePath}`, 'utf8');
/** The fixture with one change, which must really change it (so a test cannot pass by matching nothing). */
const changed = (from: string | RegExp, to: string) => {
  const text = validPlan.replace(from, to);
  expect(text).not.toBe(validPlan);
  return text;
};
const refused = (plan: string, lines: string[]) => expectProblems({ [fixturePath]: plan }, lines.map((line) => `content/${fixturePath}:${line}`));

describe('plan schema', () => {
  it('stops on a question id used twice, naming both places', () => {
    refused(changed('- id: how-you-started', '- id: working-day'), ['206 — questions › item 2 › id: "working-day" is already the id of questions › item 1. Give each its own id.']);
  });

  it('stops on a field without its Finnish hint', () => {
    refused(changed(/(  roles:\n    en:\n(?:.*\n){2}    fi:\n      label: .*\n)      hint: .*\n/, '$1'), ['89 — fields › roles › fi › hint: is missing. Add this field (a text).']);
  });

  it('stops on a numbered label without {n}', () => {
    refused(changed("label: Strength {n}", 'label: Strength'), ['59 — fields › strength › en › label: has no {n} where the number goes. Write it in, e.g. "Strength {n}".']);
  });

  it('stops on a pitch placeholder the model cannot fill', () => {
    refused(changed('I am good at {strengths}.', 'I am good at {strenghts}.'), ['174 — pitch › en › sentences › item 2: has a placeholder the pitch cannot fill. Use only these: {background}, {strengths}, {example}, {roles}, {employers}, {ask}.']);
  });

  it('stops on a misspelt field instead of ignoring it', () => {
    refused(changed('networkingShare: 30', 'networkingShar: 30'), [
      '189 — weekly › networkingShare: is missing. Add this field (a number).',
      '190 — weekly › networkingShar: is not a field here. Did you mean "networkingShare"? Check the spelling, or remove the field.',
    ]);
  });
});

describe('the My plan content', () => {
  const plan = readPlanContent();

  it('cites the guide behind the 30 % and a source for the speaking rate', () => {
    expect(plan.weekly.networkingShare).toBe(30);
    expect(plan.weekly.shareSources).toContain('hidden-job-market');
    expect(plan.pitch.rateSources).toContain('virtualspeech-speaking-rate');
    for (const lang of ['en', 'fi'] as const) expect(plan.pitch.rateNote[lang]).toContain(String(plan.pitch.wordsPerMinute[lang]));
  });

  it('gives each language a pitch template that uses every answer', () => {
    for (const lang of ['en', 'fi'] as const) {
      const used = plan.pitch[lang].sentences.join(' ');
      for (const slot of ['background', 'strengths', 'example', 'roles', 'employers', 'ask']) expect(used, `${lang}: {${slot}}`).toContain(`{${slot}}`);
      const answers = { background: 'B', strengths: ['S'], example: 'E', roles: ['R'], employers: ['M'], ask: 'A?' };
      expect(assemblePitch(plan.pitch[lang], answers)).not.toMatch(/[{}]/);
    }
  });

  it('links the first weekly action to the people due in My network', () => {
    expect(plan.weekly.actions.find((action) => action.id === 'contact-three')?.link).toBe('network-due');
  });
});
