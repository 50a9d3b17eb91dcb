import { describe, expect, it } from 'vitest';
import { fieldMaxLength, messageFieldsType } from '../../src/scripts/message-record';
import { checkValue } from '../../src/scripts/personal-data';

describe('the Messages record', () => {
  it('keeps the defined fields and a language choice', () => {
    expect(checkValue(messageFieldsType, { fields: { theirName: 'Matti', detail: '<b>x</b>' }, language: 'both' }).ok).toBe(true);
    expect(checkValue(messageFieldsType, { fields: {}, language: 'fi' }).ok).toBe(true);
  });

  it('refuses a field the messages do not have, a value that is not text or too long, and an unknown language', () => {
    for (const value of [
      { fields: { nimi: 'Matti' }, language: 'en' },
      { fields: { theirName: 3 }, language: 'en' },
      { fields: { theirName: 'x'.repeat(fieldMaxLength + 1) }, language: 'en' },
      { fields: {}, language: 'sv' },
      { fields: [], language: 'en' },
    ]) expect(checkValue(messageFieldsType, value).ok, JSON.stringify(value).slice(0, 60)).toBe(false);
  });

  it('is a record of the messages tool, in the backup', () => {
    expect(messageFieldsType).toMatchObject({ tool: 'messages', singleton: true, inBackup: true });
  });
});
