/**
 * The live feed's cursor (issue 7, wall dashboard): a position in the case event log,
 * ordered by the event's instant and then its id, written as `<ISO instant>~<id>`. It is
 * what the server sends as each Server-Sent Event's `id`, so the browser's
 * `Last-Event-ID` after a reconnect (even to another server process) names exactly the
 * last event it showed. Pure.
 */
import { invalidField } from '../../lib/errors.ts';

export interface FeedCursor {
  /** The event's instant, ISO-8601 UTC with milliseconds. */
  at: string;
  /** The event's id; '' stands before every event of that instant. */
  id: string;
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([0-9a-f-]{0,36})$/;

export function encodeCursor(cursor: FeedCursor): string {
  return `${cursor.at}~${cursor.id}`;
}

/**
 * Reads a cursor sent back by a client.
 * @throws ValidationFailed naming `pointer` when it is not one this server wrote.
 */
export function decodeCursor(text: string, pointer: string): FeedCursor {
  const match = CURSOR.exec(text.trim());
  if (!match || Number.isNaN(Date.parse(match[1]!)))
    throw invalidField(pointer, 'invalid', 'is not a feed position (`<instant>~<event id>`)');
  return { at: match[1]!, id: match[2]! };
}

/** Whether `a` comes after `b` in the feed's order. */
export function isAfter(a: FeedCursor, b: FeedCursor): boolean {
  return a.at > b.at || (a.at === b.at && a.id > b.id);
}
