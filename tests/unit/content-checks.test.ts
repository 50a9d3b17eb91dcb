import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanMarkdown } from '../../src/content-checks/markdown-scan';
import { fieldName, formatProblem, formatReport } from '../../src/content-checks/problem';
import { uiStringProblems } from '../../src/content-checks/ui-strings';
import { readYamlSource } from '../../src/content-checks/yaml-source';
import { calendarProblem, isCalendarDate } from '../../src/schemas/common';
import { checklistIdProblems, resolveRenames } from '../../src/utils/checklist-ids';

describe('the problem line', () => {
  it('counts list items from 1 and names the file, line, field, what and how', () => {
    expect(fieldName(['groups', 1, 'items', 0, 'id'])).toBe('groups › item 2 › items › item 1 › id');
    expect(formatProblem({ file: 'content/tips/a.yaml', line: 3, field: 'guide', what: 'is wrong', fix: 'write it right' })).toBe('content/tips/a.yaml:3 — guide: is wrong. Write it right.');
  });

  it('opens the report with the count and lists the problems by file and line, each once', () => {
    const problem = { file: 'content/b.yaml', line: 9, what: 'x', fix: 'y' };
    expect(formatReport([problem, { ...problem, line: 2 }, { ...problem, file: 'content/a.yaml' }, problem]).split('\n')).toEqual([
      'The build stopped: 4 problems to fix. Each line names the file and line, the field, what is wrong and what to do.',
      'content/a.yaml:9 — x. Y.',
      'content/b.yaml:2 — x. Y.',
      'content/b.yaml:9 — x. Y.',
    ]);
  });
});

describe('dates as written', () => {
  it('accepts days of the calendar and refuses rolled-over ones', () => {
    expect(isCalendarDate(2028, 2, 29)).toBe(true);
    expect(calendarProblem('2026-02-30')).toBe('February 2026 has no day 30');
    expect(calendarProblem('2027-02-29')).toBe('February 2027 has no day 29');
    expect(calendarProblem('2026-13-01')).toBe('there is no month 13');
    expect(calendarProblem('2026-00')).toBe('there is no month 0');
    expect(calendarProblem('2026-04-31')).toBe('April 2026 has no day 31');
  });

  it('stay text when YAML reads them, so the check sees what the editor wrote', () => {
    expect(readYamlSource('reviewed: 2026-02-30\n', 'yaml').data).toEqual({ reviewed: '2026-02-30' });
  });
});

describe('YAML lines', () => {
  const source = readYamlSource('---\ntitle: A\nsources:\n  - one\n  - two\nen:\n  body: x\n---\nText', 'frontmatter');

  it('finds the line of a field, of a list item, and of the parent of a missing field', () => {
    expect(source.lineOf(['title'])).toBe(2);
    expect(source.lineOf(['sources', 1])).toBe(5);
    expect(source.lineOf(['en', 'title'])).toBe(6);
    expect(source.lineOf(['missing'])).toBeUndefined();
  });

  it('names a syntax error in an editor\'s words with its line', () => {
    expect(readYamlSource('a: 1\nb: "open\nc: 2\n', 'yaml').syntaxError).toEqual({ line: 2, what: 'a quote is opened and not closed', fix: 'Add the closing quote at the end of the text' });
    expect(readYamlSource('a: 1\na: 2\n', 'yaml').syntaxError?.what).toBe('the same field is written twice');
  });
});

describe('Markdown headings and links', () => {
  it('are found with their lines, outside code', () => {
    const body = '## One\n\nSee [a](/en/tips/) and `[b](/not/)`.\n\n```\n[c](/not/)\n## Not a heading\n```\n\n### Two [x](/en/ \'t\')\n\n[ref]: /en/sources/\n';
    expect(scanMarkdown(body, 10)).toEqual({
      headings: [{ depth: 2, text: 'One', line: 10 }, { depth: 3, text: 'Two [x](/en/ \'t\')', line: 19 }],
      links: [{ href: '/en/tips/', line: 12 }, { href: '/en/', line: 19 }, { href: '/en/sources/', line: 21 }],
    });
  });
});

describe('checklist ids', () => {
  const record = { itemIds: ['profile-photo', 'headline'], publishedIds: ['photo', 'headline', 'profile-photo'], renamedIds: { photo: 'profile-photo' }, retiredIds: [] };

  it('accept a rename with its record, and follow chains of renames to the current id', () => {
    expect(checklistIdProblems(record)).toEqual([]);
    expect([...resolveRenames({ a: 'b', b: 'c' }, ['c'])]).toEqual([['a', 'c'], ['b', 'c']]);
  });

  it('refuse a rename that goes round in a circle or nowhere, and a retired id still in use', () => {
    expect(checklistIdProblems({ itemIds: ['c'], publishedIds: ['a', 'b', 'c'], renamedIds: { a: 'b', b: 'a' }, retiredIds: ['c'] }).map(({ message }) => message)).toEqual([
      'the renames starting at "a" go round in a circle. Point the last one at an item\'s id',
      'the renames starting at "b" go round in a circle. Point the last one at an item\'s id',
      '"c" is still the id of an item. Remove the item, or remove "c" from retiredIds',
    ]);
    expect(checklistIdProblems({ ...record, renamedIds: { photo: 'profil-photo' } }).map(({ message }) => message)).toEqual(['"profil-photo" is not the id of an item. Write the item\'s new id']);
  });
});

describe('UI strings', () => {
  it('refuse a key in one language only and a key a component asks for that no file has', () => {
    const root = mkdtempSync(join(tmpdir(), 'ui-strings-'));
    try {
      mkdirSync(join(root, 'src/i18n/ui'), { recursive: true });
      mkdirSync(join(root, 'src/components'), { recursive: true });
      const shared = { 'situation.job-seeking': 'x', 'situation.online': 'x', 'nav.label': 'x', 'guides.count_one': 'x', 'guides.count_other': 'x' };
      writeFileSync(join(root, 'src/i18n/ui/en.json'), JSON.stringify({ ...shared, 'nav.tips': 'Tips' }, null, 2));
      writeFileSync(join(root, 'src/i18n/ui/fi.json'), JSON.stringify(shared, null, 2));
      writeFileSync(join(root, 'src/components/Nav.astro'), "---\nconst a = t('nav.label');\nconst b = t('guides.count', { count: 2 });\n---\n<a>{t('nav.lable')}</a>\n<b>{t(`situation.${value}`)}</b>\n<i>{t(`navv.${value}`)}</i>\n");
      expect(uiStringProblems(root, { 'situation.': ['job-seeking', 'online', 'events'] }).map(formatProblem)).toEqual([
        'src/i18n/ui/fi.json — "nav.tips": is missing (src/i18n/ui/en.json:7 has it), so pages in this language would show the key itself. Add "nav.tips" to src/i18n/ui/fi.json with the text in this language.',
        'src/i18n/ui/en.json — "situation.events": is missing: the value "events" has no label. Add "situation.events" to every file in src/i18n/ui/.',
        'src/components/Nav.astro:5 — UI string "nav.lable": is in none of the files in src/i18n/ui/, so the page would show the key itself. Did you mean "nav.label"? Fix the key, or add it to both files.',
        'src/components/Nav.astro:7 — UI string "navv.…": is built from a value, and no key in src/i18n/ui/en.json and fi.json starts that way. Fix the start of the key, or add its keys to both files (and the values to src/content-checks/labelled-values.ts).',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
