/**
 * The Messages page's link to My network, loaded with `import()` only when the page is opened from
 * a person there (`?contact=<person id>`): it reads that person through My network's own record
 * type and logs a written message with My network's own `logInteraction`, so both tools share one
 * set of rules. Kept out of the page's main script because My network's model and record types
 * (about 5 KB gzip) are needed only on those visits, and the page's script budget is 10 KB.
 */
import { localDay } from './my-network/model';
import { logInteraction, personType } from './my-network/records';
import { personalData } from './personal-data';
import type { MessageChannel } from '../utils/message-channels';

export interface Contact {
  name: string;
  /** What the message's "their name" gets: the first name, as Finnish working life uses. */
  firstName: string;
  howWeMet: string;
}

/** The person with this id in My network, or undefined when this browser has no such person. */
export function findContact(personId: string): Contact | undefined {
  const person = personalData.collection(personType).get(personId);
  if (!person) return undefined;
  const name = person.name.trim();
  return { name, firstName: name.split(/\s+/)[0] ?? name, howWeMet: person.howWeMet.trim() };
}

/** Logs today's message to the person in My network: an email as "email", anything on LinkedIn as "message". */
export function logMessage(personId: string, channel: MessageChannel, note: string) {
  return logInteraction(personalData, { personId, date: localDay(), kind: channel === 'email' ? 'email' : 'message', note });
}
