/**
 * The Standard Schema interface (https://standardschema.dev), which zod, valibot and others
 * implement. The layer validates through it so that it never depends on one library. The site's
 * own record types are written by hand (`object-schema.ts`, `hand-schema.ts`) rather than with
 * `zod/mini`, whose 6 KB gzip would weigh on every page that reads them; the layer's tests use zod.
 * Copied from the spec (it is meant to be copied, not installed), cut to what the layer uses.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardIssue> };

export interface StandardIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** What a schema's output type is, for `RecordType<T>` to infer T from the schema. */
export type StandardOutput<S> = S extends StandardSchemaV1<unknown, infer O> ? O : never;
