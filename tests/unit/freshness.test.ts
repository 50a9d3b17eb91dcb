import { describe, expect, it } from 'vitest';
import { isOutOfDate, monthsBefore } from '../../src/utils/freshness';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('whether directory details are out of date', () => {
  const built = new Date('2026-11-23T18:30:00Z');

  it('keeps details checked within the last 12 months current', () => {
    expect(isOutOfDate(day('2026-11-23'), built)).toBe(false);
    expect(isOutOfDate(day('2026-01-10'), built)).toBe(false);
  });

  it('keeps details checked exactly 12 months before the build current', () => {
    expect(isOutOfDate(day('2025-11-23'), built)).toBe(false);
  });

  it('flags details checked more than 12 months before the build', () => {
    expect(isOutOfDate(day('2025-11-22'), built)).toBe(true);
    expect(isOutOfDate(day('2019-05-01'), built)).toBe(true);
  });

  it('judges against the build date, not a fixed one', () => {
    const checked = day('2026-03-01');
    expect(isOutOfDate(checked, day('2027-03-01'))).toBe(false);
    expect(isOutOfDate(checked, day('2027-03-02'))).toBe(true);
  });
});

describe('the same day some months earlier', () => {
  it('counts back across a year boundary', () => {
    expect(monthsBefore(day('2026-02-15'), 12)).toEqual(day('2025-02-15'));
    expect(monthsBefore(day('2026-01-31'), 2)).toEqual(day('2025-11-30'));
  });

  it('uses the last day of a shorter month', () => {
    expect(monthsBefore(day('2028-02-29'), 12)).toEqual(day('2027-02-28'));
  });
});
