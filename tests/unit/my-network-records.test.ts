import { describe, expect, it } from 'vitest';
import { checkValue } from '../../src/scripts/personal-data';
import { allRecordTypes } from '../../src/scripts/personal-data/all-types';
import { interactionType, logInteraction, networkStore, personType, settingsType } from '../../src/scripts/my-network/records';
import { fakeBrowser } from './personal-data-fakes';
import { person } from './my-network-people';

const { id: _, ...anna } = person({ id: 'x', name: 'Anna', tags: ['IT'], nextStepDue: '2026-12-24', rhythm: 'monthly' });

describe('my network records', () => {
  it('accept the shapes the tool writes and refuse what would make a record unreadable', () => {
    expect(checkValue(personType, anna).ok).toBe(true);
    expect(checkValue(personType, { ...anna, name: '' }).ok).toBe(false);
    expect(checkValue(personType, { ...anna, nextStepDue: '24.12.2026' })).toMatchObject({ ok: false, issues: [{ path: ['nextStepDue'] }] });
    expect(checkValue(personType, { ...anna, rhythm: 'weekly' }).ok).toBe(false);
    expect(checkValue(personType, { ...anna, extra: 1 }).ok).toBe(false);
    expect(checkValue(interactionType, { personId: 'a', date: '2026-12-01', kind: 'call', note: '' }).ok).toBe(true);
    expect(checkValue(interactionType, { personId: 'a', date: '2026-12-01', kind: 'fax', note: '' }).ok).toBe(false);
    expect(checkValue(settingsType, { weeklyGoal: 5, jobSearchHours: null, networkingHours: 2.5 }).ok).toBe(true);
    expect(checkValue(settingsType, { weeklyGoal: -1, jobSearchHours: null, networkingHours: null }).ok).toBe(false);
  });

  it('are in the backup and the Your data page', () => {
    expect(allRecordTypes).toEqual(expect.arrayContaining([personType, interactionType, settingsType]));
  });

  it('keep both edits when two tabs change two people, and each tab hears of the other\'s', () => {
    const browser = fakeBrowser();
    const first = networkStore(browser.tab());
    first.putPeople([{ ...anna, id: 'p1' }, { ...anna, id: 'p2', name: 'Bo' }]);
    const second = networkStore(browser.tab());
    let heard = 0;
    first.onChange(() => (heard += 1));
    first.putPeople([{ ...anna, id: 'p1', role: 'Chef' }]);
    second.putPeople([{ ...anna, id: 'p2', name: 'Bo', role: 'Baker' }]);
    expect(heard).toBe(1);
    for (const store of [first, second, networkStore(browser.tab())]) {
      expect(store.read().people.map(({ id, role }) => `${id}:${role}`).sort()).toEqual(['p1:Chef', 'p2:Baker']);
    }
  });

  it('read interactions in the order they were saved and leave out those of a deleted person', () => {
    let clock = 0;
    const browser = fakeBrowser();
    const store = networkStore(browser.tab(() => new Date(Date.UTC(2026, 11, 1, 12, 0, clock++))));
    store.putPeople([{ ...anna, id: 'p1' }, { ...anna, id: 'p2' }]);
    store.putInteractions([{ id: 'z', personId: 'p1', date: '2026-12-01', kind: 'met', note: 'first' }, { id: 'a', personId: 'p1', date: '2026-12-01', kind: 'call', note: 'second' }]);
    store.putInteractions([{ id: 'm', personId: 'p2', date: '2026-11-01', kind: 'met', note: '' }]);
    expect(store.read().interactions.map(({ id }) => id)).toEqual(['z', 'a', 'm']);
    store.deletePeople(['p2'], ['m']);
    expect(store.read().interactions.map(({ id }) => id)).toEqual(['z', 'a']);
    expect([...browser.data.keys()].filter((key) => key.includes('network-interaction'))).toHaveLength(2);
  });

  it('let another tool log a contact with a person, and only with a person in the network', () => {
    const layer = fakeBrowser().tab();
    networkStore(layer).putPeople([{ ...anna, id: 'p1' }]);
    expect(logInteraction(layer, { personId: 'p1', date: '2026-12-01', kind: 'message', note: 'Sent a thank-you message' })).toBe('saved');
    expect(logInteraction(layer, { personId: 'nobody', date: '2026-12-01', kind: 'message', note: '' })).toBe('no-person');
    expect(logInteraction(layer, { personId: 'p1', date: 'today', kind: 'message', note: '' })).toBe('invalid');
    expect(networkStore(layer).read().interactions).toMatchObject([{ personId: 'p1', kind: 'message', note: 'Sent a thank-you message' }]);
  });
});
