import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readChecklist, readYaml } from '../content-files';
import { expectProblems } from './sync';

const fixturePath = 'checklist/linkedin.yaml';
const validChecklist = readFileSync(`tests/fixtures/valid/${fixturePath}`, 'utf8');
const refused = (checklist: string, lines: string[]) => expectProblems({ [fixturePath]: checklist }, lines);

describe('checklist schema', () => {
  it('stops on an item id used twice, naming the file, both places and the id', () => {
    refused(validChecklist.replace('- id: headline', '- id: photo'), [
      'content/checklist/linkedin.yaml:25 — groups › item 1 › items › item 2 › id: "photo" is already the id of group 1, item 1. Give each item its own id.',
      'content/checklist/linkedin.yaml:36 — publishedIds › item 2: "headline" is no longer the id of an item, and readers\' browsers keep ticks under it. If you renamed the item, add "headline: <the new id>" under renamedIds (readers\' ticks move to the new id); if you removed the item, add "headline" to retiredIds.',
    ]);
  });

  it('stops on a group id used twice', () => {
    const secondGroup = validChecklist.slice(validChecklist.indexOf('  - id: basics'), validChecklist.indexOf('publishedIds')).replace('id: photo', 'id: photo-2').replace('id: headline', 'id: headline-2');
    const withTwoGroups = validChecklist.replace('publishedIds', `${secondGroup}publishedIds`).replace('  - headline\n', '  - headline\n  - photo-2\n  - headline-2\n');
    refused(withTwoGroups, ['content/checklist/linkedin.yaml:34 — groups › item 2 › id: "basics" is already the id of group 1. Give each group its own id.']);
  });

  it('stops on an item without its Finnish text, naming the field', () => {
    const withoutFinnishHow = validChecklist.replace('          how: Esimerkkiohje, joka on tarpeeksi pitkä.\n', '');
    expect(withoutFinnishHow).not.toBe(validChecklist);
    refused(withoutFinnishHow, ['content/checklist/linkedin.yaml:21 — groups › item 1 › items › item 1 › fi › how: is missing. Add this field (a text).']);
  });

  it('stops on a misspelt field instead of ignoring it', () => {
    refused(validChecklist.replace('        sources: [tuas-digimesh-2023]', '        source: [tuas-digimesh-2023]'), [
      'content/checklist/linkedin.yaml:16 — groups › item 1 › items › item 1 › source: is not a field here. Did you mean "sources"? Check the spelling, or remove the field.',
    ]);
  });

  it('stops on an item id that is not lowercase words joined by hyphens', () => {
    refused(validChecklist.replace('- id: headline', '- id: Write Headline'), [
      'content/checklist/linkedin.yaml:25 — groups › item 1 › items › item 2 › id: "Write Headline" is not written the way this field needs. Use lowercase letters, digits and hyphens, e.g. "ask-for-advice".',
    ]);
  });
});

describe('the LinkedIn checklist content', () => {
  const checklist = readChecklist();
  const sourceIds = new Set(readYaml<Array<{ id: string }>>('content/sources.yaml').map((source) => source.id));
  const items = checklist.groups.flatMap((group) => group.items);

  it('has at least 12 items in at least 4 groups', () => {
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(checklist.groups.length).toBeGreaterThanOrEqual(4);
  });

  it('cites only sources listed in content/sources.yaml', () => {
    const unknown = items.flatMap((item) => (item.sources ?? []).filter((id) => !sourceIds.has(id)).map((id) => `${item.id}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it("cites the recruiters' list for the items that come from it", () => {
    const fromRecruiters = ['about', 'job-descriptions', 'education', 'contact-details', 'photo', 'strengths', 'skills', 'looking-for-work', 'honest'];
    for (const id of fromRecruiters) {
      expect(items.find((item) => item.id === id)?.sources, id).toContain('tuas-digimesh-2023');
    }
  });
});
