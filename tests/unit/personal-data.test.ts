import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { allRecordTypes } from '../../src/scripts/personal-data/all-types';
import { applyRestore, backupFileName, createBackup, parseBackup, planRestore, serializeBackup, type BackupFile } from '../../src/scripts/personal-data/backup';
import { backupReminderDays } from '../../src/scripts/personal-data/backup-state';
import { keptAsideKey, parseRecordKey, recordKey } from '../../src/scripts/personal-data/keys';
import { checkValue, defineRecordType, upgrade, type RecordType } from '../../src/scripts/personal-data/record-type';
import type { RecordChange } from '../../src/scripts/personal-data/store';
import { checklistType } from '../../src/scripts/personal-data/types/checklist';
import { languageType } from '../../src/scripts/personal-data/types/language';
import { fakeBrowser } from './personal-data-fakes';

/**
 * A record type with a history, as a tool's will have: version 1 stored a name string, version 2
 * `{ name }`, version 3 `{ name, tags }`.
 */
const noteType = defineRecordType({
  tool: 'notes',
  name: 'note',
  version: 3,
  schema: z.object({ name: z.string().check(z.minLength(1)), tags: z.array(z.string()) }),
  migrations: {
    1: (value) => ({ name: value }),
    2: (value) => ({ ...(value as object), tags: [] }),
  },
});
const types = [noteType, ...allRecordTypes] as Array<RecordType<unknown>>;
const stored = (version: number, value: unknown, savedAt?: string) => JSON.stringify(savedAt ? { version, savedAt, value } : { version, value });
const noteKey = (id: string) => recordKey('note', id);
const at = (iso: string) => () => new Date(iso);

