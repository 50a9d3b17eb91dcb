/**
 * Puts values into the `{name}` slots of a UI string that a script fills in the browser, such as
 * "Characters: {count} of {free}" (i18next fills only `{{name}}`, so it leaves these as they are).
 * A slot without a value stays as it is, so a missing value shows rather than vanishes.
 */
export function interpolate(template: string, values: Record<string, number | string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
