import { describe, expect, it } from 'vitest';
import { shortCitation } from '../../src/utils/citation';

describe('short citations', () => {
  it('names the publisher and the year', () => {
    expect(shortCitation({ title: 'LinkedIn tips', publisher: 'TUAS', date: '2023-05-02' }, 'unknown')).toBe('TUAS, 2023');
  });

  it('falls back to the title and says when the date is unknown, never guessing', () => {
    expect(shortCitation({ title: 'LinkedIn tips', publisher: 'unknown', date: 'unknown' }, 'ei tiedossa')).toBe('LinkedIn tips, ei tiedossa');
  });
});
