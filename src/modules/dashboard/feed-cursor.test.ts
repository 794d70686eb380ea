import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../lib/errors.ts';
import { decodeCursor, encodeCursor, isAfter } from './feed-cursor.ts';

const ID = '0b6f9a52-3c1e-4f7e-9d2a-5e8c7b1a2f30';

describe('feed cursor', () => {
  it('round-trips an event position', () => {
    const cursor = { at: '2026-03-02T01:00:00.000Z', id: ID };
    expect(encodeCursor(cursor)).toBe(`2026-03-02T01:00:00.000Z~${ID}`);
    expect(decodeCursor(encodeCursor(cursor), '#/x')).toEqual(cursor);
  });

  it('accepts the position before every event of an instant', () => {
    expect(decodeCursor('2026-03-02T01:00:00.000Z~', '#/x')).toEqual({
      at: '2026-03-02T01:00:00.000Z',
      id: '',
    });
  });

  it.each([
    '',
    'abc',
    '2026-03-02~x',
    '2026-13-45T01:00:00.000Z~',
    `2026-03-02T01:00:00Z~${ID}`,
    `${ID}~2026`,
  ])('refuses %j naming the field', (text) => {
    try {
      decodeCursor(text, '#/headers/last-event-id');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ValidationFailed);
      expect((err as ValidationFailed).errors?.[0]?.pointer).toBe('#/headers/last-event-id');
    }
  });

  it('orders by instant, then by id', () => {
    const a = { at: '2026-03-02T01:00:00.000Z', id: 'b' };
    expect(isAfter({ at: '2026-03-02T01:00:00.001Z', id: 'a' }, a)).toBe(true);
    expect(isAfter({ at: '2026-03-02T01:00:00.000Z', id: 'c' }, a)).toBe(true);
    expect(isAfter({ at: '2026-03-02T01:00:00.000Z', id: 'b' }, a)).toBe(false);
    expect(isAfter({ at: '2026-03-02T00:59:59.999Z', id: 'z' }, a)).toBe(false);
  });
});
