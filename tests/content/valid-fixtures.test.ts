import { describe, expect, it } from 'vitest';
import { problemLines, syncContent } from './sync';

describe('the valid fixture content', () => {
  // Every refusal test changes one thing in this content, so it must pass as it is.
  it('passes every schema and the translation pairing check', () => {
    const result = syncContent();
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
  });
});

describe('the real content', () => {
  // Every check of the content gate (src/content-checks/) holds for what is published today.
  it('passes every check of the build', () => {
    const result = syncContent({}, 'content');
    expect(problemLines(result.output)).toEqual([]);
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
  });
});
