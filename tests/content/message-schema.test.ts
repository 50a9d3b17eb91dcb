import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectProblems } from './sync';

const fixturePath = 'messages/thank-you.yaml';
const validMessage = readFileSync(`tests/fixtures/valid/${fixturePath}`, 'utf8');
/** The fixture with one change, which must change something, else the test proves nothing. */
const changed = (from: string | RegExp, to: string) => {
  const text = validMessage.replace(from, to);
  expect(text, `the fixture has no ${String(from)}`).not.toBe(validMessage);
  return text;
};
const refused = (message: string, lines: string[]) => expectProblems({ [fixturePath]: message }, lines.map((line) => `content/${fixturePath}${line}`));

describe('message schema', () => {
  it('stops on a variant without its Finnish text, naming the variant', () => {
    refused(changed(/ {4}fi:\n {6}label: Sähköposti\n(?: {6}.*\n| {8}.*\n|\n)+$/, ''), [':11 — variants › item 1 › fi: is missing. Add this field (a group of fields).']);
  });

  it('stops on a situation without its Finnish title and note', () => {
    refused(changed(/^fi:\n(?: {2}.*\n)+/m, ''), [' — fi: is missing. Add this field (a group of fields).']);
  });

  it('stops on a placeholder that is not a field, naming the field it is in and the fields there are', () => {
    refused(changed('Thank you for telling me about {detail}.', 'Thank you for telling me about {detail} at {event}.'), [
      ':16 — variants › item 1 › en › body: "{event}" is not a field. Use one of {ownName}, {theirName}, {whereMet}, {field}, {ask}, {detail}.',
    ]);
  });

  it('stops on a placeholder used in one language only, naming the text that lacks it', () => {
    refused(changed('Kiitos, että kerroit aiheesta {detail}.', 'Kiitos avusta.'), [':26 — variants › item 1 › fi › body: has no {detail}, which the en text uses. Use the same fields in both languages.']);
  });

  it('stops on a brace without its pair', () => {
    refused(changed('Hi {theirName},', 'Hi {theirName,'), [':16 — variants › item 1 › en › body: has a "{" or "}" without its pair. Write a field as {theirName}.']);
  });

  it('stops on a tip that does not exist, naming the field', () => {
    refused(changed('tips: [ask-for-advice]', 'tips: [ask-for-advise]'), [':3 — tips › item 1: "ask-for-advise" is not an id in content/tips/. Did you mean "ask-for-advice"? Use an id from content/tips/, or add the entry there first.']);
  });

  it('stops on an email without a subject', () => {
    refused(changed('      subject: Kiitos, {theirName}\n', ''), [':23 — variants › item 1 › fi › subject: is missing, and an email needs a subject. Add one.']);
  });
});
