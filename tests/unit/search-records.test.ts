import { describe, expect, it } from 'vitest';
import { attribute, findElements, indexedBodies, pageUrl, plainText, searchRecords, withMeta } from '../../src/search/html-records';

const page = (lang: string, body: string) => `<!DOCTYPE html><html lang="${lang}"><head><title>T</title></head><body><nav>Mentorointiohjelmat</nav>${body}</body></html>`;

const tips = page('fi', [
  '<ul>',
  '<li><article class="tip" data-pagefind-filter="type:tip" data-search-keywords="vapaaehtoinen"><h2 id="tip-volunteer">Lähde &amp; vapaaehtoistyöhön</h2><p>Ammattiverkosto <span>kasvaa</span>.</p><p data-pagefind-ignore>Lähde: Kuntaliitto</p></article></li>',
  '<li><article class="tip" data-pagefind-filter="type:tip"><h2 id="tip-coffee">Mene kahvitauolle</h2><article><p>Sisällä</p></article></article></li>',
  '</ul>',
].join(''));

describe('searchRecords', () => {
  it('makes one record per marked item, linked to its heading, and none for the page itself', () => {
    const records = searchRecords('fi/vinkit/index.html', tips);
    expect(records.map((record) => record.url)).toEqual(['/fi/vinkit/#tip-volunteer', '/fi/vinkit/#tip-coffee']);
    const [volunteer, coffee] = records.map((record) => record.html);
    expect(volunteer).toContain('<html lang="fi">');
    expect(volunteer).toContain('data-pagefind-meta="title[content]" content="Lähde &amp; vapaaehtoistyöhön"');
    expect(volunteer).toContain('data-pagefind-meta="keywords[content]" content="vapaaehtoinen"');
    // Extra forms come from the item's own text and keywords, not from the navigation or ignored parts.
    expect(volunteer).toContain('data-pagefind-meta="forms[content]" content="vapaaehtois verkosto"');
    expect(volunteer).not.toContain('Mene kahvitauolle');
    expect(coffee).toContain('<article><p>Sisällä</p></article></article></div>');
  });

  it('indexes a page marked with data-pagefind-body as a whole and skips unmarked pages', () => {
    const body = '<article data-pagefind-body data-pagefind-filter="type:guide"><h1>Opas</h1><p>Etätapahtumassa</p><p data-pagefind-ignore>Lähteet</p></article>';
    const keywords = '<meta name="keywords" content="ohjelma" data-pagefind-meta="keywords[content]">';
    const guide = page('fi', body).replace('</head>', `<style>body{}</style>${keywords}</head>`);
    // Only what Pagefind reads is passed on: language, metadata and the marked part, not the navigation, styles or ignored parts.
    expect(searchRecords('fi/oppaat/x/index.html', guide)).toEqual([{
      url: '/fi/oppaat/x/',
      html: `<!doctype html><html lang="fi"><head>${keywords}<meta data-pagefind-meta="forms[content]" content="tapahtumassa"></head><body>${body.replace('<p data-pagefind-ignore>Lähteet</p>', '')}</body></html>`,
    }]);
    expect(searchRecords('fi/tietoa/index.html', page('fi', '<article><p>Tietoa</p></article>'))).toEqual([]);
  });

  it('adds no compound parts to English pages', () => {
    const body = '<article data-pagefind-body><p>Verkosto ammattiverkosto</p></article>';
    expect(searchRecords('en/guides/x/index.html', page('en', body))[0]?.html).toBe(`<!doctype html><html lang="en"><head></head><body>${body}</body></html>`);
  });

  it('stops the build when an item has no anchor or no heading, naming the page', () => {
    expect(() => searchRecords('en/tips/index.html', page('en', '<article data-pagefind-filter="type:tip"><h2>No id</h2></article>')))
      .toThrow(/en\/tips\/index\.html: an element marked type:tip has no id/);
    expect(() => searchRecords('en/mentoring/index.html', page('en', '<article id="programme-x" data-pagefind-filter="type:programme"><p>No heading</p></article>')))
      .toThrow(/programme-x" has no heading/);
  });
});

describe('HTML helpers', () => {
  it('finds whole elements, nested ones of the same name included', () => {
    const html = '<div data-x><div>a</div><div>b</div></div><div data-x>c</div>';
    expect(findElements(html, (attributes) => attributes.includes('data-x')).map((element) => element.html))
      .toEqual(['<div data-x><div>a</div><div>b</div></div>', '<div data-x>c</div>']);
  });

  it('reads only the indexed parts of a page', () => {
    expect(indexedBodies(page('fi', '<main><p>Ei</p><div data-pagefind-body>Kyllä <b>tämä</b><p data-pagefind-ignore>ei</p></div></main>')).map(plainText)).toEqual(['Kyllä tämä']);
  });

  it('reads attributes pair by pair, so a value that mentions a name is not taken for it', () => {
    const attributes = ' title="not data-pagefind-body here" data-pagefind-filter="type:tip" hidden';
    expect(attribute(attributes, 'data-pagefind-body')).toBeUndefined();
    expect(attribute(attributes, 'data-pagefind-filter')).toBe('type:tip');
    expect(attribute(attributes, 'hidden')).toBe('');
  });

  it('turns file paths into page URLs', () => {
    expect(pageUrl('fi/vinkit/index.html')).toBe('/fi/vinkit/');
    expect(pageUrl('index.html')).toBe('/');
  });

  it('escapes metadata so page text cannot break out of the attribute', () => {
    expect(withMeta('<head></head>', { keywords: 'a "b" <c>' })).toBe('<head><meta data-pagefind-meta="keywords[content]" content="a &quot;b&quot; &lt;c&gt;"></head>');
  });
});
