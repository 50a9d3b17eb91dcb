import { describe, expect, it } from 'vitest';
import { channelLimit, characterCount, invitationWarning, limitState } from '../../src/utils/message-channels';
import { fillTemplate, filledText, mailtoHref, parseTemplate, placeholderNames } from '../../src/utils/message-template';

const labels = { ownName: 'your name', theirName: 'their name', whereMet: 'where you met', field: 'your field', ask: 'your request', detail: 'a detail' };

describe('message templates', () => {
  it('find every name in braces, known or not, and a brace left unpaired', () => {
    expect(placeholderNames('Hi {theirName}, {their name}')).toEqual({ names: ['theirName', 'their name'], unpaired: false });
    expect(placeholderNames('Hi {theirName').unpaired).toBe(true);
    expect(placeholderNames('Hi theirName}').unpaired).toBe(true);
  });

  it('fill the fields the reader gave and show the label of each one left empty', () => {
    const parts = parseTemplate('Hei {theirName}!\nTerveisin {ownName}');
    const filled = fillTemplate(parts, { theirName: '  Matti ', ownName: '   ' }, labels);
    expect(filled).toEqual([
      { text: 'Hei ' },
      { field: 'theirName', text: 'Matti', filled: true },
      { text: '!\nTerveisin ' },
      { field: 'ownName', text: '[your name]', filled: false },
    ]);
    expect(filledText(filled)).toBe('Hei Matti!\nTerveisin [your name]');
  });

  it('keep what the reader typed as it is, markup included, for the view to insert as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    expect(filledText(fillTemplate(parseTemplate('{detail}'), { detail: hostile }, labels))).toBe(hostile);
  });

  it('count characters as a reader sees them, an emoji as one', () => {
    expect(characterCount('Hyvää päivää 👋')).toBe(14);
  });

  it('warn within the last tenth of a limit and past it', () => {
    expect([180, 181, 200, 201].map((count) => limitState(count, 200))).toEqual(['ok', 'near', 'near', 'over']);
  });

  it('warn about an invitation note near the free limit, past it, and past Premium', () => {
    expect([180, 181, 200, 201, 300, 301].map(invitationWarning)).toEqual(['', 'near', 'near', 'overFree', 'overFree', 'overPremium']);
  });

  it('only LinkedIn invitation notes have a limit, the free one lower than Premium', () => {
    expect(channelLimit('linkedin-invitation')).toMatchObject({ free: 200, premium: 300 });
    expect(channelLimit('email')).toBeUndefined();
  });
});

describe('mailto links', () => {
  it('encode Finnish letters as UTF-8 and line breaks as CRLF, and decode back to the message', () => {
    const body = 'Hei Äijä!\nKiitos & näkemiin?\r\nT. Öhman';
    const href = mailtoHref('Kysymys työstäsi', body);
    expect(href).toBe('mailto:?subject=Kysymys%20ty%C3%B6st%C3%A4si&body=Hei%20%C3%84ij%C3%A4!%0D%0AKiitos%20%26%20n%C3%A4kemiin%3F%0D%0AT.%20%C3%96hman');
    const query = new URLSearchParams(href.slice('mailto:?'.length).replace(/\+/g, '%2B'));
    expect(query.get('body')).toBe(body.replace(/\r?\n/g, '\r\n'));
  });
});
