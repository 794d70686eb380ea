/**
 * Delivery of room messages to the sockets of THIS process (issue 6). The database is the
 * only source: a subscriber holds a cursor (the last seq it was sent) and every delivery
 * reads `seq > cursor` from room_messages, so replay after a reconnect, live messages,
 * messages written by another process on the same database and messages written before a
 * restart all take the same path — in order, none lost, none twice. Each room's reads run
 * one after another (a promise chain); a room is read when a local write kicks it and on a
 * short poll for rooms with subscribers (how another process's writes arrive).
 *
 * Typing indicators are ephemeral: they go to the other local subscribers of the SAME
 * channel only (never stored, never crossing channels).
 */
import type { Db } from '../../db/database.ts';
import type { Logger } from '../../lib/context.ts';
import * as q from './rooms.queries.ts';
import { messageView, type MessageView } from './rooms.service.ts';

const BATCH = 200;

export interface Subscriber {
  sessionId: string;
  channel: string;
  /** The last seq this subscriber was sent (or asked to start after). */
  cursor: number;
  send(message: MessageView): void;
  sendTyping(name: string): void;
}

interface Room {
  subs: Set<Subscriber>;
  chain: Promise<void>;
}

export class RoomHub {
  private readonly rooms = new Map<string, Room>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    pollMs = 500,
  ) {
    this.timer = setInterval(() => {
      for (const sessionId of this.rooms.keys()) void this.kick(sessionId);
    }, pollMs);
    this.timer.unref();
  }

  /** Adds a subscriber; resolves once every stored message after its cursor has been sent. */
  subscribe(sub: Subscriber): Promise<void> {
    let room = this.rooms.get(sub.sessionId);
    if (!room) {
      room = { subs: new Set(), chain: Promise.resolve() };
      this.rooms.set(sub.sessionId, room);
    }
    room.subs.add(sub);
    return this.kick(sub.sessionId);
  }

  unsubscribe(sub: Subscriber): void {
    const room = this.rooms.get(sub.sessionId);
    if (!room) return;
    room.subs.delete(sub);
    if (room.subs.size === 0) this.rooms.delete(sub.sessionId);
  }

  /** Reads the room's new messages and sends them (queued behind any read in progress). */
  kick(sessionId: string): Promise<void> {
    const room = this.rooms.get(sessionId);
    if (!room) return Promise.resolve();
    room.chain = room.chain
      .then(() => this.deliver(sessionId, room))
      .catch((err: unknown) => this.log.error({ err, sessionId }, 'room delivery failed'));
    return room.chain;
  }

  /** Tells the other local subscribers of `from`'s channel that `name` is typing. */
  typing(from: Subscriber, name: string): void {
    for (const sub of this.rooms.get(from.sessionId)?.subs ?? [])
      if (sub !== from && sub.channel === from.channel) sub.sendTyping(name);
  }

  close(): void {
    clearInterval(this.timer);
    this.rooms.clear();
  }

  private async deliver(sessionId: string, room: Room): Promise<void> {
    for (;;) {
      const subs = [...room.subs];
      if (subs.length === 0) return;
      const from = Math.min(...subs.map((s) => s.cursor));
      const rows = await q.selectMessagesAfter(this.db, sessionId, from, { limit: BATCH });
      if (rows.length === 0) return;
      const last = rows[rows.length - 1]!.seq;
      for (const sub of subs) {
        if (!room.subs.has(sub)) continue;
        for (const row of rows)
          if (row.seq > sub.cursor && row.channel === sub.channel) sub.send(messageView(row));
        sub.cursor = Math.max(sub.cursor, last);
      }
      if (rows.length < BATCH) return;
    }
  }
}
