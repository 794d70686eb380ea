/**
 * Who may read and write which channel of a mediation room (issue 6, 背对背): the joint
 * channel holds every invited party and the session's mediators; each party's private
 * channel holds that party and the mediators only. A party can never read another
 * party's private channel nor learn who types there. Pure.
 */

export const JOINT = 'joint';
const PRIVATE_PREFIX = 'private:';

/** The private channel of `partyId`. */
export function privateChannel(partyId: string): string {
  return `${PRIVATE_PREFIX}${partyId}`;
}

/** The party of a private channel, or undefined for the joint channel and anything malformed. */
export function channelParty(channel: string): string | undefined {
  if (!channel.startsWith(PRIVATE_PREFIX)) return undefined;
  const id = channel.slice(PRIVATE_PREFIX.length);
  return id.length > 0 ? id : undefined;
}

/** Who is in a room: staff (the mediators) or one party proven by the tracking code. */
export type RoomMember =
  { kind: 'staff'; userId: string; name: string } | { kind: 'party'; partyId: string; name: string };

/** The channels of a room whose invited parties are `partyIds`. */
export function roomChannels(partyIds: readonly string[]): string[] {
  return [JOINT, ...partyIds.map(privateChannel)];
}

/**
 * Whether `member` may read and write `channel` of a room inviting `partyIds`. Staff (already
 * checked to be the room's mediators) hold every channel; a party holds the joint channel
 * and its own private one.
 */
export function canUseChannel(member: RoomMember, channel: string, partyIds: readonly string[]): boolean {
  if (!roomChannels(partyIds).includes(channel)) return false;
  if (member.kind === 'staff') return true;
  return channel === JOINT || channel === privateChannel(member.partyId);
}
