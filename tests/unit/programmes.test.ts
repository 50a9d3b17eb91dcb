import { describe, expect, it } from 'vitest';
import { asLabel, languageName } from '../../src/i18n/language-names';
import { compareProgrammes, directoryFilterOptions, orderLanguages, programmeFilterValues, programmeName, readableUrl } from '../../src/utils/programmes';

describe('directory order', () => {
  it('lists running programmes first, then those between rounds, unknown next and ended last, alphabetically within each', () => {
    const programmes = [
      { name: 'Ended A', status: 'ended' as const },
      { name: 'Between A', status: 'between-rounds' as const },
      { name: 'Unknown B', status: 'unknown' as const },
      { name: 'Running Z', status: 'running' as const },
      { name: 'Unknown A', status: 'unknown' as const },
      { name: 'Running B', status: 'running' as const },
    ];
    expect(programmes.sort((a, b) => compareProgrammes(a, b, 'en')).map(({ name }) => name)).toEqual([
      'Running B', 'Running Z', 'Between A', 'Unknown A', 'Unknown B', 'Ended A',
    ]);
  });

  it('sorts names as readers of the language expect (Finnish puts Ö after Z)', () => {
    const names = [{ name: 'Örebro', status: 'running' as const }, { name: 'Zeta', status: 'running' as const }];
    expect(names.sort((a, b) => compareProgrammes(a, b, 'fi')).map(({ name }) => name)).toEqual(['Zeta', 'Örebro']);
  });
});

describe('filter values of a programme', () => {
  const base = { audience: ['women' as const], languages: ['fi'], region: ['turku' as const], status: 'running' as const };

  it('turns unstated languages and regions into "unknown", so readers can include them', () => {
    expect(programmeFilterValues({ ...base, languages: [], region: [] })).toEqual({
      audience: ['women'], language: ['unknown'], region: ['unknown'], status: ['running'],
    });
  });

  it('counts a nationwide programme as available in every region, but not as online', () => {
    const { region } = programmeFilterValues({ ...base, region: ['nationwide'] });
    expect(region).toEqual(expect.arrayContaining(['nationwide', 'helsinki-region', 'uusimaa', 'turku', 'tampere']));
    expect(region).not.toContain('online');
  });

  it('keeps regional programmes to their own region', () => {
    expect(programmeFilterValues(base).region).toEqual(['turku']);
  });
});

describe('filter choices of the directory', () => {
  it('offers only values some programme has, in a fixed order, with "unknown" last', () => {
    const options = directoryFilterOptions([
      programmeFilterValues({ audience: ['women', 'immigrants'], languages: ['en'], region: [], status: 'ended' }),
      programmeFilterValues({ audience: ['immigrants'], languages: ['sv', 'fi'], region: ['tampere', 'online'], status: 'running' }),
    ]);
    expect(options).toEqual({
      audience: ['immigrants', 'women'],
      language: ['fi', 'sv', 'en'],
      region: ['tampere', 'online', 'unknown'],
      status: ['running', 'ended'],
    });
  });

  it('offers no "unknown" where every programme states the fact', () => {
    const options = directoryFilterOptions([programmeFilterValues({ audience: ['anyone'], languages: ['fi'], region: ['turku'], status: 'running' })]);
    expect(options.language).toEqual(['fi']);
    expect(options.region).toEqual(['turku']);
  });
});

describe('programme names', () => {
  it('uses the Finnish name on Finnish pages only, and only when there is one', () => {
    expect(programmeName({ name: 'Womento', nameFi: 'Womento-työuramentorointi' }, 'fi')).toBe('Womento-työuramentorointi');
    expect(programmeName({ name: 'Womento', nameFi: 'Womento-työuramentorointi' }, 'en')).toBe('Womento');
    expect(programmeName({ name: 'Mesh' }, 'fi')).toBe('Mesh');
  });
});

describe('languages', () => {
  it('names a language in the reader language', () => {
    expect(languageName('sv', 'en')).toBe('Swedish');
    expect(languageName('sv', 'fi')).toBe('ruotsi');
    expect(asLabel('ruotsi', 'fi')).toBe('Ruotsi');
  });

  it('knows no name for a code that is not a language', () => {
    expect(languageName('xx', 'en')).toBeUndefined();
    expect(languageName('english', 'en')).toBeUndefined();
  });

  it('offers Finnish, Swedish and English first and "unknown" last', () => {
    expect(orderLanguages(['unknown', 'en', 'ru', 'fi', 'ar', 'en'])).toEqual(['fi', 'en', 'ar', 'ru', 'unknown']);
  });
});

it('shows an address without protocol, www and trailing slash', () => {
  expect(readableUrl('https://www.example.org/path/')).toBe('example.org/path');
  expect(readableUrl('http://example.org')).toBe('example.org');
});
