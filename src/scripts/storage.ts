/**
 * The one way the site keeps anything in the browser. Readers' saved progress must survive
 * site updates and browser quirks, so every read tolerates storage that is missing, blocked,
 * throwing, corrupt or written by an older version, and says which of those happened so the
 * page can tell the reader.
 */

/** Why a read did not return exactly what was stored. */
export type StorageProblem = 'unavailable' | 'corrupt' | 'migrated';

export interface StoreOptions<T> {
  /** The localStorage key; one per feature. */
  key: string;
  /** Bumped when the shape changes; older envelopes go through `migrate`. */
  version: number;
  /** What a reader with nothing stored starts with. */
  empty: () => T;
  /** Accepts a stored value of the current version, or returns undefined when it is not valid. */
  parse: (value: unknown) => T | undefined;
  /** Turns a value stored by an older version into the current shape, keeping what it can. */
  migrate?: (value: unknown, fromVersion: number) => T | undefined;
}

export interface ReadResult<T> {
  value: T;
  problem?: StorageProblem;
}

interface Envelope {
  version: number;
  value: unknown;
}

function isEnvelope(data: unknown): data is Envelope {
  return typeof data === 'object' && data !== null && typeof (data as Envelope).version === 'number' && 'value' in data;
}

/** localStorage, or undefined when the browser blocks it (privacy modes, sandboxed frames). */
function storageArea(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function createStore<T>(options: StoreOptions<T>) {
  const { key, version, empty, parse, migrate } = options;

  function read(): ReadResult<T> {
    const area = storageArea();
    let raw: string | null;
    try {
      if (!area) return { value: empty(), problem: 'unavailable' };
      raw = area.getItem(key);
    } catch {
      return { value: empty(), problem: 'unavailable' };
    }
    if (raw === null) return { value: empty() };

    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return { value: empty(), problem: 'corrupt' };
    }
    if (!isEnvelope(data)) return { value: empty(), problem: 'corrupt' };
    if (data.version === version) {
      const value = parse(data.value);
      return value === undefined ? { value: empty(), problem: 'corrupt' } : { value };
    }
    const migrated = data.version < version ? migrate?.(data.value, data.version) : undefined;
    return migrated === undefined ? { value: empty(), problem: 'corrupt' } : { value: migrated, problem: 'migrated' };
  }

  /** Returns false when the browser refused to store, so the page can say progress is not saved. */
  function write(value: T): boolean {
    try {
      const area = storageArea();
      if (!area) return false;
      area.setItem(key, JSON.stringify({ version, value } satisfies Envelope));
      return true;
    } catch {
      return false;
    }
  }

  return { read, write };
}
