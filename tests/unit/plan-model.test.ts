import { describe, expect, it } from 'vitest';
import {
  assemblePitch, emptyPlan, fieldValue, isoWeekOf, joinList, listValue, networkingHours, parseHours, parseWeekId, pitchAnswers,
  checkPlan, rollWeek, speakingSeconds, splitList, weekId, weekMonday, weeksInYear, withField, withTick, wordCount, type PitchTemplate, type PlanData,
} from '../../src/scripts/plan-model';
import { readPlanContent } from '../content-files';

/** A local calendar day, as the reader's clock gives it. */
const day = (iso: string, hour = 12) => {
  const [year, month, date] = iso.split('-').map(Number);
  return new Date(Number(year), Number(month) - 1, Number(date), hour);
};
const weekOf = (iso: string, hour?: number) => weekId(isoWeekOf(day(iso, hour)));

describe('ISO weeks', () => {
  it('puts 2026-12-31 and 2027-01-01 in week 53 of 2026, and 2027-01-04 in week 1 of 2027', () => {
    expect(weekOf('2026-12-28')).toBe('2026-W53');
    expect(weekOf('2026-12-31')).toBe('2026-W53');
    expect(weekOf('2027-01-01')).toBe('2026-W53');
    expect(weekOf('2027-01-03')).toBe('2026-W53');
    expect(weekOf('2027-01-04')).toBe('2027-W01');
  });

  it('gives the days at the other year ends their week-numbering year', () => {
    // 2024-12-30 is a Monday whose Thursday is in 2025; 2021-01-03 is the Sunday of 2020's week 53.
    expect(weekOf('2024-12-30')).toBe('2025-W01');
    expect(weekOf('2021-01-03')).toBe('2020-W53');
    expect(weekOf('2021-01-04')).toBe('2021-W01');
    expect(weekOf('2025-12-31')).toBe('2026-W01');
  });

  it('changes week on Monday in local time, at the first and last minute of the day', () => {
    expect(weekOf('2026-11-29', 23)).toBe('2026-W48');
    expect(weekOf('2026-11-30', 0)).toBe('2026-W49');
    expect(weekOf('2026-12-01')).toBe('2026-W49');
  });

  it('knows which years have 53 weeks', () => {
    expect([2020, 2026, 2032].map(weeksInYear)).toEqual([53, 53, 53]);
    expect([2021, 2025, 2027].map(weeksInYear)).toEqual([52, 52, 52]);
  });

  it('reads back only real week ids', () => {
    expect(parseWeekId('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseWeekId('2027-W53')).toBeUndefined();
    expect(parseWeekId('2026-W00')).toBeUndefined();
    expect(parseWeekId('2026-53')).toBeUndefined();
  });

  it("finds each week's Monday, across a year end", () => {
    expect(weekMonday({ year: 2026, week: 53 }).toISOString().slice(0, 10)).toBe('2026-12-28');
    expect(weekMonday({ year: 2027, week: 1 }).toISOString().slice(0, 10)).toBe('2027-01-04');
    expect(weekMonday({ year: 2025, week: 1 }).toISOString().slice(0, 10)).toBe('2024-12-30');
  });
});

describe('hours and the 30 % share', () => {
  const share = readPlanContent().weekly.networkingShare;

  it('uses the 30 % the guidance gives', () => {
    expect(share).toBe(30);
  });

  it('gives at least 30 % of the week, rounded up to a half hour', () => {
    expect(networkingHours(20, share)).toBe(6);
    expect(networkingHours(10, share)).toBe(3);
    expect(networkingHours(15, share)).toBe(4.5);
    expect(networkingHours(7, share)).toBe(2.5);
    expect(networkingHours(40, share)).toBe(12);
    for (let hours = 1; hours <= 80; hours += 0.5) expect(networkingHours(hours, share)).toBeGreaterThanOrEqual(hours * 0.3);
  });

  it('reads hours typed with a decimal comma or point, and names what is wrong otherwise', () => {
    expect(parseHours(' 20 ')).toEqual({ hours: 20 });
    expect(parseHours('7,5')).toEqual({ hours: 7.5 });
    expect(parseHours('7.5')).toEqual({ hours: 7.5 });
    expect(parseHours('')).toEqual({});
    expect(parseHours('twenty')).toEqual({ problem: 'notNumber' });
    expect(parseHours('-3')).toEqual({ problem: 'notNumber' });
    expect(parseHours('0')).toEqual({ problem: 'outOfRange' });
    expect(parseHours('100')).toEqual({ problem: 'outOfRange' });
  });
});

describe('the 30-second introduction', () => {
  const content = readPlanContent();
  const answers = {
    background: 'I am a project coordinator with eight years of experience in construction.',
    strengths: ['keeping budgets on track', 'planning', 'clear reports', 'a fourth one'],
    example: 'I planned our team’s move to a new office in one weekend.',
    roles: ['project coordinator', 'site planner'],
    employers: ['YIT', 'Skanska', 'SRV', 'Fira'],
    ask: 'Do you know anyone who plans projects at YIT?',
  };

  it('joins lists the way each language says them', () => {
    expect(joinList(['a'], 'and')).toBe('a');
    expect(joinList(['a', 'b', 'c'], 'and')).toBe('a, b and c');
    expect(joinList(['a', 'b'], 'ja')).toBe('a ja b');
  });

  it('assembles the English introduction from every answer, three items of each list at most', () => {
    const pitch = assemblePitch(content.pitch.en, answers);
    expect(pitch).toBe(
      'I am a project coordinator with eight years of experience in construction. I am good at keeping budgets on track, planning and clear reports. One example: I planned our team’s move to a new office in one weekend. I am now looking for work as project coordinator or site planner. I am interested in employers such as YIT, Skanska and SRV. Do you know anyone who plans projects at YIT?',
    );
    expect(pitch).not.toContain('a fourth one');
    expect(pitch).not.toContain('Fira');
  });

  it('assembles the Finnish introduction from the same answers, in its own sentences', () => {
    const pitch = assemblePitch(content.pitch.fi, { ...answers, background: 'Olen projektikoordinaattori', strengths: ['aikataulut', 'budjetit'], example: 'suunnittelin tiimin muuton', roles: ['projektikoordinaattori'], employers: ['YIT'], ask: 'Tunnetko jonkun YIT:ltä?' });
    expect(pitch).toBe('Olen projektikoordinaattori. Vahvuuksiani ovat aikataulut ja budjetit. Yksi esimerkki: suunnittelin tiimin muuton. Etsin nyt töitä, ja toivetehtäväni on projektikoordinaattori. Minua kiinnostavat esimerkiksi nämä työnantajat: YIT. Tunnetko jonkun YIT:ltä?');
  });

  it('leaves out a sentence whose answer is missing instead of saying it half-empty', () => {
    const template: PitchTemplate = { sentences: ['{background}', 'I am good at {strengths}.', 'I want {roles} at {employers}.'], and: 'and', or: 'or' };
    const pitch = assemblePitch(template, { ...answers, background: '  ', employers: [] });
    expect(pitch).toBe('I am good at keeping budgets on track, planning and clear reports.');
    expect(assemblePitch(template, { background: '', strengths: [], example: '', roles: [], employers: [], ask: '' })).toBe('');
  });

  it('takes the first strength with an example and the first ask the reader wrote', () => {
    const plan: PlanData = { ...emptyPlan(), roles: 'nurse\nnurse\ncarer', employers: 'HUS, Mehiläinen\n\nHUS', asks: ['', 'Who do you know at HUS?', 'x'] };
    plan.strengths[1] = { strength: 'calm', example: '' };
    plan.strengths[3] = { strength: 'languages', example: 'I speak four.' };
    expect(pitchAnswers(plan)).toEqual({ background: '', strengths: ['calm', 'languages'], example: 'I speak four.', roles: ['nurse', 'carer'], employers: ['HUS', 'Mehiläinen'], ask: 'Who do you know at HUS?' });
  });

  it('counts spoken words and estimates the time at the stated rate', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  I am – a nurse, in Espoo.  ')).toBe(6);
    expect(wordCount('Olen sairaanhoitaja Espoosta')).toBe(3);
    expect(speakingSeconds(65, 130)).toBe(30);
    expect(speakingSeconds(80, 130)).toBe(40);
    expect(speakingSeconds(3, 130)).toBe(5);
    expect(speakingSeconds(0, 130)).toBe(0);
  });

  it('states a source for the speaking rate of each language', () => {
    for (const lang of ['en', 'fi'] as const) {
      expect(content.pitch.wordsPerMinute[lang]).toBeGreaterThan(60);
      expect(content.pitch.rateSources).not.toHaveLength(0);
    }
  });
});

describe('lists the reader writes', () => {
  it('splits lines and commas, drops blanks and repeats whatever their case', () => {
    expect(splitList('Nokia, Kone\n\n  nokia \nWärtsilä; Fazer')).toEqual(['Nokia', 'Kone', 'Wärtsilä', 'Fazer']);
  });
});

describe('the week rolls over', () => {
  const actions = ['contact-three', 'one-event', 'linkedin-comment'];
  const inWeek = (id: string, done: string[], extra: Partial<PlanData> = {}): PlanData => ({ ...emptyPlan(), hours: '20', week: { id, done }, ...extra });

  it('keeps the same plan object within a week', () => {
    const plan = inWeek('2026-W49', ['one-event']);
    expect(rollWeek(plan, day('2026-12-06', 23), actions)).toBe(plan);
  });

  it('moves the last week into the history with its ticks and hours, and starts the new week empty', () => {
    const rolled = rollWeek(inWeek('2026-W53', ['contact-three', 'one-event', 'an-action-removed-since']), day('2027-01-04'), actions);
    expect(rolled.week).toEqual({ id: '2027-W01', done: [] });
    expect(rolled.history).toEqual([{ week: '2026-W53', done: 2, total: 3, hours: 20 }]);
  });

  it('does not roll between 31 December and 1 January, which share a week', () => {
    const plan = inWeek('2026-W53', ['one-event']);
    expect(rollWeek(plan, day('2027-01-01'), actions)).toBe(plan);
  });

  it('keeps the newest weeks first and at most eight of them', () => {
    let plan: PlanData = { ...emptyPlan(), hours: 'many' };
    for (let monday = new Date(2026, 9, 5); monday < new Date(2027, 0, 12); monday.setDate(monday.getDate() + 7)) plan = rollWeek(plan, new Date(monday), actions);
    expect(plan.week?.id).toBe('2027-W02');
    expect(plan.history.map((week) => week.week)).toEqual(['2027-W01', '2026-W53', '2026-W52', '2026-W51', '2026-W50', '2026-W49', '2026-W48', '2026-W47']);
    expect(plan.history[0]).toEqual({ week: '2027-W01', done: 0, total: 3 });
  });

  it('records no empty weeks for weeks without a visit, and never a week from the future', () => {
    expect(rollWeek(inWeek('2026-W40', []), day('2026-12-01'), actions).history.map((week) => week.week)).toEqual(['2026-W40']);
    const fromTheFuture = rollWeek(inWeek('2027-W10', ['one-event']), day('2026-12-01'), actions);
    expect(fromTheFuture.week).toEqual({ id: '2026-W49', done: [] });
    expect(fromTheFuture.history).toEqual([]);
  });
});

describe('the stored plan', () => {
  it('reads back what it stores, with the slots padded', () => {
    const plan = rollWeek({ ...emptyPlan(), roles: 'nurse', skills: ['planning'], pitch: { fi: 'Hei!' } }, day('2026-12-01'), []);
    expect(checkPlan(JSON.parse(JSON.stringify(plan)))).toEqual({ ok: true, plan });
    const short = checkPlan({ strengths: [{ strength: 'calm', example: '' }], asks: ['one'] });
    expect(short.ok && short.plan.strengths).toHaveLength(5);
    expect(short.ok && short.plan.asks).toEqual(['one', '', '']);
  });

  it('refuses a value of the wrong shape rather than guessing, naming the field', () => {
    const wrong = (value: unknown) => {
      const checked = checkPlan(value);
      return checked.ok ? 'accepted' : checked.field;
    };
    expect(wrong(null)).toBe('');
    expect(wrong([])).toBe('');
    expect(wrong({ roles: 3 })).toBe('roles');
    expect(wrong({ strengths: [{ strength: 'calm' }] })).toBe('strengths');
    expect(wrong({ skills: 'planning' })).toBe('skills');
    expect(wrong({ pitch: { en: 1 } })).toBe('pitch.en');
    expect(wrong({ week: { id: '2026-W60', done: [] } })).toBe('week');
    expect(wrong({ history: [{ week: '2026-W49', done: 'two', total: 3 }] })).toBe('history');
  });
});

describe('fields and ticks by their form names', () => {
  const plan = rollWeek(emptyPlan(), day('2026-12-01'), []);

  it('reads and changes a field by its path without changing the plan it was given', () => {
    const changed = withField(withField(withField(plan, 'strengths.2.example', 'I ran a shop.'), 'asks.1', 'Who do you know?'), 'pitch.fi', 'Hei');
    expect(fieldValue(changed, 'strengths.2.example')).toBe('I ran a shop.');
    expect(fieldValue(changed, 'asks.1')).toBe('Who do you know?');
    expect(changed.pitch).toEqual({ fi: 'Hei' });
    expect(withField(plan, 'roles', 'nurse').roles).toBe('nurse');
    expect(plan).toEqual(rollWeek(emptyPlan(), day('2026-12-01'), []));
  });

  it('ignores a path that names no field', () => {
    for (const path of ['week', 'strengths.9.strength', 'asks.7', 'pitch.sv', 'history', 'toString']) expect(withField(plan, path, 'x')).toBe(plan);
    expect(fieldValue(plan, 'skills')).toBeUndefined();
  });

  it('ticks and unticks ids in each list', () => {
    const ticked = withTick(withTick(withTick(plan, 'skills', 'planning', true), 'week', 'one-event', true), 'questions', 'who-else', true);
    expect([listValue(ticked, 'skills'), listValue(ticked, 'week'), listValue(ticked, 'questions')]).toEqual([['planning'], ['one-event'], ['who-else']]);
    expect(listValue(withTick(ticked, 'skills', 'planning', false), 'skills')).toEqual([]);
    expect(listValue(withTick(ticked, 'skills', 'planning', true), 'skills')).toEqual(['planning']);
  });
});
