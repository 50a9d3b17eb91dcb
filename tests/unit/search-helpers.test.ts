import { describe, expect, it } from 'vitest';
import { compoundTails, finnishForms, nenForms } from '../../src/search/finnish-forms';
import { excerptParts } from '../../src/search/excerpt';
import { fillTemplate, readSearchState, searchStateQuery, urlLang } from '../../src/search/search-state';

describe('excerptParts', () => {
  it('keeps matches marked and everything else as text', () => {
    expect(excerptParts('Find a <mark>mentor</mark> who <mark>mentors</mark>.')).toEqual([
      { text: 'Find a ', marked: false },
      { text: 'mentor', marked: true },
      { text: ' who ', marked: false },
      { text: 'mentors', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('turns escaped markup in page text back into plain characters, never into tags', () => {
    expect(excerptParts('Type &lt;img src=x onerror=alert(1)&gt; <mark>here</mark>')).toEqual([
      { text: 'Type <img src=x onerror=alert(1)> ', marked: false },
      { text: 'here', marked: true },
    ]);
  });

  it('treats any tag other than mark as text', () => {
    expect(excerptParts('<b>bold</b>')).toEqual([{ text: '<b>bold</b>', marked: false }]);
  });
});

describe('search state in the URL', () => {
  it('reads the query, the type and the other-language option', () => {
    expect(readSearchState(new URLSearchParams('q=mentori&type=tip&both=1'))).toEqual({ query: 'mentori', type: 'tip', both: true });
  });

  it('ignores an unknown type and anything but both=1', () => {
    expect(readSearchState(new URLSearchParams('q=x&type=video&both=yes'))).toEqual({ query: 'x', type: undefined, both: false });
  });

  it('writes only what differs from the defaults and round-trips', () => {
    expect(searchStateQuery({ query: '', type: undefined, both: false })).toBe('');
    const state = { query: 'työ & ura <b>', type: 'programme', both: true } as const;
    const query = searchStateQuery(state);
    expect(query).toBe('?q=ty%C3%B6+%26+ura+%3Cb%3E&type=programme&both=1');
    expect(readSearchState(new URLSearchParams(query))).toEqual(state);
  });

  it('tells the language of a result from its URL', () => {
    expect(urlLang('/fi/vinkit/#tip-x')).toBe('fi');
    expect(urlLang('/en/guides/mentoring/')).toBe('en');
    expect(urlLang('/pagefind/')).toBeUndefined();
  });

  it('fills placeholders and leaves unknown ones alone', () => {
    expect(fillTemplate('{{count}} results for “{{query}}” {{other}}', { count: 3, query: '<b>' })).toBe('3 results for “<b>” {{other}}');
  });
});

describe('Finnish word forms', () => {
  it('finds the second part of compounds with its ending', () => {
    expect(compoundTails(['ammattiverkostoja', 'etätapahtumassa', 'työpaikkailmoitus']).sort()).toEqual(
      ['ilmoitus', 'paikkailmoitus', 'tapahtumassa', 'verkostoja'],
    );
  });

  it('leaves words that only start with a part, and ordinary endings, alone', () => {
    expect(compoundTails(['verkosto', 'tavallista', 'mentori'])).toEqual([]);
  });

  it('joins the two stems of -nen words', () => {
    expect(nenForms('pakolainen')).toEqual(['pakolais']);
    expect(nenForms('pakolaisille')).toEqual(['pakolainen']);
    expect(nenForms('ihmisistä')).toEqual(['ihminen']);
    expect(nenForms('verkostoitumisesi')).toEqual(['verkostoituminen']);
    expect(nenForms('verkosto')).toEqual([]);
  });

  it('adds only forms the text does not already have, for tails too', () => {
    expect(finnishForms('Digiverkostoituminen ja verkostoituminen.')).toEqual(['digiverkostoitumis', 'verkostoitumis']);
    expect(finnishForms('Ammattiverkosto')).toEqual(['verkosto']);
  });
});
