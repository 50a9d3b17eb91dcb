import { backupStateType, isBackupDue } from './backup-state';
import { isValidId, keptAsideKey, keptAsidePrefix, parseEnvelope, parseRecordKey, prefix, recordKey, serializeEnvelope } from './keys';
import { checkValue, upgrade, type RecordType, type UnreadableReason } from './record-type';

/**
 * The personal-data layer: every record a tool keeps for the reader, in localStorage, one key per
 * record (see keys.ts for the layout and the README, "Personal data", for why localStorage).
 *
 * The layer holds what it read in memory and writes each change through at once. So a page works
 * for the whole visit even when the browser refuses to store anything (the records stay in memory,
 * a backup can still be downloaded) and the status says plainly what is and is not saved. Data it
 * cannot read is never overwritten: it is moved aside under its own key, unchanged, or, when it
 * was written by a newer version of the site (another tab may be running that version), left where
 * it is and never written over.
 */

/** What the browser's storage is doing: `unavailable` when blocked, `full` at its quota, `failing` for anything else. */
export type StorageState = 'ok' | 'unavailable' | 'full' | 'failing';

/** What `put` and `remove` did: stored, kept in memory only (storage refused), or refused (unreadable data is there). */
export type WriteResult = 'saved' | 'not-saved' | 'locked';

/** Data the layer could not read, kept exactly as it was found. */
export interface KeptAside {
  /** Where it is now: its kept-aside key, or the key it was found under when it was left in place. */
  key: string;
  /** The key it was found under. */
  from: string;
  /** The record type named in that key (may be one this page does not know). */
  typeName: string;
  reason: UnreadableReason;
  /** When it was set aside (ISO 8601); absent when left in place. */
  keptAt?: string;
  /** Exactly what was stored, for the reader to download. */
  raw: string;
}

export interface StoredRecord<T> {
  id: string;
  value: T;
  /** When it was last written (ISO 8601); absent for data from before the layer. */
  savedAt?: string;
}

export interface RecordChange<T> {
  id: string;
  /** The new value, or undefined when the record was removed. */
  value: T | undefined;
  /** Where the change came from: this page, or another tab or window of the site. */
  source: 'this-tab' | 'other-tab';
}

export interface DataStatus {
  storage: StorageState;
  /**
   * Changes of this visit that are not stored: kept in memory because the browser refused them, or
   * refused because data of a newer version is in their place.
   */
  unsaved: number;
  /** Unreadable data of the types this page uses (every type on the Your data page). */
  keptAside: readonly KeptAside[];
  /** Tools with a change older than `backupReminderDays` that is in no downloaded backup. */
  backupDue: readonly string[];
}

/** One record type's records, as a tool uses them. */
export interface Collection<T> {
  readonly type: RecordType<T>;
  /** Every readable record, in no particular order. */
  list(): Array<StoredRecord<T>>;
  /** A record's value, or undefined. Singleton types use the id ''. */
  get(id: string): T | undefined;
  /**
   * Stores a record. The value must pass the type's schema (check form input with `checkValue`
   * first); an invalid value throws, because storing it would make the record unreadable.
   */
  put(id: string, value: T): WriteResult;
  remove(id: string): WriteResult;
  /** Called after every change of one of the records, from this tab or another; returns the unsubscribe function. */
  subscribe(listener: (change: RecordChange<T>) => void): () => void;
  /** A new id, unique enough for one reader's records (time + randomness), valid in keys. */
  newId(): string;
}

/** The part of `Storage` the layer uses, so tests can pass a stand-in. */
export type StorageArea = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface LayerOptions {
  /** Returns localStorage, or undefined/throws when blocked. Default: `globalThis.localStorage`. */
  area?: () => StorageArea | undefined;
  now?: () => Date;
  /** Where `storage` events from other tabs arrive. Default: `globalThis` when it has addEventListener. */
  events?: Pick<EventTarget, 'addEventListener'>;
}

interface Entry {
  value: unknown;
  version: number;
  savedAt?: string;
}

interface KeptAsideFile {
  keptAside: 1;
  from: string;
  reason: UnreadableReason;
  keptAt: string;
  raw: string;
}

function classify(error: unknown): StorageState {
  const { name, code } = (error ?? {}) as { name?: string; code?: number };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'full';
  if (name === 'SecurityError') return 'unavailable';
  return 'failing';
}

function defaultArea(): StorageArea | undefined {
  return globalThis.localStorage ?? undefined;
}

