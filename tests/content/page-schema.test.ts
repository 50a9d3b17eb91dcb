import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syncContent } from './sync';

const validGuide = readFileSync('tests/fixtures/valid/guides/en/first-steps.mdx', 'utf8');
const withField = (text: string, field: string, value: string | null) =>
  value === null ? text.replace(new RegExp(`^${field}:.*\\n`, 'm'), '') : text.replace(new RegExp(`^${field}:.*$`, 'm'), `${field}: ${value}`);
const guidePath = 'guides/en/first-steps.mdx';

describe('guide and page front matter', () => {
  it('accepts the valid fixture content', () => {
    const result = syncContent();
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
  });

  it('stops on a missing title, naming the file and the field', () => {
    const result = syncContent({ [guidePath]: withField(validGuide, 'title', null) });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('first-steps.mdx');
    expect(result.output).toMatch(/title/);
  });

  it('stops on a date not written as YYYY-MM-DD', () => {
    const result = syncContent({ [guidePath]: withField(validGuide, 'reviewed', '23.11.2026') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('first-steps.mdx');
    expect(result.output).toMatch(/reviewed: write the date as YYYY-MM-DD/);
  });

  it('stops on a review date in the future', () => {
    const result = syncContent({ [guidePath]: withField(validGuide, 'reviewed', '2999-01-01') });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/reviewed: is in the future/);
  });

  it('stops on an unknown field, so a misspelt field name is not ignored', () => {
    const result = syncContent({ [guidePath]: validGuide.replace('order: 1', 'order: 1\nreviewd: 2026-01-01') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('first-steps.mdx');
    expect(result.output).toMatch(/reviewd/);
  });

  it('stops on a description too short to serve as the meta description', () => {
    const result = syncContent({ [guidePath]: withField(validGuide, 'description', 'Too short.') });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/description/);
  });

  it('stops on a page without its counterpart, naming the file', () => {
    const result = syncContent({ 'guides/fi/ensiaskeleet.mdx': null });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('guides/en/first-steps.mdx');
    expect(result.output).toMatch(/no fi page has key "first-steps"/);
  });

  it('stops on a translation key used twice in one language', () => {
    const result = syncContent({ 'guides/en/second.mdx': validGuide });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/field "key": "first-steps" is already used by/);
    expect(result.output).toContain('second.mdx');
  });

  it('stops on two files that would get the same URL', () => {
    const result = syncContent({ 'guides/en/First-Steps.mdx': withField(validGuide, 'key', 'other') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('First-Steps.mdx');
    expect(result.output).toMatch(/clashes with/);
  });
});
