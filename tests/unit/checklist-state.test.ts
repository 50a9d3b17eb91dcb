import { describe, expect, it } from 'vitest';
import { progressText, reconcileTicks } from '../../src/scripts/checklist-state';
import { checklistType } from '../../src/scripts/personal-data/types/checklist';
import { fakeBrowser } from './personal-data-fakes';

const known = ['photo', 'headline', 'about'];

describe('checklist ticks on the personal-data layer', () => {
  it('a reader’s ticks stored before the layer, in exactly that form, are read under the same key', () => {
    const browser = fakeBrowser({ 'networking-guide:checklist:linkedin': '{"version":1,"value":["photo","about"]}' });
    const ticks = browser.tab().collection(checklistType);
    expect(ticks.get('linkedin')).toEqual({ ticked: ['photo', 'about'] });
    // Read, not rewritten: the stored form changes only when the reader ticks something.
    expect(browser.data.get('networking-guide:checklist:linkedin')).toBe('{"version":1,"value":["photo","about"]}');
    ticks.put('linkedin', { ticked: ['photo', 'about', 'headline'] });
    expect(JSON.parse(String(browser.data.get('networking-guide:checklist:linkedin')))).toEqual({ version: 2, savedAt: '2026-12-01T12:00:00.000Z', value: { ticked: ['photo', 'about', 'headline'] } });
  });

  it('an old value that is not a list of ids is kept aside, not overwritten', () => {
    const browser = fakeBrowser({ 'networking-guide:checklist:linkedin': '{"version":1,"value":{"photo":true}}' });
    const layer = browser.tab();
    expect(layer.collection(checklistType).get('linkedin')).toBeUndefined();
    expect(layer.keptAside()).toMatchObject([{ from: 'networking-guide:checklist:linkedin', reason: 'invalid', raw: '{"version":1,"value":{"photo":true}}' }]);
  });
});

describe('reconciling stored ticks with the list', () => {
  it('shows the stored ticks of items on the list, without asking for a rewrite', () => {
    expect(reconcileTicks(['photo', 'about'], known)).toEqual({ ticked: new Set(['photo', 'about']), rewrite: false });
  });

  it('keeps the ids still on the list, drops the rest, says the list changed and asks for a rewrite', () => {
    expect(reconcileTicks(['photo', 'removed-item', 'about'], known)).toEqual({ ticked: new Set(['photo', 'about']), notice: 'changed', rewrite: true });
  });

  it('moves a tick to the new id of a renamed item, quietly, and asks for a rewrite', () => {
    expect(reconcileTicks(['profile-photo', 'about'], known, new Map([['profile-photo', 'photo']]))).toEqual({ ticked: new Set(['photo', 'about']), rewrite: true });
  });

  it('ignores repeated ids without calling the list changed', () => {
    expect(reconcileTicks(['photo', 'photo'], known)).toEqual({ ticked: new Set(['photo']), rewrite: false });
  });

  it('fills in the progress text in either language', () => {
    expect(progressText('{done} of {total} done', 5, 14)).toBe('5 of 14 done');
    expect(progressText('{done}/{total} tehty', 0, 16)).toBe('0/16 tehty');
  });
});
