import { describe, expect, it } from 'vitest';
import {
  JOINT,
  canUseChannel,
  channelParty,
  privateChannel,
  roomChannels,
  type RoomMember,
} from './channels.ts';

const parties = ['pa', 'pb'];
const a: RoomMember = { kind: 'party', partyId: 'pa', name: 'A' };
const staff: RoomMember = { kind: 'staff', userId: 'u1', name: '调解员' };

describe('room channels', () => {
  it('are the joint channel and one private channel per invited party', () => {
    expect(roomChannels(parties)).toEqual(['joint', 'private:pa', 'private:pb']);
    expect(channelParty(privateChannel('pb'))).toBe('pb');
    expect(channelParty(JOINT)).toBeUndefined();
    expect(channelParty('private:')).toBeUndefined();
  });

  it.each([
    [a, JOINT, true],
    [a, 'private:pa', true],
    [a, 'private:pb', false],
    [a, 'private:px', false],
    [a, 'lobby', false],
    [staff, JOINT, true],
    [staff, 'private:pa', true],
    [staff, 'private:pb', true],
    [staff, 'private:px', false],
  ] as const)('%o on %s → %s', (member, channel, allowed) => {
    expect(canUseChannel(member, channel, parties)).toBe(allowed);
  });
});
