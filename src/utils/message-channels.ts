import type { messageChannels } from '../schemas/message';

export type MessageChannel = (typeof messageChannels)[number];

/**
 * LinkedIn's limit on the note sent with an invitation, by account type, as checked on the date in
 * the cited source (content/sources.yaml). LinkedIn publishes no figure in its help pages, and it
 * has lowered the free limit before (from 300 to 200), so check the source again when it changes
 * and update both. The free limit is the one the builder warns about: most readers have no Premium.
 */
export const invitationNoteLimit = { free: 200, premium: 300, source: 'linkedin-invitation-note-limits' } as const;

/**
 * Characters as LinkedIn and most counters count them: each letter, space and line break is one,
 * and so is an emoji made of one code point (a string's `length` would count it twice).
 */
export function characterCount(text: string): number {
  return [...text].length;
}

/** How a count stands against a channel's limit: under it, within `warnAt` characters of it, or over. */
export type LimitState = 'ok' | 'near' | 'over';

/**
 * The reader is warned once fewer than a tenth of the characters are left, so there is room to
 * shorten the message before the channel refuses it.
 */
export function limitState(count: number, limit: number): LimitState {
  if (count > limit) return 'over';
  return count > limit * 0.9 ? 'near' : 'ok';
}

/** The character limit the builder counts against for a channel, where the channel has one. */
export function channelLimit(channel: MessageChannel): typeof invitationNoteLimit | undefined {
  return channel === 'linkedin-invitation' ? invitationNoteLimit : undefined;
}

/** What a LinkedIn invitation note's reader is told about its length (a key of the builder's words), or nothing. */
export type InvitationWarning = '' | 'near' | 'overFree' | 'overPremium';

/**
 * The warning for an invitation note of `count` characters: close to the free limit, past it, or
 * past Premium's. The page's HTML shows it for the message with its gaps, the builder as the
 * reader fills them, so the two agree.
 */
export function invitationWarning(count: number): InvitationWarning {
  if (count > invitationNoteLimit.premium) return 'overPremium';
  return ({ ok: '', near: 'near', over: 'overFree' } as const)[limitState(count, invitationNoteLimit.free)];
}