function parseKeptAsideFile(raw: string): KeptAsideFile | undefined {
  try {
    const data = JSON.parse(raw) as Partial<KeptAsideFile>;
    return data.keptAside === 1 && typeof data.raw === 'string' && typeof data.from === 'string' ? (data as KeptAsideFile) : undefined;
  } catch {
    return undefined;
  }
}

export class PersonalData {
  readonly #areaSource: () => StorageArea | undefined;
  readonly #now: () => Date;
  readonly #events: Pick<EventTarget, 'addEventListener'> | undefined;
  #listening = false;
  #area: StorageArea | undefined | null = null;
  #state: StorageState = 'ok';
  readonly #types = new Map<string, RecordType<unknown>>();
  readonly #records = new Map<string, Map<string, Entry>>();
  readonly #listeners = new Map<string, Set<(change: RecordChange<unknown>) => void>>();
  readonly #statusListeners = new Set<(status: DataStatus) => void>();
  /** Keys whose latest change is only in memory: the envelope to write, or null for a removal. */
  readonly #pending = new Map<string, string | null>();
  /** Keys holding data this page cannot read and must never write over. */
  readonly #locked = new Map<string, KeptAside>();
  /** Locked keys the reader tried to change: those changes are not saved, and the status must say so. */
  readonly #refused = new Set<string>();
  #keptAside: KeptAside[] = [];

  constructor(options: LayerOptions = {}) {
    this.#areaSource = options.area ?? defaultArea;
    this.#now = options.now ?? (() => new Date());
    const target = options.events ?? (typeof (globalThis as { addEventListener?: unknown }).addEventListener === 'function' ? globalThis : undefined);
    this.#events = target;
  }

  /** localStorage, resolved once; undefined when the browser blocks it. */
  #storage(): StorageArea | undefined {
    if (this.#area === null) {
      try {
        this.#area = this.#areaSource();
        // Some browsers hand out a storage object that throws on first use.
        this.#area?.getItem(`${prefix}probe`);
      } catch {
        this.#area = undefined;
      }
      if (!this.#area) this.#state = 'unavailable';
    }
    return this.#area;
  }

