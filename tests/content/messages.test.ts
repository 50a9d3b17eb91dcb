import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { characterCount, invitationNoteLimit } from '../../src/utils/message-channels';
import { messageEntries } from '../content-files';

const messages = messageEntries();

describe('the message templates', () => {
  it('cover at least the twelve situations of issue 13', () => {
    expect(messages.length).toBeGreaterThanOrEqual(12);
  });

  it('link only tips that exist', () => {
    const missing = messages.flatMap(({ file, data }) => (data.tips ?? []).filter((tip) => !existsSync(`content/tips/${tip}.yaml`)).map((tip) => `${file}: ${tip}`));
    expect(missing).toEqual([]);
  });

  it('give each tip at most one message, so its link is unambiguous', () => {
    const tips = messages.flatMap(({ data }) => data.tips ?? []);
    expect(tips.filter((tip, index) => tips.indexOf(tip) !== index)).toEqual([]);
  });

  // The reader's name, their name, the place and the detail must still fit in a free account's note.
  it('leave at least 60 characters of a free LinkedIn invitation note for what the reader types', () => {
    const tooLong = messages.flatMap(({ file, data }) => data.variants.filter((variant) => variant.channel === 'linkedin-invitation').flatMap((variant) =>
      (['en', 'fi'] as const).filter((lang) => characterCount(variant[lang].body.trim().replace(/\{\w+\}/g, '')) > invitationNoteLimit.free - 60).map((lang) => `${file}: ${variant.id}.${lang}`)));
    expect(tooLong).toEqual([]);
  });
});
