import { describe, expect, it } from 'vitest';
import type { RoomMessage } from './rooms.api.ts';
import { mergeMessages } from './use-room-socket.ts';

const m = (seq: number, body = `m${seq}`): RoomMessage => ({
  seq,
  channel: 'joint',
  kind: 'text',
  body,
  author: { kind: 'staff', id: 'u', name: '调解员' },
  data: null,
  createdAt: '2026-03-02T01:00:00.000Z',
});

describe('mergeMessages', () => {
  it('keeps messages in seq order and never twice (a replay after reconnect overlapping live ones)', () => {
    let list: RoomMessage[] = [];
    for (const seq of [1, 3, 2, 3, 1, 5]) list = mergeMessages(list, m(seq));
    expect(list.map((x) => x.seq)).toEqual([1, 2, 3, 5]);
  });

  it('returns the same list when the seq is already held', () => {
    const list = [m(1)];
    expect(mergeMessages(list, m(1, 'again'))).toBe(list);
  });
});
