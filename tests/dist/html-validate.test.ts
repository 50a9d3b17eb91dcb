import { describe, expect, it } from 'vitest';
import { builtPages, htmlValidate } from './built-site';

describe('valid HTML', () => {
  it('every built page passes html-validate (recommended rules, see .htmlvalidate.mjs)', async () => {
    const errors: string[] = [];
    for (const page of builtPages()) {
      const report = await htmlValidate.validateString(page.html, page.file);
      for (const message of report.results.flatMap((result) => result.messages)) {
        errors.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
