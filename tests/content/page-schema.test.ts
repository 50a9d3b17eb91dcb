import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { expectProblems } from './sync';

const validGuide = readFileSync('tests/fixtures/valid/guides/en/first-steps.mdx', 'utf8');
const withField = (text: string, field: string, value: string | null) =>
  value === null ? text.replace(new RegExp(`^${field}:.*\\n`, 'm'), '') : text.replace(new RegExp(`^${field}:.*$`, 'm'), `${field}: ${value}`);
const guidePath = 'guides/en/first-steps.mdx';
const refused = (guide: string, lines: string[]) => expectProblems({ [guidePath]: guide }, lines);

describe('guide and page front matter', () => {
  it('stops on a missing title, naming the file and the field', () => {
    refused(withField(validGuide, 'title', null), ['content/guides/en/first-steps.mdx — title: is missing. Add this field (a text).']);
  });

  it('stops on a date not written as YYYY-MM-DD', () => {
    refused(withField(validGuide, 'reviewed', '23.11.2026'), ['content/guides/en/first-steps.mdx:6 — reviewed: "23.11.2026" is not written the way this field needs. Write the date as YYYY-MM-DD, e.g. 2026-11-23.']);
  });

  it('stops on a review date in the future', () => {
    refused(withField(validGuide, 'reviewed', '2999-01-01'), ['content/guides/en/first-steps.mdx:6 — reviewed: 2999-01-01 is in the future. Write the day the work was actually done.']);
  });

  it('stops on an unknown field, so a misspelt field name is not ignored', () => {
    refused(validGuide.replace('order: 1', 'order: 1\nreviewd: 2026-01-01'), ['content/guides/en/first-steps.mdx:6 — reviewd: is not a field here. Did you mean "reviewed"? Check the spelling, or remove the field.']);
  });

  it('stops on a description too short to serve as the meta description', () => {
    refused(withField(validGuide, 'description', 'Too short.'), ['content/guides/en/first-steps.mdx:3 — description: is 10 characters long; it must be at least 50. Write a longer text.']);
  });

  it('stops on a page without its counterpart, naming the file', () => {
    expectProblems({ 'guides/fi/ensiaskeleet.mdx': null }, ['content/guides/en/first-steps.mdx:4 — key: no fi page has the key "first-steps", so the language switcher has no page to go to. Add the translation in content/guides/fi/ with "key: first-steps".']);
  });

  it('stops on a translation key used twice in one language', () => {
    expectProblems({ 'guides/en/second.mdx': validGuide }, ['content/guides/en/second.mdx:4 — key: "first-steps" is already the key of content/guides/en/first-steps.mdx in the same language. Give each page its own key; the page and its translation share one.']);
  });

  it('stops on two files that would get the same URL', () => {
    expectProblems({ 'guides/en/First-Steps.mdx': withField(validGuide, 'key', 'other') }, [
      'content/guides/en/First-Steps.mdx — the file name "First-Steps" becomes the page\'s address and has characters an address should not have. Rename the file using lowercase letters, digits and hyphens only, for example "first-steps.mdx".',
      'content/guides/en/First-Steps.mdx — would have the same address as content/guides/en/first-steps.mdx (addresses do not tell capital letters apart). Rename one of the two files.',
      'content/guides/en/First-Steps.mdx:4 — key: no fi page has the key "other", so the language switcher has no page to go to. Add the translation in content/guides/fi/ with "key: other".',
    ]);
  });
});