  #keys(): string[] {
    const area = this.#storage();
    if (!area) return [];
    try {
      const keys: string[] = [];
      for (let index = 0; index < area.length; index += 1) {
        const key = area.key(index);
        if (key?.startsWith(prefix)) keys.push(key);
      }
      return keys;
    } catch {
      this.#state = 'unavailable';
      return [];
    }
  }

  #read(key: string): string | null {
    try {
      return this.#storage()?.getItem(key) ?? null;
    } catch {
      this.#state = 'unavailable';
      return null;
    }
  }

  /** Writes (or removes, for null) one key; false when the browser refused, with the state set to why. */
  #write(key: string, raw: string | null): boolean {
    const area = this.#storage();
    if (!area) return false;
    try {
      if (raw === null) area.removeItem(key);
      else area.setItem(key, raw);
      return true;
    } catch (error) {
      this.#state = classify(error);
      return false;
    }
  }

  /**
   * The records of one type, read from storage the first time a page asks. Unreadable records
   * are kept aside now, before the tool could write over them.
   */
  collection<T>(type: RecordType<T>): Collection<T> {
    const known = this.#types.get(type.name);
    if (known && known !== type) throw new Error(`Two record types are named "${type.name}".`);
    if (!known) {
      this.#types.set(type.name, type as RecordType<unknown>);
      this.#records.set(type.name, new Map());
      this.#listen();
      for (const key of this.#keys()) {
        const parsed = parseRecordKey(key);
        if (parsed?.typeName === type.name) this.#load(type as RecordType<unknown>, parsed.id, key, this.#read(key), false);
      }
      this.#scanKeptAside();
      if (type.inBackup) this.#emitStatus();
    }
    return this.#collection(type);
  }

  #collection<T>(type: RecordType<T>): Collection<T> {
    const records = () => this.#records.get(type.name) as Map<string, Entry>;
    return {
      type,
      list: () => [...records()].map(([id, entry]) => (entry.savedAt ? { id, value: entry.value as T, savedAt: entry.savedAt } : { id, value: entry.value as T })),
      get: (id) => records().get(id)?.value as T | undefined,
      put: (id, value) => this.#put(type as RecordType<unknown>, id, value, 'this-tab'),
      remove: (id) => this.#remove(type as RecordType<unknown>, id),
      subscribe: (listener) => {
        const set = this.#listeners.get(type.name) ?? new Set();
        this.#listeners.set(type.name, set);
        set.add(listener as (change: RecordChange<unknown>) => void);
        return () => set.delete(listener as (change: RecordChange<unknown>) => void);
      },
      newId: () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
    };
  }

  /** Takes one stored string into memory, or sets it aside; `announce` tells subscribers (a change from another tab). */
  #load(type: RecordType<unknown>, id: string, key: string, raw: string | null, announce: boolean): void {
    const records = this.#records.get(type.name) as Map<string, Entry>;
    this.#pending.delete(key);
    this.#locked.delete(key);
    const had = records.has(id);
    records.delete(id);
    if (raw !== null) {
      const parsed = parseEnvelope(raw);
      const upgraded = parsed.ok ? upgrade(type, parsed.envelope.version, parsed.envelope.value) : undefined;
      if (parsed.ok && upgraded?.ok) {
        records.set(id, parsed.envelope.savedAt ? { value: upgraded.value, version: type.version, savedAt: parsed.envelope.savedAt } : { value: upgraded.value, version: type.version });
      } else {
        this.#setAside(key, type.name, raw, parsed.ok ? (upgraded?.ok === false ? upgraded.reason : 'invalid') : parsed.reason);
      }
    }
    if (announce && (had || records.has(id))) this.#emit(type.name, { id, value: records.get(id)?.value, source: 'other-tab' });
  }

  /**
   * Moves unreadable data to a kept-aside key: copied, read back, and only then removed from its
   * own key. Data from a newer version stays where it is (that version will read it), and so does
   * anything that could not be copied (no room): either way the key is locked for this page.
   */
  #setAside(key: string, typeName: string, raw: string, reason: UnreadableReason): void {
    const inPlace: KeptAside = { key, from: key, typeName, reason, raw };
    if (reason !== 'newer') {
      const file: KeptAsideFile = { keptAside: 1, from: key, reason, keptAt: this.#now().toISOString(), raw };
      for (let attempt = 1; attempt < 100; attempt += 1) {
        const aside = keptAsideKey(key, attempt);
        const there = this.#read(aside);
        const existing = there === null ? undefined : parseKeptAsideFile(there);
        if (existing?.raw === raw) {
          // Already kept aside (by this tab earlier, or by another tab): only the original is left to remove.
          if (this.#write(key, null)) return;
          break;
        }
        if (there !== null) continue;
        const text = JSON.stringify(file);
        if (this.#write(aside, text) && this.#read(aside) === text && this.#write(key, null)) return;
        break;
      }
    }
    this.#locked.set(key, inPlace);
  }

  #scanKeptAside(): void {
    const found: KeptAside[] = [];
    for (const key of this.#keys()) {
      if (!key.startsWith(keptAsidePrefix)) continue;
      const raw = this.#read(key);
      if (raw === null) continue;
      const file = parseKeptAsideFile(raw);
      // A kept-aside copy that is itself damaged is still offered, as it is.
      const from = file?.from ?? key;
      const typeName = parseRecordKey(from)?.typeName ?? key.slice(keptAsidePrefix.length).split(':')[0] ?? '';
      found.push(file ? { key, from, typeName, reason: file.reason, keptAt: file.keptAt, raw: file.raw } : { key, from, typeName, reason: 'corrupt', raw });
    }
    this.#keptAside = found;
  }

  #put(type: RecordType<unknown>, id: string, value: unknown, source: RecordChange<unknown>['source']): WriteResult {
    if (!this.#types.has(type.name)) this.collection(type);
    if (type.singleton ? id !== '' : !isValidId(id)) throw new Error(`Record type "${type.name}": "${id}" is not a valid id.`);
    const checked = checkValue(type, value);
    if (!checked.ok) throw new TypeError(`Record type "${type.name}", id "${id}": invalid value (${checked.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}).`);
    const key = recordKey(type.name, id);
    if (this.#locked.has(key)) return this.#refuse(key);
    const savedAt = this.#now().toISOString();
    (this.#records.get(type.name) as Map<string, Entry>).set(id, { value: checked.value, version: type.version, savedAt });
    const result = this.#commit(key, serializeEnvelope({ version: type.version, savedAt, value: checked.value }));
    this.#noteChange(type);
    this.#emit(type.name, { id, value: checked.value, source });
    this.#emitStatus();
    return result;
  }

  #remove(type: RecordType<unknown>, id: string): WriteResult {
    if (!this.#types.has(type.name)) this.collection(type);
    const key = recordKey(type.name, id);
    if (this.#locked.has(key)) return this.#refuse(key);
    const records = this.#records.get(type.name) as Map<string, Entry>;
    const had = records.delete(id);
    const result = this.#commit(key, null);
    if (had) {
      this.#noteChange(type);
      this.#emit(type.name, { id, value: undefined, source: 'this-tab' });
    }
    this.#emitStatus();
    return result;
  }

  #refuse(key: string): 'locked' {
    this.#refused.add(key);
    this.#emitStatus();
    return 'locked';
  }

  /** Writes one change, first retrying any earlier change the browser refused, so they land in order. */
  #commit(key: string, raw: string | null): WriteResult {
    this.#pending.delete(key);
    this.#pending.set(key, raw);
    for (const [pendingKey, pendingRaw] of this.#pending) {
      if (!this.#write(pendingKey, pendingRaw)) return 'not-saved';
      this.#pending.delete(pendingKey);
    }
    if (this.#area) this.#state = 'ok';
    return 'saved';
  }

  /** Starts the backup-reminder clock for the type's tool at its first change since the last backup. */
  #noteChange(type: RecordType<unknown>): void {
    if (!type.remindBackup || !type.inBackup) return;
    const states = this.collection(backupStateType);
    const state = states.get(type.tool);
    if (!state?.changedSince) states.put(type.tool, { ...state, changedSince: this.#now().toISOString() });
  }

  #listen(): void {
    if (this.#listening || !this.#events) return;
    this.#listening = true;
    this.#events.addEventListener('storage', (event) => {
      const { key, newValue, storageArea } = event as StorageEvent;
      if (storageArea && storageArea !== this.#area) return;
      this.#fromOtherTab(key, newValue);
    });
    // A page brought back by Back or Forward missed the storage events of its time in the cache.
    this.#events.addEventListener('pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) this.#fromOtherTab(null, null);
    });
  }

  /** Reads every record of the known types again, telling subscribers what changed. */
  #reloadAll(source: RecordChange<unknown>['source']): void {
    const keys = this.#keys();
    for (const [typeName, records] of this.#records) {
      const type = this.#types.get(typeName) as RecordType<unknown>;
      const ids = new Set(records.keys());
      for (const stored of keys) {
        const parsed = parseRecordKey(stored);
        if (parsed?.typeName === typeName) ids.add(parsed.id);
      }
      for (const id of ids) {
        const before = records.get(id);
        this.#load(type, id, recordKey(typeName, id), this.#read(recordKey(typeName, id)), false);
        const after = records.get(id);
        if (JSON.stringify(after?.value) !== JSON.stringify(before?.value)) this.#emit(typeName, { id, value: after?.value, source });
      }
    }
  }

  /** A change another tab made; key null: anything may have changed (cleared, or back from the cache). */
  #fromOtherTab(key: string | null, raw: string | null): void {
    if (key === null) {
      this.#reloadAll('other-tab');
    } else if (key.startsWith(prefix)) {
      const parsed = parseRecordKey(key);
      const type = parsed && this.#types.get(parsed.typeName);
      if (parsed && type) this.#load(type, parsed.id, key, raw, true);
    }
    this.#scanKeptAside();
    this.#emitStatus();
  }

  #emit(typeName: string, change: RecordChange<unknown>): void {
    for (const listener of this.#listeners.get(typeName) ?? []) listener(change);
  }

  #emitStatus(): void {
    const status = this.status();
    for (const listener of this.#statusListeners) listener(status);
  }

  /** The record types this page has opened, in the order it opened them. */
  types(): Array<RecordType<unknown>> {
    return [...this.#types.values()];
  }

  /** What the reader should be told; see the `<data-status>` element. */
  status(): DataStatus {
    this.#storage();
    const now = this.#now();
    const states = this.collection(backupStateType);
    const tools = new Set(this.types().filter((type) => type.remindBackup && type.inBackup).map((type) => type.tool));
    return {
      storage: this.#state,
      unsaved: [...this.#pending.keys()].filter((key) => parseRecordKey(key)?.typeName !== backupStateType.name).length + [...this.#refused].filter((key) => this.#locked.has(key)).length,
      keptAside: this.keptAside().filter((item) => this.#types.has(item.typeName)),
      backupDue: [...tools].filter((tool) => isBackupDue(states.get(tool), now)),
    };
  }

  subscribeStatus(listener: (status: DataStatus) => void): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  /** Every piece of unreadable data, of any type: moved aside, and left in place (newer, or no room to move). */
  keptAside(): KeptAside[] {
    return [...this.#keptAside, ...this.#locked.values()];
  }

  /** Records that a backup holding these tools' records was downloaded: their reminder clocks stop. */
  markBackedUp(tools: Iterable<string>): void {
    const states = this.collection(backupStateType);
    const at = this.#now().toISOString();
    for (const tool of tools) states.put(tool, { lastBackupAt: at });
  }

  /** When a backup of the tool was last downloaded, if ever. */
  lastBackupAt(tool: string): string | undefined {
    return this.collection(backupStateType).get(tool)?.lastBackupAt;
  }

  /**
   * Writes a record as it came from a backup (already checked and upgraded by the caller), keeping
   * its `savedAt`. For restore and undo; tools use `put`.
   */
  restoreRecord(type: RecordType<unknown>, id: string, value: unknown, savedAt: string | undefined): WriteResult {
    const checked = checkValue(type, value);
    if (!checked.ok) throw new TypeError(`Record type "${type.name}", id "${id}": invalid value.`);
    this.collection(type);
    const key = recordKey(type.name, id);
    if (this.#locked.has(key)) return 'locked';
    (this.#records.get(type.name) as Map<string, Entry>).set(id, savedAt ? { value: checked.value, version: type.version, savedAt } : { value: checked.value, version: type.version });
    const result = this.#commit(key, serializeEnvelope(savedAt ? { version: type.version, savedAt, value: checked.value } : { version: type.version, value: checked.value }));
    this.#emit(type.name, { id, value: checked.value, source: 'this-tab' });
    this.#emitStatus();
    return result;
  }

  /** Puts data back under a kept-aside key (restoring a backup that carried it). */
  restoreKeptAside(item: Pick<KeptAside, 'from' | 'reason' | 'raw'> & { keptAt?: string }): WriteResult {
    if (this.keptAside().some((known) => known.raw === item.raw && known.from === item.from)) return 'saved';
    const file: KeptAsideFile = { keptAside: 1, from: item.from, reason: item.reason, keptAt: item.keptAt ?? this.#now().toISOString(), raw: item.raw };
    for (let attempt = 1; attempt < 100; attempt += 1) {
      const aside = keptAsideKey(item.from, attempt);
      if (this.#read(aside) !== null) continue;
      const result = this.#commit(aside, JSON.stringify(file));
      this.#scanKeptAside();
      if (result === 'not-saved') this.#keptAside.push({ key: aside, from: item.from, typeName: parseRecordKey(item.from)?.typeName ?? '', reason: item.reason, keptAt: file.keptAt, raw: item.raw });
      this.#emitStatus();
      return result;
    }
    return 'not-saved';
  }

  /**
   * Deletes everything the site keeps in this browser: every record of every type (also types
   * this page does not know), everything kept aside, the layer's bookkeeping. Returns how many
   * keys were removed, whether the browser removed them all, and `undo`, which writes back every
   * key exactly as it was stored: not through a backup, which leaves out the bookkeeping (when
   * the last backup was made) and could not hold records of a newer version. `undo` returns
   * whether the browser took everything back.
   */
  deleteAll(): { removed: number; complete: boolean; undo: () => boolean } {
    const stored = this.#keys().map((key) => [key, this.#read(key)] as const);
    let removed = 0;
    let complete = true;
    for (const key of this.#keys()) {
      if (this.#write(key, null)) removed += 1;
      else complete = false;
    }
    this.#pending.clear();
    this.#locked.clear();
    this.#refused.clear();
    this.#keptAside = [];
    for (const [typeName, records] of this.#records) {
      const ids = [...records.keys()];
      records.clear();
      for (const id of ids) this.#emit(typeName, { id, value: undefined, source: 'this-tab' });
    }
    this.#emitStatus();
    return { removed, complete, undo: () => this.#putBack(stored) };
  }

  #putBack(stored: ReadonlyArray<readonly [string, string | null]>): boolean {
    let complete = true;
    for (const [key, raw] of stored) {
      if (raw !== null && !this.#write(key, raw)) complete = false;
    }
    this.#reloadAll('this-tab');
    this.#scanKeptAside();
    this.#emitStatus();
    return complete;
  }
}
