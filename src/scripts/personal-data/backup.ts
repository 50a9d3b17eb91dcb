import { isValidId, parseRecordKey, recordKey } from './keys';
import { upgrade, type RecordType, type UnreadableReason } from './record-type';
import type { KeptAside, PersonalData, WriteResult } from './store';

/**
 * The one backup format: a JSON file a reader can keep, read and bring back. It is made from
 * every record type the page has opened (the Your data page opens all of them), so a tool that
 * defines its record type is in every backup without further work.
 *
 * {
 *   "format": "networking-guide-backup", "formatVersion": 1, "createdAt": "2026-12-01T19:00:00.000Z",
 *   "sections": { "checklist": { "checklist": [{ "id": "linkedin", "version": 2, "savedAt": "…", "value": { "ticked": ["photo"] } }] },
 *                 "network": { "person": […], "interaction": […] } },
 *   "keptAside": [{ "from": "networking-guide:person:x", "reason": "corrupt", "keptAt": "…", "raw": "{\"version\":1,…" }]
 * }
 *
 * Records keep the version they were written at, so a file made today can be restored by any later
 * release (its migrations bring the records up). Restoring is planned first (what would be added,
 * replaced, left as it is) and only applied when the reader confirms; a file with anything wrong
 * in it is refused whole, naming what and where.
 */

export const backupFormat = 'networking-guide-backup';
export const backupFormatVersion = 1;

export interface BackupRecord {
  id: string;
  version: number;
  savedAt?: string;
  value: unknown;
}

export type BackupKeptAside = Pick<KeptAside, 'from' | 'reason' | 'raw'> & { keptAt?: string };

export interface BackupFile {
  format: typeof backupFormat;
  formatVersion: number;
  createdAt: string;
  /** One section per tool; in each, the records of each of its record types. */
  sections: Record<string, Record<string, BackupRecord[]>>;
  /** Data the site could not read, exactly as it was found. */
  keptAside: BackupKeptAside[];
}

/** Everything the layer holds for the types the page has opened, including changes the browser would not store. */
export function createBackup(layer: PersonalData, now: Date): BackupFile {
  const sections: BackupFile['sections'] = {};
  for (const type of layer.types()) {
    if (!type.inBackup) continue;
    const records = layer.collection(type).list();
    const section = (sections[type.tool] ??= {});
    section[type.name] = records.map(({ id, value, savedAt }) => (savedAt ? { id, version: type.version, savedAt, value } : { id, version: type.version, value }));
  }
  const keptAside = layer.keptAside().map(({ from, reason, keptAt, raw }) => (keptAt ? { from, reason, keptAt, raw } : { from, reason, raw }));
  return { format: backupFormat, formatVersion: backupFormatVersion, createdAt: now.toISOString(), sections, keptAside };
}

