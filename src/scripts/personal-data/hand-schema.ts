import type { StandardSchemaV1 } from './standard-schema';

/**
 * A Standard Schema from one test function, for record types that are not an object of fixed
 * fields: one value (the language choice), or a map whose keys are data (the Messages fields by
 * field name), and the checklist's one-field `{ ticked }`, which predates `strictObject`. Objects
 * of fixed fields use `strictObject` (object-schema.ts), which names each field at fault. `path`
 * names the field the test is about, so a refused backup can say where.
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
