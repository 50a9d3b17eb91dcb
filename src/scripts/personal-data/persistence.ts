/**
 * Whether the browser has promised to keep the site's storage (`navigator.storage.persist()`):
 * without the promise, a browser may delete it when the device runs short of space. Chromium
 * decides silently (often yes for a bookmarked or installed site), Firefox asks the reader, Safari
 * mostly says no; the Your data page shows the answer and the backup is the real safeguard.
 */
export type Persistence = 'persisted' | 'not-persisted' | 'denied' | 'unsupported';

interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

function manager(): StorageManagerLike | undefined {
  return (globalThis.navigator as { storage?: StorageManagerLike } | undefined)?.storage;
}

/** What the browser has promised so far, without asking. */
export async function persistence(): Promise<Persistence> {
  const storage = manager();
  if (!storage?.persisted || !storage.persist) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}

/** Asks the browser to keep the site's storage; call it from the reader's click (Firefox shows a prompt). */
export async function requestPersistence(): Promise<Persistence> {
  const storage = manager();
  if (!storage?.persist) return 'unsupported';
  try {
    return (await storage.persist()) ? 'persisted' : 'denied';
  } catch {
    return 'denied';
  }
}
