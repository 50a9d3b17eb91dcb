import type { messageChannels } from '../schemas/message';

export type MessageChannel = (typeof messageChannels)[number];

/**
 * LinkedIn's limit on the note sent with an invitation, by account type, as checked on the date in
 * the cited source (content/sources.yaml). LinkedIn publishes no figure in its help pages, and it
 * has lowered the free limit before (from 300 to 200), so check the source again when it changes
 * and update both. The free limit is the one the builder warns about: most readers have no Premium.
 */
export const invitationNoteLimit = { free: 200, premium: 300, source: 'linkedin-invitation-note-limits' } as const;

/** The character limit the builder counts against for a channel, where the channel has one. */
export function channelLimit(channel: MessageChannel): typeof invitationNoteLimit | undefined {
  return channel === 'linkedin-invitation' ? invitationNoteLimit : undefined;
}
