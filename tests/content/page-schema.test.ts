import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { expectRefused } from './sync';

const validGuide = readFileSync('tests/fixtures/valid/guides/en/first-steps.mdx', 'utf8');
const withField = (text: string, field: string, value: string | null) =>
  value === null ? text.replace(new RegExp(`^${field}:.*\\n`, 'm'), '') : text.replace(new RegExp(`^${field}:.*$`, 'm'), `${field}: ${value}`);
const guidePath = 'guides/en/first-steps.mdx';
const refused = (guide: string, message: RegExp) => expectRefused({ [guidePath]: guide }, 'first-steps.mdx', message);

describe('guide and page front matter', () => {
  it('stops on a missing title, naming the file and the field', () => {
    refused(withField(validGuide, 'title', null), /title: Required/);
  });

  it('stops on a date not written as YYYY-MM-DD', () => {
    refused(withField(validGuide, 'reviewed', '23.11.2026'), /reviewed: write the date as YYYY-MM-DD/);
  });

  it('stops on a review date in the future', () => {
    refused(withField(validGuide, 'reviewed', '2999-01-01'), /reviewed: is in the future/);
  });

  it('stops on an unknown field, so a misspelt field name is not ignored', () => {
    refused(validGuide.replace('order: 1', 'order: 1\nreviewd: 2026-01-01'), /Unrecognized key: "reviewd"/);
  });

  it('stops on a description too short to serve as the meta description', () => {
    refused(withField(validGuide, 'description', 'Too short.'), /description: Too small/);
  });

  it('stops on a page without its counterpart, naming the file', () => {
    expectRefused({ 'guides/fi/ensiaskeleet.mdx': null }, 'guides/en/first-steps.mdx', /no fi page has key "first-steps"/);
  });

  it('stops on a translation key used twice in one language', () => {
    expectRefused({ 'guides/en/second.mdx': validGuide }, 'second.mdx', /field "key": "first-steps" is already used by/);
  });

  it('stops on two files that would get the same URL', () => {
    expectRefused({ 'guides/en/First-Steps.mdx': withField(validGuide, 'key', 'other') }, 'First-Steps.mdx', /clashes with/);
  });
});
