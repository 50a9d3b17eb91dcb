import { PersonalData, type StorageArea } from '../../src/scripts/personal-data/store';

/** How a fake storage misbehaves: blocked reads, a quota, or writes that throw something else. */
export interface Failures {
  blocked?: boolean;
  /** Total characters (keys + values) the storage holds before it throws QuotaExceededError. */
  quota?: number;
  failWrites?: boolean;
}

/**
 * One browser's localStorage shared by several tabs, each a PersonalData with its own event
 * target. As in a browser, a change made in one tab is announced to every other tab (not to the
 * tab that made it) with a `storage` event carrying the key and the new value.
 */
export function fakeBrowser(initial: Record<string, string> = {}, failures: Failures = {}) {
  const data = new Map(Object.entries(initial));
  const tabs: Array<{ target: EventTarget }> = [];
  let writer: EventTarget | undefined;
  const size = () => [...data].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  const announce = (key: string | null, newValue: string | null) => {
    for (const tab of tabs) {
      if (tab.target === writer) continue;
      const event = new Event('storage') as Event & { key: string | null; newValue: string | null; storageArea: null };
      Object.assign(event, { key, newValue, storageArea: null });
      tab.target.dispatchEvent(event);
    }
  };
  const area: StorageArea = {
    get length() {
      if (failures.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => {
      if (failures.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (failures.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
      if (failures.failWrites) throw new Error('Storage is failing');
      if (failures.quota !== undefined && size() - (data.has(key) ? key.length + (data.get(key)?.length ?? 0) : 0) + key.length + value.length > failures.quota) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      data.set(key, value);
      announce(key, value);
    },
    removeItem: (key) => {
      if (failures.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
      if (failures.failWrites) throw new Error('Storage is failing');
      if (data.delete(key)) announce(key, null);
    },
  };
  /** Wraps the area so each tab's writes are known to come from it (and not announced back to it). */
  const tab = (now: () => Date = () => new Date('2026-12-01T12:00:00.000Z')) => {
    const target = new EventTarget();
    tabs.push({ target });
    const own: StorageArea = {
      get length() {
        return area.length;
      },
      key: (index) => area.key(index),
      getItem: (key) => area.getItem(key),
      setItem: (key, value) => {
        writer = target;
        try {
          area.setItem(key, value);
        } finally {
          writer = undefined;
        }
      },
      removeItem: (key) => {
        writer = target;
        try {
          area.removeItem(key);
        } finally {
          writer = undefined;
        }
      },
    };
    // `events` lets a test send what the browser would, such as `pageshow`.
    return Object.assign(new PersonalData({ area: () => own, events: target, now }), { events: target });
  };
  return { data, failures, tab };
}
