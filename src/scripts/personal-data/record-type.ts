import type { StandardIssue, StandardSchemaV1 } from './standard-schema';

/**
 * A record type: one kind of thing a tool keeps for the reader (a person, an interaction, the
 * ticks of a checklist). Each has a schema, a version and the migrations that bring a value of
 * every earlier version up to the current one. Everything here is pure, so the rules that decide
 * whether a reader's stored data can be used are tested without a browser.
 */

/** Turns a value of version n into a value of version n + 1. Must be pure: same input, same output. */
export type Migration = (value: unknown) => unknown;

export interface RecordTypeOptions<T> {
  /**
   * The tool the records belong to: the backup file has one section per tool, and the Your data
   * page counts per tool (`checklist`, `network`, `messages`, `plan`, `site`). UI strings
   * `data.tool.<tool>` name it for readers.
   */
  tool: string;
  /**
   * Unique across the site, lowercase words joined by hyphens. Part of every storage key
   * (`networking-guide:<name>:<id>`), so it never changes once readers have data.
   */
  name: string;
  /** The current version, from 1. Raise it whenever the stored shape changes, and add a migration. */
  version: number;
  /** Validates a value of the current version: any Standard Schema (`strictObject`, `handSchema`, zod), synchronous. */
  schema: StandardSchemaV1<unknown, T>;
  /**
   * `migrations[n]` turns a version-n value into version n + 1; one for every version below
   * `version` (checked when the type is defined), so data from any earlier release can be read.
   */
  migrations?: Readonly<Record<number, Migration>>;
  /**
   * True when the type has exactly one record (the language choice): its key has no id part and
   * its id is ''. (Checklist ticks are not one: each checklist is a record, its name the id.)
   */
  singleton?: boolean;
  /** False for the layer's own bookkeeping, which is left out of backups and counts. Default true. */
  inBackup?: boolean;
  /**
   * False when losing a few weeks of these records would cost the reader little (checklist ticks,
   * the language choice), so their changes do not prompt a backup reminder. Default true.
   */
  remindBackup?: boolean;
}

export interface RecordType<T> extends Readonly<Required<Omit<RecordTypeOptions<T>, 'migrations'>>> {
  readonly migrations: Readonly<Record<number, Migration>>;
}

/** Where in a value a problem is, e.g. `['tags', 2]`, and what it is (the schema's own words, for developers). */
export interface Issue {
  path: Array<string | number>;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Why a stored value cannot be used: not JSON, not a record, a newer version, or not valid. */
export type UnreadableReason = 'corrupt' | 'invalid' | 'newer';

export type Upgraded<T> =
  | { ok: true; value: T; fromVersion: number }
  | { ok: false; reason: Exclude<UnreadableReason, 'corrupt'>; issues: Issue[] };

const namePattern = /^[a-z][a-z0-9-]*$/;

/**
 * Defines a record type, checking what a mistake would otherwise only show on a reader's device:
 * a name unusable in keys, a version that is not a whole number, or an earlier version without
 * its migration.
 */
export function defineRecordType<T>(options: RecordTypeOptions<T>): RecordType<T> {
  const { name, tool, version } = options;
  if (!namePattern.test(name) || name === 'kept-aside') throw new Error(`Record type name "${name}" must be lowercase words joined by hyphens (and not "kept-aside").`);
  if (!namePattern.test(tool)) throw new Error(`Record type "${name}": tool "${tool}" must be lowercase words joined by hyphens.`);
  if (!Number.isInteger(version) || version < 1) throw new Error(`Record type "${name}": version must be a whole number from 1, not ${version}.`);
  const migrations = options.migrations ?? {};
  for (let from = 1; from < version; from += 1) {
    if (typeof migrations[from] !== 'function') throw new Error(`Record type "${name}" is at version ${version} but has no migration from version ${from}.`);
  }
  return {
    tool,
    name,
    version,
    schema: options.schema,
    migrations,
    singleton: options.singleton ?? false,
    inBackup: options.inBackup ?? true,
    remindBackup: options.remindBackup ?? true,
  };
}

function toIssue(issue: StandardIssue): Issue {
  const path = (issue.path ?? []).map((part) => {
    const key = typeof part === 'object' && part !== null ? part.key : part;
    return typeof key === 'number' ? key : String(key);
  });
  return { path, message: issue.message };
}

/** Validates a value of the type's current version. */
export function checkValue<T>(type: RecordType<T>, value: unknown): Checked<T> {
  const result = type.schema['~standard'].validate(value);
  if (result instanceof Promise) throw new Error(`Record type "${type.name}": the schema must validate synchronously.`);
  return result.issues ? { ok: false, issues: result.issues.map(toIssue) } : { ok: true, value: result.value };
}

/**
 * Brings a value stored at `version` up to the type's current version and validates it. A newer
 * version is never guessed at (a later release of the site wrote it; only that release knows
 * it), and a migration that throws counts as invalid data, not a crash.
 */
export function upgrade<T>(type: RecordType<T>, version: number, value: unknown): Upgraded<T> {
  if (!Number.isInteger(version) || version < 1) return { ok: false, reason: 'invalid', issues: [{ path: ['version'], message: `Not a version: ${String(version)}` }] };
  if (version > type.version) return { ok: false, reason: 'newer', issues: [{ path: ['version'], message: `Version ${version} is newer than ${type.version}` }] };
  let current = value;
  for (let from = version; from < type.version; from += 1) {
    try {
      current = type.migrations[from]?.(current);
    } catch (error) {
      return { ok: false, reason: 'invalid', issues: [{ path: [], message: `Migration from version ${from} failed: ${String(error)}` }] };
    }
  }
  const checked = checkValue(type, current);
  return checked.ok ? { ok: true, value: checked.value, fromVersion: version } : { ok: false, reason: 'invalid', issues: checked.issues };
}
