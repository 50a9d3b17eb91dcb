import type { StandardSchemaV1 } from './standard-schema';

/**
 * A Standard Schema from one test function, for record types so small that a schema library
 * would outweigh them (the language choice is read on every page). Tools with real records use
 * `zod/mini`, which gives paths to the field at fault.
 */
/** `path` names the field the test is about, so a refused backup can say where (`ticked`). */
export function handSchema<T>(accepts: (value: unknown) => value is T, message: string, path: string[] = []): StandardSchemaV1<unknown, T> {
  return {
    '~standard': {
      version: 1,
      vendor: 'networking-guide',
      validate: (value) => (accepts(value) ? { value } : { issues: [{ message, path }] }),
    },
  };
}
