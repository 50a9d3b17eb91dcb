import type { z } from 'astro/zod';
import { didYouMean, fieldName, type Problem } from './problem';

type Issue = z.core.$ZodIssue;

/**
 * Zod's issues for one entry as editors' problems: the shared formatter every collection's schema
 * errors go through (the content gate calls it for each entry it loads, so a new collection gets
 * these messages without code of its own).
 *
 * Schema authors write messages for their own rules as the fix ("write the date as YYYY-MM-DD");
 * a `refine`/`superRefine` message (code `custom`) is printed as it is, so it says both what is
 * wrong and what to do.
 */
export function schemaProblems(
  schema: z.ZodType,
  issues: readonly Issue[],
  data: unknown,
  place: { file: string; lineOf: (path: readonly PropertyKey[]) => number | undefined; pathPrefix?: readonly PropertyKey[] },
): Problem[] {
  const prefix = place.pathPrefix ?? [];
  return issues.flatMap((issue) => describe(issue, data, schema).map(({ path, what, fix }) => {
    const fullPath = [...prefix, ...path];
    const line = place.lineOf(fullPath);
    return { file: place.file, ...(line === undefined ? {} : { line }), ...(fullPath.length > 0 ? { field: fieldName(fullPath) } : {}), what, fix };
  }));
}

interface Described {
  path: PropertyKey[];
  what: string;
  fix: string;
}

const typeWords: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

const typeFix: Record<string, string> = {
  string: 'Write it as text (put it in "quotes" if it starts with a special character)',
  number: 'Write a number without quotes',
  int: 'Write a whole number without quotes, such as 3',
  boolean: 'Write true or false',
  array: 'Write a list: each item on its own line starting with "- ", or [a, b] on one line',
  object: 'Write the fields indented under it, one per line',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value}"`;
  return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
}

const isDefaultMessage = (message: string) => /^(Invalid|Too (small|big)|Unrecognized)/.test(message);

function describe(issue: Issue, data: unknown, schema: z.ZodType): Described[] {
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
  const value = valueAt(data, path);
  const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return [{ path, what: 'is missing', fix: `Add this field (${typeWords[issue.expected] ?? issue.expected})` }];
      const expected = typeWords[issue.expected] ?? issue.expected;
      return [{ path, what: `should be ${expected}, not ${kindOf(value)}`, fix: typeFix[issue.expected] ?? `Write ${expected}` }];
    }
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const small = issue.code === 'too_small';
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? value.length : 0;
        return [{ path, what: `is ${length} characters long; it must be ${small ? 'at least' : 'at most'} ${limit}`, fix: small ? 'Write a longer text' : 'Shorten the text' }];
      }
      if (issue.origin === 'array') {
        const count = Array.isArray(value) ? value.length : 0;
        return [{ path, what: `has ${count} ${count === 1 ? 'item' : 'items'}; it needs ${small ? 'at least' : 'at most'} ${limit}`, fix: small ? 'Add items to the list' : 'Remove items from the list' }];
      }
      return [{ path, what: `is ${String(value)}; it must be ${small ? 'at least' : 'at most'} ${limit}`, fix: `Write a number ${small ? 'of at least' : 'no larger than'} ${limit}` }];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      return [{ path, what: `${shown} is not one of the values this field allows`, fix: `${didYouMean(String(value), options)}Use one of: ${options.join(', ')}` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        what: `is not a field here`,
        fix: `${didYouMean(key, fieldsAt(schema, path))}Check the spelling, or remove the field`,
      }));
    case 'invalid_format':
      return [{ path, what: `${shown} is not written the way this field needs`, fix: isDefaultMessage(issue.message) ? `Write it as a ${issue.format}` : issue.message }];
    case 'invalid_union': {
      // A reference ({ id } or an id text) or a similar choice: the branch that fits the value best.
      const branch = issue.errors.find((errors) => errors.every((inner) => inner.code !== 'invalid_type' || inner.path.length > 0)) ?? issue.errors[0] ?? [];
      const inner = branch.flatMap((nested) => describe({ ...nested, path: [...path, ...nested.path] } as Issue, data, schema));
      return inner.length > 0 ? inner : [{ path, what: `${shown} is not a value this field allows`, fix: 'See the comment at the top of the file or the README for what to write here' }];
    }
    default:
      return [{ path, what: issue.message, fix: '' }];
  }
}

/**
 * The fields the schema allows at `path`, so a misspelt field can be matched to the one meant.
 * Follows objects, lists, optional and default wrappers and transforms; anything else has none.
 */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (current as { _zod?: { def?: { type?: string; innerType?: unknown; in?: unknown } } })._zod?.def;
      if (def?.innerType) current = def.innerType;
      else if (def?.type === 'pipe' && def.in) current = def.in;
      else return;
    }
  };
  for (const part of path) {
    unwrap();
    const def = (current as { _zod?: { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } } })._zod?.def;
    if (def?.type === 'object' && typeof part === 'string') current = def.shape?.[part];
    else if (def?.type === 'array') current = def.element;
    else return [];
  }
  unwrap();
  const shape = (current as { _zod?: { def?: { shape?: Record<string, unknown> } } })._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}
