import type { StandardSchemaV1 } from './standard-schema';

/**
 * A Standard Schema from one test function, for record types that are one value rather than an
 * object of fields (the language choice, the checklist's ticks); objects use `strictObject`
 * (object-schema.ts), which names each field at fault. `path` names the field the test is about,
 * so a refused backup can say where (`ticked`).
 */
export function handSchema<T>(accepts: (value: unknown) => value is T, message: string, path: string[] = []): StandardSchemaV1<unknown, T> {
  return {
    '~standard': {
      version: 1,
      vendor: 'networking-guide',
      validate: (value) => (accepts(value) ? { value } : { issues: [{ message, path }] }),
    },
  };
}
