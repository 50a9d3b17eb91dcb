import { afterEach, describe, expect, it, vi } from 'vitest';
import { checklistKey, createChecklistStore, progressText, reconcileTicks } from '../../src/scripts/checklist-state';
import { createStore } from '../../src/scripts/storage';

/** A localStorage stand-in whose methods can be made to throw, as blocked or full storage does. */
function fakeStorage(initial: Record<string, string> = {}, failing: { get?: boolean; set?: boolean } = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => {
      if (failing.get) throw new DOMException('The operation is insecure.', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (failing.set) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(key, value);
    },
  };
}

const useStorage = (storage: unknown) => vi.stubGlobal('localStorage', storage);
afterEach(() => vi.unstubAllGlobals());

/** A store whose version 2 holds { items: string[] }; version 1 held a comma-separated string. */
const key = 'test:store';
const store = createStore<{ items: string[] }>({
  key,
  version: 2,
  empty: () => ({ items: [] }),
  parse: (value) =>
    typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items) ? (value as { items: string[] }) : undefined,
  migrate: (value, fromVersion) => (fromVersion === 1 && typeof value === 'string' ? { items: value.split(',') } : undefined),
});
const stored = (version: number, value: unknown) => ({ [key]: JSON.stringify({ version, value }) });

describe('storage: reading', () => {
  it('returns what was written, with no problem', () => {
    useStorage(fakeStorage());
    expect(store.write({ items: ['a', 'b'] })).toBe(true);
    expect(store.read()).toEqual({ value: { items: ['a', 'b'] } });
  });

  it('starts empty without a problem when nothing is stored', () => {
    useStorage(fakeStorage());
    expect(store.read()).toEqual({ value: { items: [] } });
  });

  it('reports unavailable when the browser has no localStorage', () => {
    useStorage(undefined);
    expect(store.read()).toEqual({ value: { items: [] }, problem: 'unavailable' });
  });

  it('reports unavailable when even touching localStorage throws', () => {
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    expect(store.read()).toEqual({ value: { items: [] }, problem: 'unavailable' });
    expect(store.write({ items: ['a'] })).toBe(false);
  });

  it('reports unavailable when getItem throws', () => {
    useStorage(fakeStorage(stored(2, { items: ['a'] }), { get: true }));
    expect(store.read()).toEqual({ value: { items: [] }, problem: 'unavailable' });
  });

  it('reports corrupt for text that is not JSON', () => {
    useStorage(fakeStorage({ [key]: '{"version": 2, "value": ' }));
    expect(store.read()).toEqual({ value: { items: [] }, problem: 'corrupt' });
  });

  it('reports corrupt for JSON that is not a versioned envelope', () => {
    for (const raw of ['null', '42', '"text"', '["a"]', '{"value": {"items": []}}', '{"version": "2", "value": {"items": []}}']) {
      useStorage(fakeStorage({ [key]: raw }));
      expect(store.read(), raw).toEqual({ value: { items: [] }, problem: 'corrupt' });
    }
  });

  it('reports corrupt for a current-version value of the wrong shape', () => {
    useStorage(fakeStorage(stored(2, ['a', 'b'])));
    expect(store.read()).toEqual({ value: { items: [] }, problem: 'corrupt' });
  });

  it('migrates an older version and says so', () => {
    useStorage(fakeStorage(stored(1, 'a,b')));
    expect(store.read()).toEqual({ value: { items: ['a', 'b'] }, problem: 'migrated' });
  });

  it('reports corrupt for an older version it cannot migrate', () => {
    useStorage(fakeStorage(stored(1, { unexpected: true })));
    expect(store.read()).toEqual({ value: { items: [] }, problem: 'corrupt' });
  });

  it('does not guess at a newer version written by a later release', () => {
    useStorage(fakeStorage(stored(3, { items: ['a'] })));
    expect(store.read()).toEqual({ value: { items: [] }, problem: 'corrupt' });
  });
});

describe('storage: writing', () => {
  it('stores a versioned envelope under its key', () => {
    const storage = fakeStorage();
    useStorage(storage);
    store.write({ items: ['a'] });
    expect(JSON.parse(String(storage.data.get(key)))).toEqual({ version: 2, value: { items: ['a'] } });
  });

  it('returns false instead of throwing when setItem throws', () => {
    useStorage(fakeStorage({}, { set: true }));
    expect(store.write({ items: ['a'] })).toBe(false);
  });

  it('leaves other keys alone', () => {
    const storage = fakeStorage({ other: 'kept' });
    useStorage(storage);
    store.write({ items: ['a'] });
    expect(Object.fromEntries(storage.data)).toEqual({ other: 'kept', ...stored(2, { items: ['a'] }) });
  });
});

describe('checklist ticks', () => {
  const known = ['photo', 'headline', 'about'];
  const checklist = createChecklistStore('linkedin');

  it('shares one key between languages, named after the checklist', () => {
    expect(checklistKey('linkedin')).toBe('networking-guide:checklist:linkedin');
  });

  it('round-trips ticked ids through storage', () => {
    useStorage(fakeStorage());
    expect(checklist.write(['photo', 'about'])).toBe(true);
    expect(reconcileTicks(checklist.read(), known)).toEqual({ ticked: new Set(['photo', 'about']), rewrite: false });
  });

  it('keeps the ids still on the list, drops the rest and asks for a rewrite', () => {
    useStorage(fakeStorage({ [checklistKey('linkedin')]: JSON.stringify({ version: 1, value: ['photo', 'removed-item', 'about'] }) }));
    expect(reconcileTicks(checklist.read(), known)).toEqual({ ticked: new Set(['photo', 'about']), notice: 'changed', rewrite: true });
  });

  it('treats a value that is not a list of ids as corrupt and starts empty', () => {
    for (const value of [{ photo: true }, ['photo', 3], 'photo']) {
      useStorage(fakeStorage({ [checklistKey('linkedin')]: JSON.stringify({ version: 1, value }) }));
      expect(reconcileTicks(checklist.read(), known), JSON.stringify(value)).toEqual({ ticked: new Set(), notice: 'corrupt', rewrite: false });
    }
  });

  it('tells the reader when storage is unavailable', () => {
    useStorage(fakeStorage({}, { get: true }));
    expect(reconcileTicks(checklist.read(), known)).toEqual({ ticked: new Set(), notice: 'unavailable', rewrite: false });
  });

  it('reports a migrated value as a changed list, keeping known ids and rewriting', () => {
    expect(reconcileTicks({ value: ['headline', 'gone'], problem: 'migrated' }, known)).toEqual({ ticked: new Set(['headline']), notice: 'changed', rewrite: true });
    expect(reconcileTicks({ value: ['headline'], problem: 'migrated' }, known)).toEqual({ ticked: new Set(['headline']), notice: 'changed', rewrite: true });
  });

  it('ignores repeated ids without calling the list changed', () => {
    expect(reconcileTicks({ value: ['photo', 'photo'] }, known)).toEqual({ ticked: new Set(['photo']), rewrite: false });
  });

  it('fills in the progress text in either language', () => {
    expect(progressText('{done} of {total} done', 5, 14)).toBe('5 of 14 done');
    expect(progressText('{done}/{total} tehty', 0, 16)).toBe('0/16 tehty');
  });
});