export function serializeBackup(file: BackupFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `networking-guide-backup-2026-12-01.json`: sorts by date in a downloads folder. */
export function backupFileName(now: Date): string {
  return `networking-guide-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** The tools whose records are in the file (for the backup reminder). */
export function toolsIn(file: BackupFile): string[] {
  return Object.keys(file.sections);
}

/** What is wrong with a file the reader chose, precise enough to say what and where. */
export type BackupProblem =
  | { code: 'empty' }
  | { code: 'not-json'; line?: number; column?: number }
  | { code: 'not-backup' }
  | { code: 'newer-format'; formatVersion: number }
  | { code: 'invalid-record'; tool: string; typeName: string; index: number; id?: string; field: string };

export type ParsedBackup = { ok: true; file: BackupFile } | { ok: false; problem: BackupProblem };

/** Where JSON.parse stopped: Chromium and Firefox give a line and column, older engines a position. */
function jsonErrorPlace(error: unknown, text: string): { line?: number; column?: number } {
  const message = String((error as Error)?.message ?? '');
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return {};
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const reasons: readonly UnreadableReason[] = ['corrupt', 'invalid', 'newer'];

/** Reads a backup file's text and checks its outline (records are checked against their types by `planRestore`). */
export function parseBackup(text: string): ParsedBackup {
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { code: 'not-json', ...jsonErrorPlace(error, text) } };
  }
  if (!isObject(data) || data['format'] !== backupFormat || typeof data['formatVersion'] !== 'number') return { ok: false, problem: { code: 'not-backup' } };
  if (data['formatVersion'] > backupFormatVersion) return { ok: false, problem: { code: 'newer-format', formatVersion: data['formatVersion'] } };
  const { sections, keptAside = [], createdAt } = data;
  if (!isObject(sections) || !Array.isArray(keptAside) || typeof createdAt !== 'string') return { ok: false, problem: { code: 'not-backup' } };
  for (const [tool, types] of Object.entries(sections)) {
    if (!isObject(types)) return { ok: false, problem: { code: 'invalid-record', tool, typeName: '', index: 0, field: 'section' } };
    for (const [typeName, records] of Object.entries(types)) {
      if (!Array.isArray(records)) return { ok: false, problem: { code: 'invalid-record', tool, typeName, index: 0, field: 'section' } };
      const seen = new Set<string>();
      for (const [index, record] of records.entries()) {
        const where = { code: 'invalid-record' as const, tool, typeName, index };
        if (!isObject(record)) return { ok: false, problem: { ...where, field: 'record' } };
        const { id, version, savedAt } = record;
        if (typeof id !== 'string' || (id !== '' && !isValidId(id)) || seen.has(id)) return { ok: false, problem: { ...where, field: 'id' } };
        seen.add(id);
        if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: { ...where, id, field: 'version' } };
        if (savedAt !== undefined && (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt)))) return { ok: false, problem: { ...where, id, field: 'savedAt' } };
        if (!('value' in record)) return { ok: false, problem: { ...where, id, field: 'value' } };
      }
    }
  }
  for (const [index, item] of keptAside.entries()) {
    if (!isObject(item) || typeof item['from'] !== 'string' || typeof item['raw'] !== 'string' || !reasons.includes(item['reason'] as UnreadableReason)) {
      return { ok: false, problem: { code: 'invalid-record', tool: 'keptAside', typeName: '', index, field: 'record' } };
    }
  }
  return { ok: true, file: data as unknown as BackupFile };
}

export type RestoreAction = 'added' | 'replaced' | 'unchanged';

export interface PlannedRecord {
  type: RecordType<unknown>;
  id: string;
  value: unknown;
  savedAt?: string;
  action: RestoreAction;
}

/** Per tool, what restoring would do; `keptAside` counts records this version cannot read (kept aside, not lost). */
export interface RestoreCounts {
  added: number;
  replaced: number;
  unchanged: number;
  keptAside: number;
}

export interface RestorePlan {
  tools: Record<string, RestoreCounts>;
  records: PlannedRecord[];
  keptAside: BackupKeptAside[];
}

export type PlannedRestore = { ok: true; plan: RestorePlan } | { ok: false; problem: BackupProblem };

/**
 * Works out what restoring the file would change, changing nothing. Each record is upgraded
 * from its version and checked against its type; one invalid record refuses the whole file (a
 * file that is wrong in one place may be wrong in others). Records of a type or version this
 * release does not know (a file from a newer release) are kept aside rather than dropped.
 */
export function planRestore(file: BackupFile, layer: PersonalData, types: Iterable<RecordType<unknown>>): PlannedRestore {
  const byName = new Map([...types].filter((type) => type.inBackup).map((type) => [type.name, type]));
  const tools: Record<string, RestoreCounts> = {};
  const counts = (tool: string) => (tools[tool] ??= { added: 0, replaced: 0, unchanged: 0, keptAside: 0 });
  const records: PlannedRecord[] = [];
  const keptAside: BackupKeptAside[] = [];
  for (const [tool, sectionTypes] of Object.entries(file.sections)) {
    for (const [typeName, typeRecords] of Object.entries(sectionTypes)) {
      const type = byName.get(typeName);
      if (type && type.tool !== tool) return { ok: false, problem: { code: 'invalid-record', tool, typeName, index: 0, field: 'section' } };
      const collection = type && layer.collection(type);
      for (const [index, record] of typeRecords.entries()) {
        const from = recordKey(typeName, record.id);
        const upgraded = type ? upgrade(type, record.version, record.value) : undefined;
        if (!type || !collection || upgraded?.ok === false && upgraded.reason === 'newer') {
          keptAside.push({ from, reason: 'newer', raw: JSON.stringify({ version: record.version, savedAt: record.savedAt, value: record.value }) });
          counts(tool).keptAside += 1;
          continue;
        }
        if (!upgraded?.ok) {
          const field = ['value', ...(upgraded?.issues[0]?.path ?? [])].join('.');
          return { ok: false, problem: { code: 'invalid-record', tool, typeName, index, id: record.id, field } };
        }
        if (type.singleton !== (record.id === '')) return { ok: false, problem: { code: 'invalid-record', tool, typeName, index, id: record.id, field: 'id' } };
        const existing = collection.get(record.id);
        const action: RestoreAction = existing === undefined ? 'added' : JSON.stringify(existing) === JSON.stringify(upgraded.value) ? 'unchanged' : 'replaced';
        counts(tool)[action] += 1;
        records.push(record.savedAt ? { type, id: record.id, value: upgraded.value, savedAt: record.savedAt, action } : { type, id: record.id, value: upgraded.value, action });
      }
    }
  }
  const known = layer.keptAside();
  for (const item of file.keptAside) {
    if (known.some((have) => have.from === item.from && have.raw === item.raw)) continue;
    keptAside.push(item);
    counts(byName.get(parseRecordKey(item.from)?.typeName ?? '')?.tool ?? 'other').keptAside += 1;
  }
  return { ok: true, plan: { tools, records, keptAside } };
}

export interface RestoreResult {
  /** Records and kept-aside data written. */
  saved: number;
  /** Kept for this visit only: the browser would not store them. */
  notSaved: number;
  /** Not written: unreadable data from a newer release is in their place. */
  locked: number;
}

/** Writes what the plan adds and replaces (unchanged records are not rewritten) and keeps aside what it could not read. */
export function applyRestore(layer: PersonalData, plan: RestorePlan): RestoreResult {
  const result: RestoreResult = { saved: 0, notSaved: 0, locked: 0 };
  const tally = (written: WriteResult) => {
    if (written === 'saved') result.saved += 1;
    else if (written === 'not-saved') result.notSaved += 1;
    else result.locked += 1;
  };
  for (const record of plan.records) {
    if (record.action !== 'unchanged') tally(layer.restoreRecord(record.type, record.id, record.value, record.savedAt));
  }
  for (const item of plan.keptAside) tally(layer.restoreKeptAside(item));
  return result;
}
