import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectRefused } from './sync';

const file = 'mentoring/example-programme.yaml';
const valid = readFileSync(`tests/fixtures/valid/${file}`, 'utf8');
/** The valid fixture with one top-level line replaced (or removed when `line` is null). */
const withLine = (field: string, line: string | null) => {
  const pattern = new RegExp(`^${field}:.*\\n`, 'm');
  expect(valid).toMatch(pattern);
  return valid.replace(pattern, line === null ? '' : `${line}\n`);
};
const refused = (programme: string, message: RegExp) => expectRefused({ [file]: programme }, 'example-programme.yaml', message);

describe('mentoring programme entries', () => {
  it('stop on an address that is not a full web address', () => {
    refused(withLine('url', 'url: www.mentoring.example.org'), /url: must be a full web address/);
  });

  it('stop on a bad source address', () => {
    refused(valid.replace('  - https://mentoring.example.org/about/', '  - htps://mentoring.example.org/about/'), /sources\.0: must be a full web address/);
  });

  it('stop on an audience the directory does not know', () => {
    refused(withLine('audience', 'audience: [immigrants, pensioners]'), /audience\.1:.*(immigrants|expected one of)/i);
  });

  it('stop on an unknown language code', () => {
    refused(withLine('languages', 'languages: [fi, xx]'), /languages\.1: "xx" is not a known ISO 639 language code/);
  });

  it('stop on a language written as a word instead of a code', () => {
    refused(withLine('languages', 'languages: [Finnish]'), /languages\.0: write the language as a lowercase ISO 639 code/);
  });

  it('stop on a missing Finnish description', () => {
    const withoutFinnish = valid.replace(/^fi:\n {2}description:.*\n/m, 'fi: {}\n');
    expect(withoutFinnish).not.toBe(valid);
    refused(withoutFinnish, /fi\.description/);
  });

  it('stop on a missing Finnish duration', () => {
    refused(withLine('durationFi', null), /durationFi/);
  });

  it('stop on a last-checked date in the future', () => {
    refused(withLine('checked', 'checked: 2999-01-01'), /checked: is in the future/);
  });

  it('stop on a status it does not know, so a typo cannot hide a programme from the filters', () => {
    refused(withLine('status', 'status: finished'), /status:/);
  });

  it('stop on a status source that is not among the sources, so every status can be traced', () => {
    refused(valid.replace('  url: https://mentoring.example.org/about/', '  url: https://mentoring.example.org/news/'), /statusSource\.url: list this address under sources too/);
  });

  it('stop on a status date written as a day.month.year', () => {
    refused(valid.replace('  date: "2026-01"', '  date: "1.1.2026"'), /statusSource\.date: write "2025", "2025-10", "2025-10-06" or "undated"/);
  });
});
