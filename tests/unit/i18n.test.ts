import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/ui/en.json';
import fi from '../../src/i18n/ui/fi.json';
import { formatDate, formatPartialDate } from '../../src/i18n/format';
import { interpolate } from '../../src/i18n/interpolate';
import { useTranslations } from '../../src/i18n/translate';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

describe('UI strings', () => {
  it('has every key in both languages', () => {
    const enKeys = Object.keys(en).filter((key) => !pluralSuffix.test(key));
    const fiKeys = Object.keys(fi).filter((key) => !pluralSuffix.test(key));
    expect(enKeys.filter((key) => !(key in fi)), 'keys missing from fi.json').toEqual([]);
    expect(fiKeys.filter((key) => !(key in en)), 'keys missing from en.json').toEqual([]);
  });

  it('has the plural forms each language needs', () => {
    for (const [name, strings] of [['en', en], ['fi', fi]] as const) {
      const bases = new Set(Object.keys(strings).filter((key) => pluralSuffix.test(key)).map((key) => key.replace(pluralSuffix, '')));
      for (const base of bases) {
        expect(`${base}_one` in strings && `${base}_other` in strings, `${name}: ${base}_one and ${base}_other`).toBe(true);
      }
    }
  });

  it('has no empty strings', () => {
    for (const strings of [en, fi]) {
      for (const [key, value] of Object.entries(strings)) expect(value.trim(), key).not.toBe('');
    }
  });

  it('translates into the requested language and picks plural forms', () => {
    expect(useTranslations('fi')('nav.tips')).toBe('Vinkit');
    expect(useTranslations('en')('nav.tips')).toBe('Tips');
    expect(useTranslations('en')('guides.count', { count: 1 })).toBe('1 guide');
    expect(useTranslations('fi')('guides.count', { count: 11 })).toBe('11 opasta');
  });

  it('answers a remembered lookup the same way, and never from another language or without its options', () => {
    const en = useTranslations('en');
    expect(en('nav.tips')).toBe('Tips');
    expect(en('nav.tips')).toBe('Tips');
    expect(useTranslations('fi')('nav.tips')).toBe('Vinkit');
    // A plain lookup of a plural key is remembered; calls with a count must still be counted.
    en('guides.count');
    expect(en('guides.count', { count: 2 })).toBe('2 guides');
    expect(en('guides.count', { count: 1 })).toBe('1 guide');
  });
});

describe('dates', () => {
  const day = new Date('2026-11-23T00:00:00Z');
  it('reads as British English in English', () => expect(formatDate(day, 'en')).toBe('23 November 2026'));
  it('reads day.month.year in Finnish', () => expect(formatDate(day, 'fi')).toBe('23.11.2026'));
});

describe('a date only as precise as its source', () => {
  it('keeps a year a year', () => expect(formatPartialDate('2025', 'en')).toBe('2025'));
  it('writes a month in words in both languages', () => {
    expect(formatPartialDate('2025-10', 'en')).toBe('October 2025');
    expect(formatPartialDate('2025-10', 'fi')).toBe('lokakuu 2025');
  });
  it('writes a full day as other dates', () => expect(formatPartialDate('2025-10-06', 'fi')).toBe('6.10.2025'));
});

describe('interpolate', () => {
  it('puts numbers and names into a script\'s {name} slots, leaving a slot without a value as it is', () => {
    expect(interpolate('Characters: {count} of {free}', { count: 12, free: 200 })).toBe('Characters: 12 of 200');
    expect(interpolate('Logged for {name} {later}', { name: 'Matti' })).toBe('Logged for Matti {later}');
  });
});
