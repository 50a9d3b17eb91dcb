import { describe, expect, it } from 'vitest';
import { syncContent } from './sync';

describe('the valid fixture content', () => {
  // Every refusal test changes one thing in this content, so it must pass as it is.
  it('passes every schema and the translation pairing check', () => {
    const result = syncContent();
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
  });
});