describe('record types', () => {
  it('refuse a definition a reader could not be served by', () => {
    const schema = z.string();
    expect(() => defineRecordType({ tool: 'notes', name: 'Note', version: 1, schema })).toThrow(/lowercase/);
    expect(() => defineRecordType({ tool: 'notes', name: 'kept-aside', version: 1, schema })).toThrow(/kept-aside/);
    expect(() => defineRecordType({ tool: 'notes', name: 'note', version: 0, schema })).toThrow(/whole number/);
    expect(() => defineRecordType({ tool: 'notes', name: 'note', version: 3, schema, migrations: { 1: (v) => v } })).toThrow(/no migration from version 2/);
  });

  it('bring a value of every earlier version up to the current one', () => {
    expect(upgrade(noteType, 1, 'Aino')).toEqual({ ok: true, value: { name: 'Aino', tags: [] }, fromVersion: 1 });
    expect(upgrade(noteType, 2, { name: 'Aino' })).toEqual({ ok: true, value: { name: 'Aino', tags: [] }, fromVersion: 2 });
    expect(upgrade(noteType, 3, { name: 'Aino', tags: ['IT'] })).toEqual({ ok: true, value: { name: 'Aino', tags: ['IT'] }, fromVersion: 3 });
  });

  it('never guess at a newer version, and call invalid what fails its schema or migration', () => {
    expect(upgrade(noteType, 4, { name: 'Aino' })).toMatchObject({ ok: false, reason: 'newer' });
    expect(upgrade(noteType, 3, { name: '', tags: [] })).toMatchObject({ ok: false, reason: 'invalid', issues: [{ path: ['name'] }] });
    expect(upgrade(noteType, 2, null)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(upgrade(noteType, 1.5, 'Aino')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(checkValue(noteType, { name: 'A', tags: [1] })).toMatchObject({ ok: false, issues: [{ path: ['tags', 0] }] });
  });

  it('checklist: version 1, the exact form stored before the layer, becomes { ticked }', () => {
    const before = JSON.parse('{"version":1,"value":["photo","headline"]}') as { version: number; value: unknown };
    expect(upgrade(checklistType, before.version, before.value)).toEqual({ ok: true, value: { ticked: ['photo', 'headline'] }, fromVersion: 1 });
    expect(upgrade(checklistType, 1, [])).toEqual({ ok: true, value: { ticked: [] }, fromVersion: 1 });
    expect(upgrade(checklistType, 1, ['photo', 3])).toMatchObject({ ok: false, reason: 'invalid' });
    expect(upgrade(checklistType, 1, { photo: true })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(upgrade(checklistType, 2, { ticked: ['photo'] })).toEqual({ ok: true, value: { ticked: ['photo'] }, fromVersion: 2 });
  });

  it('language: version 1 as stored before the layer is read as it is', () => {
    expect(upgrade(languageType, 1, 'fi')).toEqual({ ok: true, value: 'fi', fromVersion: 1 });
    expect(upgrade(languageType, 1, 'sv')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('keys split back into their type and id; the old checklist and language keys are record keys', () => {
    expect(recordKey('checklist', 'linkedin')).toBe('networking-guide:checklist:linkedin');
    expect(recordKey('language', '')).toBe('networking-guide:language');
    expect(parseRecordKey('networking-guide:note:abc-1')).toEqual({ typeName: 'note', id: 'abc-1' });
    expect(parseRecordKey('networking-guide:language')).toEqual({ typeName: 'language', id: '' });
    expect(parseRecordKey(keptAsideKey('networking-guide:note:x'))).toBeUndefined();
    expect(parseRecordKey('another-site:note:x')).toBeUndefined();
  });
});

describe('the layer: reading and writing', () => {
  it('writes each record under its own key as a versioned envelope, and another visit reads it back', () => {
    const browser = fakeBrowser();
    const notes = browser.tab().collection(noteType);
    expect(notes.put('a', { name: 'Aino', tags: [] })).toBe('saved');
    expect(notes.put('b', { name: 'Bo', tags: ['IT'] })).toBe('saved');
    expect(JSON.parse(String(browser.data.get(noteKey('a'))))).toEqual({ version: 3, savedAt: '2026-12-01T12:00:00.000Z', value: { name: 'Aino', tags: [] } });
    const again = browser.tab().collection(noteType);
    expect(again.get('b')).toEqual({ name: 'Bo', tags: ['IT'] });
    expect(again.list().map((record) => record.id).sort()).toEqual(['a', 'b']);
    expect(again.remove('a')).toBe('saved');
    expect(browser.data.has(noteKey('a'))).toBe(false);
  });

  it('reads records of every earlier version and leaves them as they are until they change', () => {
    const browser = fakeBrowser({ [noteKey('one')]: stored(1, 'Aino'), [noteKey('two')]: stored(2, { name: 'Bo' }) });
    const notes = browser.tab().collection(noteType);
    expect(notes.get('one')).toEqual({ name: 'Aino', tags: [] });
    expect(notes.get('two')).toEqual({ name: 'Bo', tags: [] });
    expect(browser.data.get(noteKey('one'))).toBe(stored(1, 'Aino'));
  });

  it('refuses to store a value its schema rejects, or an id that cannot be a key', () => {
    const notes = fakeBrowser().tab().collection(noteType);
    expect(() => notes.put('a', { name: '', tags: [] })).toThrow(/invalid value/);
    expect(() => notes.put('a:b', { name: 'A', tags: [] })).toThrow(/not a valid id/);
    expect(notes.newId()).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
  });

  it('leaves keys of other sites and of types the page does not use alone', () => {
    const browser = fakeBrowser({ 'other-site': 'x', [recordKey('person', 'p1')]: stored(1, { any: 'thing' }) });
    browser.tab().collection(noteType).put('a', { name: 'A', tags: [] });
    expect(browser.data.get('other-site')).toBe('x');
    expect(browser.data.get(recordKey('person', 'p1'))).toBe(stored(1, { any: 'thing' }));
  });
});

describe('the layer: two tabs', () => {
  it('a change in one tab reaches the other tab, and its subscribers hear where it came from', () => {
    const browser = fakeBrowser();
    const [first, second] = [browser.tab().collection(noteType), browser.tab().collection(noteType)];
    const heard: Array<RecordChange<unknown>> = [];
    second.subscribe((change) => heard.push(change));
    const own: Array<RecordChange<unknown>> = [];
    first.subscribe((change) => own.push(change));
    first.put('a', { name: 'Aino', tags: [] });
    expect(second.get('a')).toEqual({ name: 'Aino', tags: [] });
    expect(heard).toEqual([{ id: 'a', value: { name: 'Aino', tags: [] }, source: 'other-tab' }]);
    expect(own).toEqual([{ id: 'a', value: { name: 'Aino', tags: [] }, source: 'this-tab' }]);
    first.remove('a');
    expect(second.get('a')).toBeUndefined();
    expect(heard.at(-1)).toEqual({ id: 'a', value: undefined, source: 'other-tab' });
  });

  it('two tabs editing different records both keep their edits', () => {
    const browser = fakeBrowser({ [noteKey('a')]: stored(3, { name: 'A', tags: [] }), [noteKey('b')]: stored(3, { name: 'B', tags: [] }) });
    const [first, second] = [browser.tab().collection(noteType), browser.tab().collection(noteType)];
    first.put('a', { name: 'A edited in tab 1', tags: [] });
    second.put('b', { name: 'B edited in tab 2', tags: [] });
    const later = browser.tab().collection(noteType);
    expect(later.get('a')?.name).toBe('A edited in tab 1');
    expect(later.get('b')?.name).toBe('B edited in tab 2');
    expect(first.get('b')?.name).toBe('B edited in tab 2');
  });

  it('another tab clearing storage empties this tab too', () => {
    const browser = fakeBrowser();
    const first = browser.tab();
    const notes = first.collection(noteType);
    notes.put('a', { name: 'A', tags: [] });
    browser.tab().deleteAll();
    expect(notes.get('a')).toBeUndefined();
  });
});

describe('the layer: data it cannot read is never overwritten', () => {
  it('corrupt or half-written JSON is moved aside unchanged, the reader told, and the id works again', () => {
    const raw = '{"version":3,"value":{"name":"Ai';
    const browser = fakeBrowser({ [noteKey('a')]: raw });
    const layer = browser.tab(at('2026-12-01T10:00:00.000Z'));
    const notes = layer.collection(noteType);
    expect(notes.get('a')).toBeUndefined();
    expect(browser.data.has(noteKey('a'))).toBe(false);
    expect(JSON.parse(String(browser.data.get(keptAsideKey(noteKey('a')))))).toEqual({ keptAside: 1, from: noteKey('a'), reason: 'corrupt', keptAt: '2026-12-01T10:00:00.000Z', raw });
    expect(layer.status().keptAside).toEqual([{ key: keptAsideKey(noteKey('a')), from: noteKey('a'), typeName: 'note', reason: 'corrupt', keptAt: '2026-12-01T10:00:00.000Z', raw }]);
    expect(notes.put('a', { name: 'New', tags: [] })).toBe('saved');
    expect(JSON.parse(String(browser.data.get(keptAsideKey(noteKey('a'))))).raw).toBe(raw);
  });

  it('a second unreadable record of the same key is kept beside the first, and the same one is not kept twice', () => {
    const browser = fakeBrowser({ [keptAsideKey(noteKey('a'))]: JSON.stringify({ keptAside: 1, from: noteKey('a'), reason: 'corrupt', keptAt: 'x', raw: 'first' }), [noteKey('a')]: 'second' });
    const layer = browser.tab();
    layer.collection(noteType);
    expect(layer.keptAside().map((item) => item.raw).sort()).toEqual(['first', 'second']);
    expect(browser.data.has(keptAsideKey(noteKey('a'), 2))).toBe(true);
  });

  it('a valid envelope whose value fails the schema is invalid and moved aside', () => {
    const browser = fakeBrowser({ [noteKey('a')]: stored(3, { name: 42 }), [noteKey('b')]: '[1,2]', [noteKey('c')]: stored(3, { name: 'C', tags: [] }) });
    const layer = browser.tab();
    const notes = layer.collection(noteType);
    expect(notes.list().map((record) => record.id)).toEqual(['c']);
    expect(layer.keptAside().map((item) => [item.from, item.reason]).sort()).toEqual([[noteKey('a'), 'invalid'], [noteKey('b'), 'invalid']]);
  });

  it('data from a newer version stays where it is and is never written over', () => {
    const raw = stored(4, { name: 'From the future', tags: [], colour: 'red' });
    const browser = fakeBrowser({ [noteKey('a')]: raw });
    const layer = browser.tab();
    const notes = layer.collection(noteType);
    expect(notes.get('a')).toBeUndefined();
    expect(notes.put('a', { name: 'Over it', tags: [] })).toBe('locked');
    expect(notes.remove('a')).toBe('locked');
    expect(browser.data.get(noteKey('a'))).toBe(raw);
    expect(layer.status()).toMatchObject({ storage: 'ok', unsaved: 1, keptAside: [{ key: noteKey('a'), from: noteKey('a'), typeName: 'note', reason: 'newer', raw }] });
  });

  it('unreadable data that cannot be copied (storage full) stays in place, locked', () => {
    const browser = fakeBrowser({ [noteKey('a')]: 'not json' }, { quota: 30 });
    const layer = browser.tab();
    const notes = layer.collection(noteType);
    expect(browser.data.get(noteKey('a'))).toBe('not json');
    expect(notes.put('a', { name: 'A', tags: [] })).toBe('locked');
    expect(layer.keptAside()).toMatchObject([{ key: noteKey('a'), reason: 'corrupt', raw: 'not json' }]);
  });

  it('a kept-aside copy that is itself damaged is still offered as it is', () => {
    const browser = fakeBrowser({ [keptAsideKey(noteKey('a'))]: 'damaged' });
    const layer = browser.tab();
    layer.collection(noteType);
    expect(layer.keptAside()).toMatchObject([{ key: keptAsideKey(noteKey('a')), raw: 'damaged', typeName: 'note' }]);
  });
});

describe('the layer: storage blocked, full or failing', () => {
  it('blocked: the page works from memory, says nothing is saved, and a backup still holds the changes', () => {
    const browser = fakeBrowser({}, { blocked: true });
    const layer = browser.tab();
    const notes = layer.collection(noteType);
    expect(layer.status().storage).toBe('unavailable');
    expect(notes.put('a', { name: 'Aino', tags: [] })).toBe('not-saved');
    expect(notes.get('a')).toEqual({ name: 'Aino', tags: [] });
    expect(layer.status()).toMatchObject({ storage: 'unavailable', unsaved: 1 });
    expect(createBackup(layer, new Date()).sections['notes']?.['note']).toMatchObject([{ id: 'a', value: { name: 'Aino', tags: [] } }]);
  });

  it('full: says so, keeps the change in memory, and saves it with the next change once there is room', () => {
    const browser = fakeBrowser({}, { quota: 120 });
    const layer = browser.tab();
    const notes = layer.collection(noteType);
    expect(notes.put('a', { name: 'A', tags: [] })).toBe('saved');
    expect(notes.put('b', { name: 'B'.repeat(100), tags: [] })).toBe('not-saved');
    expect(layer.status()).toMatchObject({ storage: 'full', unsaved: 1 });
    expect(browser.data.has(noteKey('b'))).toBe(false);
    browser.failures.quota = 10_000;
    expect(notes.put('c', { name: 'C', tags: [] })).toBe('saved');
    expect(layer.status()).toMatchObject({ storage: 'ok', unsaved: 0 });
    expect(browser.data.has(noteKey('b'))).toBe(true);
  });

  it('a write that throws anything else is "failing", never an uncaught error', () => {
    const browser = fakeBrowser({}, { failWrites: true });
    const layer = browser.tab();
    expect(layer.collection(noteType).put('a', { name: 'A', tags: [] })).toBe('not-saved');
    expect(layer.status().storage).toBe('failing');
  });

  it('tells status subscribers about each change', () => {
    const layer = fakeBrowser({}, { quota: 10 }).tab();
    const seen: string[] = [];
    layer.subscribeStatus((status) => seen.push(status.storage));
    layer.collection(noteType).put('a', { name: 'A', tags: [] });
    expect(seen).toContain('full');
  });
});

describe('the backup reminder', () => {
  it(`is due ${backupReminderDays} days after the first change that is in no backup, and stops when a backup is downloaded`, () => {
    const browser = fakeBrowser();
    browser.tab(at('2026-11-20T09:00:00.000Z')).collection(noteType).put('a', { name: 'A', tags: [] });
    browser.tab(at('2026-11-25T09:00:00.000Z')).collection(noteType).put('b', { name: 'B', tags: [] });
    const sixDays = browser.tab(at('2026-11-26T08:00:00.000Z'));
    sixDays.collection(noteType);
    expect(sixDays.status().backupDue).toEqual([]);
    const eightDays = browser.tab(at('2026-11-28T09:00:00.000Z'));
    eightDays.collection(noteType);
    expect(eightDays.status().backupDue).toEqual(['notes']);
    eightDays.markBackedUp(['notes']);
    expect(eightDays.status().backupDue).toEqual([]);
    expect(eightDays.lastBackupAt('notes')).toBe('2026-11-28T09:00:00.000Z');
  });

  it('is not raised by checklist ticks or the language choice', () => {
    const browser = fakeBrowser();
    const early = browser.tab(at('2026-11-01T09:00:00.000Z'));
    early.collection(checklistType).put('linkedin', { ticked: ['photo'] });
    early.collection(languageType).put('', 'fi');
    const later = browser.tab(at('2026-12-01T09:00:00.000Z'));
    later.collection(checklistType);
    expect(later.status().backupDue).toEqual([]);
    expect([...browser.data.keys()].sort()).toEqual([recordKey('checklist', 'linkedin'), recordKey('language', '')]);
  });
});

describe('backup and restore', () => {
  const now = new Date('2026-12-01T12:00:00.000Z');
  /** A browser with two notes, the checklist, a language, and one unreadable record. */
  function filled() {
    const browser = fakeBrowser({ [noteKey('bad')]: 'not json' });
    const layer = browser.tab();
    for (const type of types) layer.collection(type);
    layer.collection(noteType).put('a', { name: 'Äänekoski, "quoted"\nline', tags: ['IT'] });
    layer.collection(noteType).put('b', { name: 'B', tags: [] });
    layer.collection(checklistType).put('linkedin', { ticked: ['photo'] });
    layer.collection(languageType).put('', 'fi');
    return { browser, layer };
  }

  it('one file: a format version and one section per tool, with what was kept aside and without the bookkeeping', () => {
    const { layer } = filled();
    const file = createBackup(layer, now);
    expect(file).toMatchObject({ format: 'networking-guide-backup', formatVersion: 1, createdAt: now.toISOString() });
    // One section per tool of the opened types, empty ones included (a tool with no records yet).
    expect(Object.keys(file.sections).sort()).toEqual([...new Set(types.map((type) => type.tool))].sort());
    expect(file.sections['checklist']).toEqual({ checklist: [{ id: 'linkedin', version: 2, savedAt: '2026-12-01T12:00:00.000Z', value: { ticked: ['photo'] } }] });
    expect(file.sections['site']?.['language']).toMatchObject([{ id: '', value: 'fi' }]);
    expect(file.sections['site']?.['backup-state']).toBeUndefined();
    expect(file.keptAside).toMatchObject([{ from: noteKey('bad'), reason: 'corrupt', raw: 'not json' }]);
    expect(backupFileName(now)).toBe('networking-guide-backup-2026-12-01.json');
  });

  it('undo after deleting everything puts back every key exactly, the last backup date and a record of a newer version included', () => {
    const { browser, layer } = filled();
    layer.markBackedUp(['notes']);
    browser.data.set(noteKey('future'), JSON.stringify({ version: 99, savedAt: now.toISOString(), value: { from: 'a newer site' } }));
    const other = browser.tab();
    const notes = other.collection(noteType);
    const before = new Map(browser.data);
    const { complete, undo } = other.deleteAll();
    expect(complete).toBe(true);
    expect(browser.data.size).toBe(0);
    expect(notes.get('a')).toBeUndefined();
    expect(undo()).toBe(true);
    expect(new Map(browser.data)).toEqual(before);
    expect(notes.get('a')).toEqual({ name: 'Äänekoski, "quoted"\nline', tags: ['IT'] });
    expect(other.lastBackupAt('notes')).toBe(layer.lastBackupAt('notes'));
    expect(other.lastBackupAt('notes')).toBeDefined();
  });

  it('backup, delete everything, restore: the same records and the kept-aside data come back', () => {
    const { browser, layer } = filled();
    const before = new Map(browser.data);
    const text = serializeBackup(createBackup(layer, now));
    layer.markBackedUp(['notes']);
    expect(layer.deleteAll().complete).toBe(true);
    expect(browser.data.size).toBe(0);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error('the backup should parse');
    const planned = planRestore(parsed.file, layer, types);
    if (!planned.ok) throw new Error('the backup should plan');
    expect(planned.plan.tools).toEqual({
      notes: { added: 2, replaced: 0, unchanged: 0, keptAside: 1 },
      checklist: { added: 1, replaced: 0, unchanged: 0, keptAside: 0 },
      site: { added: 1, replaced: 0, unchanged: 0, keptAside: 0 },
    });
    expect(browser.data.size).toBe(0);
    expect(applyRestore(layer, planned.plan)).toEqual({ saved: 5, notSaved: 0, locked: 0 });
    for (const [key, value] of before) {
      if (!key.includes('backup-state')) expect(browser.data.get(key), key).toBe(value);
    }
  });

  it('the preview counts what would be added, replaced and left unchanged, and changes nothing', () => {
    const { browser, layer } = filled();
    const file = createBackup(layer, now);
    layer.collection(noteType).put('b', { name: 'B changed', tags: [] });
    layer.collection(noteType).remove('a');
    const snapshot = new Map(browser.data);
    const planned = planRestore(file, layer, types);
    expect(planned.ok && planned.plan.tools['notes']).toEqual({ added: 1, replaced: 1, unchanged: 0, keptAside: 0 });
    expect(planned.ok && planned.plan.tools['checklist']).toEqual({ added: 0, replaced: 0, unchanged: 1, keptAside: 0 });
    expect(browser.data).toEqual(snapshot);
  });

  it('records from older versions in a file are upgraded; types and versions this release does not know are kept aside', () => {
    const layer = fakeBrowser().tab();
    const file: BackupFile = {
      format: 'networking-guide-backup', formatVersion: 1, createdAt: now.toISOString(), keptAside: [],
      sections: { notes: { note: [{ id: 'old', version: 1, value: 'Old' }, { id: 'future', version: 9, value: { x: 1 } }] }, later: { gadget: [{ id: 'g', version: 1, value: 1 }] } },
    };
    const planned = planRestore(file, layer, types);
    if (!planned.ok) throw new Error('should plan');
    expect(planned.plan.tools).toEqual({ notes: { added: 1, replaced: 0, unchanged: 0, keptAside: 1 }, later: { added: 0, replaced: 0, unchanged: 0, keptAside: 1 } });
    applyRestore(layer, planned.plan);
    expect(layer.collection(noteType).get('old')).toEqual({ name: 'Old', tags: [] });
    expect(layer.keptAside().map((item) => [item.from, item.reason])).toEqual([[noteKey('future'), 'newer'], [recordKey('gadget', 'g'), 'newer']]);
  });

  it('refuses a file that is not a backup, saying what is wrong and where', () => {
    expect(parseBackup('')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(parseBackup('{\n  "format": "networking-guide-backup",\n  oops\n}')).toMatchObject({ ok: false, problem: { code: 'not-json', line: 3 } });
    expect(parseBackup('name,organisation\nAino,Firma')).toMatchObject({ ok: false, problem: { code: 'not-json' } });
    expect(parseBackup('{"people": []}')).toEqual({ ok: false, problem: { code: 'not-backup' } });
    expect(parseBackup(JSON.stringify({ format: 'networking-guide-backup', formatVersion: 2, createdAt: 'x', sections: {} }))).toEqual({ ok: false, problem: { code: 'newer-format', formatVersion: 2 } });
    const file = (sections: unknown) => JSON.stringify({ format: 'networking-guide-backup', formatVersion: 1, createdAt: now.toISOString(), sections });
    expect(parseBackup(file({ notes: { note: [{ id: 'a', version: 1, value: 'A' }, { id: 'a', version: 1, value: 'B' }] } }))).toEqual({ ok: false, problem: { code: 'invalid-record', tool: 'notes', typeName: 'note', index: 1, field: 'id' } });
    expect(parseBackup(file({ notes: { note: [{ id: 'a', value: 'A' }] } }))).toMatchObject({ ok: false, problem: { field: 'version', index: 0, id: 'a' } });
  });

  it('refuses the whole file when one record fails its schema, naming the record and the field', () => {
    const layer = fakeBrowser().tab();
    const parsed = parseBackup(JSON.stringify({ format: 'networking-guide-backup', formatVersion: 1, createdAt: now.toISOString(), keptAside: [],
      sections: { notes: { note: [{ id: 'ok', version: 3, value: { name: 'Fine', tags: [] } }, { id: 'bad', version: 3, value: { name: 'Bad', tags: [7] } }] } } }));
    if (!parsed.ok) throw new Error('outline is fine');
    expect(planRestore(parsed.file, layer, types)).toEqual({ ok: false, problem: { code: 'invalid-record', tool: 'notes', typeName: 'note', index: 1, id: 'bad', field: 'value.tags.0' } });
    expect(layer.collection(noteType).list()).toEqual([]);
  });

  it('a type filed under another tool is refused', () => {
    const layer = fakeBrowser().tab();
    const file: BackupFile = { format: 'networking-guide-backup', formatVersion: 1, createdAt: now.toISOString(), keptAside: [], sections: { network: { note: [] } } };
    expect(planRestore(file, layer, types)).toMatchObject({ ok: false, problem: { field: 'section', tool: 'network' } });
  });
});

describe('the layer: a page back from the browser’s cache', () => {
  it('catches up with what other tabs changed while it was away', () => {
    const browser = fakeBrowser();
    const away = browser.tab();
    const notes = away.collection(noteType);
    const heard: Array<RecordChange<unknown>> = [];
    notes.subscribe((change) => heard.push(change));
    // Another tab writes while this page is in the cache: no storage event reaches it.
    browser.data.set(noteKey('new'), stored(3, { name: 'New', tags: [] }));
    away.events.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(notes.get('new')).toEqual({ name: 'New', tags: [] });
    expect(heard).toEqual([{ id: 'new', value: { name: 'New', tags: [] }, source: 'other-tab' }]);
  });
});
