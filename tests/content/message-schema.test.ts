import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectRefused } from './sync';

const fixturePath = 'messages/thank-you.yaml';
const validMessage = readFileSync(`tests/fixtures/valid/${fixturePath}`, 'utf8');
/** The fixture with one change, which must change something, else the test proves nothing. */
const changed = (from: string | RegExp, to: string) => {
  const text = validMessage.replace(from, to);
  expect(text, `the fixture has no ${String(from)}`).not.toBe(validMessage);
  return text;
};
const refused = (message: string, error: RegExp) => expectRefused({ [fixturePath]: message }, 'thank-you.yaml', error);

describe('message schema', () => {
  it('stops on a variant without its Finnish text, naming the variant', () => {
    refused(changed(/ {4}fi:\n {6}label: Sähköposti\n(?: {6}.*\n| {8}.*\n|\n)+$/, ''), /variants\.0\.fi: Required/);
  });

  it('stops on a situation without its Finnish title and note', () => {
    refused(changed(/^fi:\n(?: {2}.*\n)+/m, ''), /\bfi: Required/);
  });

  it('stops on a placeholder that is not a field, naming the field it is in and the fields there are', () => {
    const output = refused(changed('Thank you for telling me about {detail}.', 'Thank you for telling me about {detail} at {event}.'), /variants\.0\.en\.body: "\{event\}" is not a field/);
    expect(output).toContain('{ownName}, {theirName}, {whereMet}, {field}, {ask}, {detail}');
  });

  it('stops on a placeholder used in one language only, naming the text that lacks it', () => {
    refused(changed('Kiitos, että kerroit aiheesta {detail}.', 'Kiitos avusta.'), /variants\.0\.fi\.body: has no \{detail\}, which the en text uses/);
  });

  it('stops on a brace without its pair', () => {
    refused(changed('Hi {theirName},', 'Hi {theirName,'), /variants\.0\.en\.body: .*without its pair/);
  });

  it('stops on an email without a subject', () => {
    refused(changed('      subject: Kiitos, {theirName}\n', ''), /variants\.0\.fi\.subject: an email message needs a subject/);
  });
});
