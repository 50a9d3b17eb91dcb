import type { StandardIssue, StandardSchemaV1 } from './standard-schema';

/**
 * Strict object schemas for the layer's record types, written by hand because `zod/mini` added
 * 6.3 KB gzip to every page that reads My network's records (My network and Your data went over
 * their 20 KB script budgets with it). Records here are flat objects of text, dates, numbers, choices
 * and lists of text, so a field is one small check; what zod gave and the layer needs is kept:
 * unknown and missing fields are refused, and each issue names the field (`['email']`, `['tags', 2]`)
 * so a refused backup can say where. `tests/unit/object-schema.test.ts` checks it against zod on the
 * same shapes.
 */

/** One field's check: the issues of a wrong value (path relative to the field), none when it is right. */
export type FieldCheck<T> = {
  (value: unknown): StandardIssue[];
  /** Only carries the field's type; never set. */
  readonly type?: T;
};

const issue = (message: string, path: PropertyKey[] = []): StandardIssue[] => [{ message, path }];

/** A field check from a test and the message when it fails; `T` is what the test lets through. */
export function field<T>(accepts: (value: unknown) => boolean, message: string): FieldCheck<T> {
  return (value) => (accepts(value) ? [] : issue(message));
}

export const text = field<string>((value) => typeof value === 'string', 'Expected text');
export const requiredText = field<string>((value) => typeof value === 'string' && value.length > 0, 'Expected text, at least one character');

/** Text that also passes `accepts` (a date written YYYY-MM-DD, for instance). */
export const textThat = (accepts: (value: string) => boolean, message: string) =>
  field<string>((value) => typeof value === 'string' && accepts(value), message);

export const oneOf = <const T extends string>(options: readonly T[]) =>
  field<T>((value) => (options as readonly unknown[]).includes(value), `Expected one of: ${options.join(', ')}`);

/** A number of at least `min`, or null for "not given". */
export const numberAtLeastOrNull = (min: number) =>
  field<number | null>((value) => value === null || (typeof value === 'number' && Number.isFinite(value) && value >= min), `Expected a number of at least ${min}, or nothing`);

/** A list whose every item passes `item`; an issue names the item's place (`['tags', 2]`). */
export function listOf<T>(item: FieldCheck<T>): FieldCheck<T[]> {
  return (value) => {
    if (!Array.isArray(value)) return issue('Expected a list');
    return value.flatMap((entry, index) => item(entry).map(({ message, path = [] }) => ({ message, path: [index, ...path] })));
  };
}

type Shape = Record<string, FieldCheck<unknown>>;
type Output<S extends Shape> = { [K in keyof S]: S[K] extends FieldCheck<infer T> ? T : never };

/** An object with exactly these fields, each passing its check. */
export function strictObject<S extends Shape>(shape: S): StandardSchemaV1<unknown, Output<S>> {
  const names = Object.keys(shape);
  return {
    '~standard': {
      version: 1,
      vendor: 'networking-guide',
      validate(value) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return { issues: issue('Expected an object') };
        const record = value as Record<string, unknown>;
        const issues: StandardIssue[] = names.flatMap((name) =>
          (shape[name] as FieldCheck<unknown>)(record[name]).map(({ message, path = [] }) => ({ message, path: [name, ...path] })),
        );
        const unknown = Object.keys(record).filter((name) => !Object.hasOwn(shape, name));
        if (unknown.length > 0) issues.push(...issue(`Unknown field${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`));
        return issues.length > 0 ? { issues } : { value: value as Output<S> };
      },
    },
  };
}
