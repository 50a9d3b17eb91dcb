import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readChecklist, readYaml } from '../content-files';
import { expectRefused } from './sync';

const fixturePath = 'checklist/linkedin.yaml';
const validChecklist = readFileSync(`tests/fixtures/valid/${fixturePath}`, 'utf8');
const refused = (checklist: string, message: RegExp) => expectRefused({ [fixturePath]: checklist }, 'linkedin.yaml', message);

describe('checklist schema', () => {
  it('stops on an item id used twice, naming the file, both places and the id', () => {
    const output = refused(validChecklist.replace('- id: headline', '- id: photo'), /groups\.0\.items\.1\.id/);
    expect(output).toMatch(/"photo" is already used by groups\.0\.items\.0\.id/);
  });

  it('stops on a group id used twice', () => {
    const secondGroup = validChecklist.slice(validChecklist.indexOf('  - id: basics')).replace('id: photo', 'id: photo-2').replace('id: headline', 'id: headline-2');
    const output = refused(`${validChecklist}${secondGroup}`, /groups\.1\.id/);
    expect(output).toMatch(/"basics" is already used by groups\.0\.id/);
  });

  it('stops on an item without its Finnish text, naming the field', () => {
    const withoutFinnishHow = validChecklist.replace('          how: Esimerkkiohje, joka on tarpeeksi pitkä.\n', '');
    expect(withoutFinnishHow).not.toBe(validChecklist);
    refused(withoutFinnishHow, /groups\.0\.items\.0\.fi\.how/);
  });

  it('stops on a misspelt field instead of ignoring it', () => {
    refused(validChecklist.replace('        sources: [tuas-digimesh-2023]', '        source: [tuas-digimesh-2023]'), /groups\.0\.items\.0: Unrecognized key: "source"/);
  });

  it('stops on an item id that is not lowercase words joined by hyphens', () => {
    refused(validChecklist.replace('- id: headline', '- id: Write Headline'), /groups\.0\.items\.1\.id/);
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
