import { describe, expect, it } from 'vitest';
import {
  addInteraction, addMonths, allTags, applyImport, dueInfo, emptySettings, historyOf, isIsoDate, listEntries, matcher, mergePerson,
  orderEntries, parseTags, planImport, profileKey, validatePerson, weekStart, weekSummary,
  type Interaction, type NetworkData, type Person,
} from '../../src/scripts/my-network/model';
import { person } from './my-network-people';

const contact = (id: string, personId: string, date: string, note = ''): Interaction => ({ id, personId, date, kind: 'met', note });
const data = (people: Person[], interactions: Interaction[] = []): NetworkData => ({ people, interactions, settings: emptySettings() });
const fi = new Intl.Collator('fi');

describe('my network: dates', () => {
  it('accepts only real calendar days', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
  it('adds months, keeping to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });
  it('starts weeks on Monday', () => {
    expect(weekStart('2026-12-01')).toBe('2026-11-30'); // a Tuesday
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // the Sunday after
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
  });
});

describe('my network: validation', () => {
  it('requires a name and checks email, profile address, date and rhythm', () => {
    const errors = validatePerson({ ...person({ id: 'x', name: ' ' }), email: 'anna.example.com', profileUrl: 'linkedin.com/in/a', nextStepDue: '2026-13-01', rhythm: 'weekly' as never });
    expect(errors.map((error) => `${error.field}:${error.problem}`)).toEqual(['name:required', 'email:email', 'profileUrl:url', 'nextStepDue:date', 'rhythm:rhythm']);
    expect(validatePerson(person({ id: 'x', name: 'Anna' }))).toEqual([]);
  });
  it('splits tags on commas, trimmed and each once', () => {
    expect(parseTags(' IT, Turku,,IT ')).toEqual(['IT', 'Turku']);
  });
});

describe('my network: history, rhythm and due dates', () => {
  it('shows a person\'s history newest first, the later-logged first on the same day', () => {
    const log = [contact('1', 'a', '2026-10-01'), contact('2', 'b', '2026-11-01'), contact('3', 'a', '2026-11-20'), contact('4', 'a', '2026-10-01')];
    expect(historyOf('a', log).map(({ id }) => id)).toEqual(['3', '4', '1']);
  });
  it('proposes the next contact from the last interaction, or from the day added', () => {
    const quarterly = person({ id: 'a', name: 'Anna', rhythm: 'quarterly', added: '2026-05-10' });
    expect(dueInfo(quarterly, '2026-09-30')).toEqual({ date: '2026-12-30', reason: 'rhythm' });
    expect(dueInfo(quarterly, undefined)).toEqual({ date: '2026-08-10', reason: 'rhythm' });
    expect(dueInfo(person({ id: 'b', name: 'B' }), '2026-09-30')).toBeUndefined();
  });
  it('takes the earlier of the next step and the rhythm', () => {
    const both = person({ id: 'a', name: 'Anna', rhythm: 'monthly', nextStepDue: '2026-12-05' });
    expect(dueInfo(both, '2026-11-20')).toEqual({ date: '2026-12-05', reason: 'nextStep' });
    expect(dueInfo(both, '2026-10-20')).toEqual({ date: '2026-11-20', reason: 'rhythm' });
  });
  it('adds an interaction without changing the data it was given, and refuses an unknown person', () => {
    const before = data([person({ id: 'a', name: 'Anna' })]);
    const after = addInteraction(before, contact('1', 'a', '2026-12-01', 'Sent the CV'));
    expect(after.interactions).toHaveLength(1);
    expect(before.interactions).toHaveLength(0);
    expect(() => addInteraction(before, contact('1', 'nobody', '2026-12-01'))).toThrow(/nobody/);
  });
});

describe('my network: order and finding', () => {
  const people = [
    person({ id: 'o', name: 'Östen Berg', organisation: 'Alfa' }),
    person({ id: 'a', name: 'Aino Mäki', organisation: '', nextStepDue: '2026-11-28', nextStep: 'Send the article' }),
    person({ id: 'z', name: 'Zoe Lind', organisation: 'Beta', rhythm: 'monthly', added: '2026-01-01', tags: ['IT', 'Turku'] }),
    person({ id: 'b', name: 'Björn Ek', organisation: 'Alfa', nextStepDue: '2026-12-20', notes: 'Likes jazz' }),
  ];
  const log = [contact('1', 'z', '2026-10-15', 'Talked about Kone Oyj'), contact('2', 'b', '2026-11-30')];
  const entries = listEntries(data(people, log));
  const names = (list: ReturnType<typeof listEntries>) => list.map(({ person: { name } }) => name);

  it('puts due people first, longest overdue on top, then the chosen order with Finnish collation', () => {
    // Zoe is due by rhythm on 2026-11-15, Aino by her step on 2026-11-28; Björn's step is later.
    expect(names(orderEntries(entries, 'name', '2026-12-01', fi))).toEqual(['Zoe Lind', 'Aino Mäki', 'Björn Ek', 'Östen Berg']);
    expect(names(orderEntries(entries, 'organisation', '2026-12-01', fi))).toEqual(['Zoe Lind', 'Aino Mäki', 'Björn Ek', 'Östen Berg']);
    expect(names(orderEntries(entries, 'lastContact', '2026-11-01', fi))).toEqual(['Björn Ek', 'Zoe Lind', 'Aino Mäki', 'Östen Berg']);
  });
  it('finds people by any field, tag or interaction note, every word, any case', () => {
    const found = (query: string, tag = '') => names(entries.filter(matcher(query, tag)));
    expect(found('kone')).toEqual(['Zoe Lind']);
    expect(found('JAZZ')).toEqual(['Björn Ek']);
    expect(found('alfa ek')).toEqual(['Björn Ek']);
    expect(found('', 'it')).toEqual(['Zoe Lind']);
    expect(found('article')).toEqual(['Aino Mäki']);
    expect(found('nobody')).toEqual([]);
  });
  it('lists each tag once', () => {
    expect(allTags([...people, person({ id: 'x', name: 'X', tags: ['it', 'Ääni'] })], fi)).toEqual(['IT', 'Turku', 'Ääni']);
  });
});

describe('my network: this week', () => {
  it('counts this week\'s interactions (Monday to Sunday) and the networking share of job-search hours', () => {
    const log = [contact('1', 'a', '2026-11-29'), contact('2', 'a', '2026-11-30'), contact('3', 'a', '2026-12-06'), contact('4', 'a', '2026-12-07')];
    const week = weekSummary({ ...data([], log), settings: { weeklyGoal: 3, jobSearchHours: 20, networkingHours: 5 } }, '2026-12-01');
    expect(week).toEqual({ from: '2026-11-30', to: '2026-12-06', interactions: 2, goal: 3, networkingShare: 25 });
    expect(weekSummary(data([], log), '2026-12-01').networkingShare).toBeNull();
  });
});

describe('my network: duplicates and merging', () => {
  const kept = [
    person({ id: 'k1', name: 'Aino Mäkinen', organisation: 'Kone Oyj', notes: 'Met at Slush', tags: ['IT'] }),
    person({ id: 'k2', name: 'Juha Öhman', profileUrl: 'https://www.linkedin.com/in/juha-ohman/' }),
    person({ id: 'k3', name: 'Sara Lind', organisation: 'Turku', profileUrl: 'https://www.linkedin.com/in/sara-1' }),
  ];
  it('compares profile addresses without scheme, www, query or trailing slash', () => {
    expect(profileKey('https://www.LinkedIn.com/in/juha-ohman/?trk=x')).toBe(profileKey('http://linkedin.com/in/juha-ohman'));
  });
  it('finds duplicates by profile address or by name and organisation, never two people who only share a name', () => {
    const incoming = [
      person({ id: 'n1', name: 'aino mäkinen', organisation: 'KONE OYJ', role: 'Developer', tags: ['LinkedIn'], notes: 'From LinkedIn' }),
      person({ id: 'n2', name: 'J. Öhman', profileUrl: 'http://linkedin.com/in/juha-ohman' }),
      person({ id: 'n3', name: 'Sara Lind', organisation: 'Turku', profileUrl: 'https://www.linkedin.com/in/sara-2' }),
      person({ id: 'n4', name: 'Uusi Ihminen' }),
      person({ id: 'n5', name: 'Uusi Ihminen' }),
    ];
    const plan = planImport(kept, incoming, [contact('c1', 'n1', '2026-11-01'), contact('c2', 'n4', '2026-11-02'), contact('c3', 'k3', '2026-11-03')]);
    expect(plan.fresh.map(({ id }) => id)).toEqual(['n3', 'n4']);
    expect(plan.duplicates.map(({ incoming: a, kept: b }) => `${a.id}→${b.id}`)).toEqual(['n1→k1', 'n2→k2', 'n5→n4']);

    const merged = applyImport(data(kept), plan, 'merge');
    const aino = merged.people.find(({ id }) => id === 'k1')!;
    expect(aino).toMatchObject({ name: 'Aino Mäkinen', organisation: 'Kone Oyj', role: 'Developer', tags: ['IT', 'LinkedIn'], notes: 'Met at Slush\n\nFrom LinkedIn' });
    expect(merged.people).toHaveLength(5);
    expect(merged.interactions.map(({ id, personId }) => `${id}:${personId}`)).toEqual(['c1:k1', 'c2:n4', 'c3:k3']);

    const skipped = applyImport(data(kept), plan, 'skip');
    expect(skipped.people.find(({ id }) => id === 'k1')).toEqual(kept[0]);
    expect(skipped.interactions.map(({ id }) => id)).toEqual(['c2', 'c3']);
  });
  it('merging keeps the reader\'s own text and never adds an interaction twice', () => {
    const mine = person({ id: 'k', name: 'Anna', role: 'Chef', nextStepDue: '2026-12-24', rhythm: 'yearly' });
    expect(mergePerson(mine, person({ id: 'n', name: 'ANNA', role: 'Cook', email: 'a@example.com', rhythm: 'monthly' }))).toEqual({ ...mine, email: 'a@example.com' });
    const again = applyImport(data([mine], [contact('c', 'k', '2026-11-01')]), planImport([mine], [mine], [contact('c', 'k', '2026-11-01')]), 'merge');
    expect(again.interactions).toHaveLength(1);
  });
});
