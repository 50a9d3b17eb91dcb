/**
 * Where records live in localStorage. One key per record, so that writing one record never
 * rewrites another: two tabs editing different people both keep their edits, and a change is
 * announced to other tabs (the `storage` event) with the key that says which record changed.
 *
 *   networking-guide:<type>:<id>          a record (the LinkedIn checklist: networking-guide:checklist:linkedin)
 *   networking-guide:<type>               the one record of a singleton type (networking-guide:language)
 *   networking-guide:kept-aside:<rest>    data that could not be read, moved aside unchanged
 *
 * The value is an envelope, `{"version":2,"savedAt":"2026-12-01T19:00:00.000Z","value":…}`.
 */

export const prefix = 'networking-guide:';
export const keptAsidePrefix = `${prefix}kept-aside:`;

/** Ids are letters, digits, `.`, `_` and `-`, so a key always splits back into its type and id. */
const idPattern = /^[A-Za-z0-9._-]{1,100}$/;

export function isValidId(id: string): boolean {
  return idPattern.test(id);
}

export function recordKey(typeName: string, id: string): string {
  return id === '' ? `${prefix}${typeName}` : `${prefix}${typeName}:${id}`;
}

/** The type name and id of a record key; undefined for kept-aside keys and keys that are not the site's. */
export function parseRecordKey(key: string): { typeName: string; id: string } | undefined {
  if (!key.startsWith(prefix) || key.startsWith(keptAsidePrefix)) return undefined;
  const rest = key.slice(prefix.length);
  const colon = rest.indexOf(':');
  if (colon === -1) return rest ? { typeName: rest, id: '' } : undefined;
  const id = rest.slice(colon + 1);
  return isValidId(id) ? { typeName: rest.slice(0, colon), id } : undefined;
}

/** Where data from `key` is kept aside; `attempt` above 1 when an earlier copy of different data is there. */
export function keptAsideKey(key: string, attempt = 1): string {
  const rest = key.startsWith(prefix) ? key.slice(prefix.length) : key;
  return `${keptAsidePrefix}${rest}${attempt > 1 ? `~${attempt}` : ''}`;
}

export interface Envelope {
  version: number;
  value: unknown;
  /** When the record was last written (ISO 8601); absent in data from before the layer (the checklist's version 1). */
  savedAt?: string;
}

export type ParsedEnvelope = { ok: true; envelope: Envelope } | { ok: false; reason: 'corrupt' | 'invalid' };

/** Reads a stored string: not JSON (or cut off half-way) is corrupt; JSON that is not an envelope is invalid. */
export function parseEnvelope(raw: string): ParsedEnvelope {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'invalid' };
  const { version, value, savedAt } = data as Record<string, unknown>;
  if (typeof version !== 'number' || !('value' in data)) return { ok: false, reason: 'invalid' };
  if (savedAt !== undefined && typeof savedAt !== 'string') return { ok: false, reason: 'invalid' };
  return { ok: true, envelope: savedAt === undefined ? { version, value } : { version, value, savedAt } };
}

export function serializeEnvelope(envelope: Envelope): string {
  return JSON.stringify(envelope);
}
