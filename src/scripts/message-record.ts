import { defineRecordType } from './personal-data';
import { handSchema } from './personal-data/hand-schema';
import { isMessageField, type FieldValues } from '../utils/message-template';

/** The messages' language: one of the site's, or both side by side. */
export type MessageLanguageChoice = 'en' | 'fi' | 'both';

/** What the Messages page keeps for the reader: the fields they filled once, and their language choice. */
export interface MessageFieldsValue {
  fields: FieldValues;
  language: MessageLanguageChoice;
}

/** Longer than any name, place or request a message needs; a pasted essay is not a field value. */
export const fieldMaxLength = 500;

function isMessageFieldsValue(value: unknown): value is MessageFieldsValue {
  if (typeof value !== 'object' || value === null) return false;
  const { fields, language } = value as Record<string, unknown>;
  if (language !== 'en' && language !== 'fi' && language !== 'both') return false;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return false;
  return Object.entries(fields).every(([name, text]) => isMessageField(name) && typeof text === 'string' && text.length <= fieldMaxLength);
}

/**
 * The Messages page's one record (`networking-guide:message-fields`), in the backup under
 * "messages". A hand-written check rather than zod: two fields do not justify 6 KB of schema code
 * in a page whose script budget is 10 KB. Retyping six short fields costs little, so a change does
 * not start the backup reminder.
 */
export const messageFieldsType = defineRecordType<MessageFieldsValue>({
  tool: 'messages',
  name: 'message-fields',
  version: 1,
  singleton: true,
  remindBackup: false,
  schema: handSchema(isMessageFieldsValue, 'Expected the message fields (names of the defined fields with text) and a language: en, fi or both'),
});
