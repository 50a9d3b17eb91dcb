import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectProblems } from './sync';

const file = 'mentoring/example-programme.yaml';
const valid = readFileSync(`tests/fixtures/valid/${file}`, 'utf8');
/** The valid fixture with one top-level line replaced (or removed when `line` is null). */
const withLine = (field: string, line: string | null) => {
  const pattern = new RegExp(`^${field}:.*\\n`, 'm');
  expect(valid).toMatch(pattern);
  return valid.replace(pattern, line === null ? '' : `${line}\n`);
};
const refused = (programme: string, lines: string[]) => expectProblems({ [file]: programme }, lines);
const at = (line: number | undefined, text: string) => `content/${file}${line === undefined ? '' : `:${line}`} — ${text}`;

describe('mentoring programme entries', () => {
  it('stop on an address that is not a full web address', () => {
    refused(withLine('url', 'url: www.mentoring.example.org'), [at(17, 'url: "www.mentoring.example.org" is not written the way this field needs. Write a full web address starting with https://.')]);
  });

  it('stop on a bad source address', () => {
    refused(valid.replace('  - https://mentoring.example.org/about/', '  - htps://mentoring.example.org/about/'), [
      at(14, 'statusSource › url: is not one of the sources. List this address under sources too, so the status can be traced.'),
      at(19, 'sources › item 1: "htps://mentoring.example.org/about/" is not written the way this field needs. Write a full web address starting with https://.'),
    ]);
  });

  it('stop on an audience the directory does not know', () => {
    refused(withLine('audience', 'audience: [immigrants, pensioners]'), [at(5, 'audience › item 2: "pensioners" is not one of the values this field allows. Use one of: immigrants, refugees, women, men, students-graduates, highly-educated, anyone.')]);
  });

  it('stop on an unknown language code', () => {
    refused(withLine('languages', 'languages: [fi, xx]'), [at(6, 'languages › item 2: "xx" is not a known ISO 639 language code. Use a code such as "fi", "sv" or "en".')]);
  });

  it('stop on a language written as a word instead of a code', () => {
    refused(withLine('languages', 'languages: [Finnish]'), [at(6, 'languages › item 1: "Finnish" is not written the way this field needs. Write the language as a lowercase ISO 639 code, e.g. "fi", "sv" or "en".')]);
  });

  it('stop on a missing Finnish description', () => {
    const withoutFinnish = valid.replace(/^fi:\n {2}description:.*\n/m, 'fi: {}\n');
    expect(withoutFinnish).not.toBe(valid);
    refused(withoutFinnish, [at(23, 'fi › description: is missing. Add this field (a text).')]);
  });

  it('stop on a missing Finnish duration', () => {
    refused(withLine('durationFi', null), [at(undefined, 'durationFi: is missing. Add this field (a text).')]);
  });

  it('stop on a last-checked date in the future', () => {
    refused(withLine('checked', 'checked: 2999-01-01'), [at(20, 'checked: 2999-01-01 is in the future. Write the day the work was actually done.')]);
  });

  it('stop on a status it does not know, so a typo cannot hide a programme from the filters', () => {
    refused(withLine('status', 'status: finished'), [at(12, 'status: "finished" is not one of the values this field allows. Use one of: running, between-rounds, unknown, ended.')]);
  });

  it('stop on a status source that is not among the sources, so every status can be traced', () => {
    refused(valid.replace('  url: https://mentoring.example.org/about/', '  url: https://mentoring.example.org/news/'), [at(14, 'statusSource › url: is not one of the sources. List this address under sources too, so the status can be traced.')]);
  });

  it('stop on a status date written as a day.month.year', () => {
    refused(valid.replace('  date: "2026-01"', '  date: "1.1.2026"'), [at(15, 'statusSource › date: "1.1.2026" is not written the way this field needs. Write YYYY, YYYY-MM or YYYY-MM-DD (such as "2025", "2025-10" or "2025-10-06"), or "undated".')]);
  });
});
