import { describe, expect, it } from 'vitest';
import { allRecordTypes } from '../../src/scripts/personal-data/all-types';
import { toolkitEntries } from '../content-files';

describe('the site’s record types', () => {
  it('have distinct names, since each name is part of every key', () => {
    const names = allRecordTypes.map((type) => type.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('belong to a tool the Your data page can name and explain in both languages', () => {
    // The checklist and the site's settings are named by UI strings; toolkit tools by their content file.
    const described = new Set(['checklist', 'site', ...toolkitEntries().filter((entry) => entry.data.tool && entry.data.en.keeps && entry.data.fi.keeps).map((entry) => entry.data.tool)]);
    for (const type of allRecordTypes) expect(described, `${type.name} (tool "${type.tool}") needs a content/toolkit file with "tool: ${type.tool}" and "keeps" in both languages`).toContain(type.tool);
  });
});
