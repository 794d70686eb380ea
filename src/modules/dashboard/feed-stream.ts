/**
 * Writes the live feed as Server-Sent Events (text/event-stream) until `signal` aborts:
 * each event with its cursor as `id`, a `retry` hint for the browser, and a comment line
 * as heartbeat when nothing was written for a while, so proxies keep the connection.
 * A failed read (the database restarting) is logged and retried at the next poll; the
 * position does not move, so nothing is lost.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServiceContext } from '../../lib/context.ts';
import { FEED_BATCH, readFeed, type FeedPosition } from './feed.service.ts';

export interface FeedStreamOptions {
  pollMs: number;
  heartbeatMs: number;
  /** The reconnection delay the browser is told to use. */
  retryMs: number;
}

export const FEED_STREAM_DEFAULTS: FeedStreamOptions = { pollMs: 2000, heartbeatMs: 15_000, retryMs: 3000 };

/** One event in SSE framing; the data is one line of JSON. */
export function sseEvent(id: string, event: string, data: unknown): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export async function streamFeed(
  ctx: ServiceContext,
  start: FeedPosition,
  write: (chunk: string) => void,
  signal: AbortSignal,
  options: FeedStreamOptions = FEED_STREAM_DEFAULTS,
): Promise<void> {
  let position = start;
  write(`retry: ${options.retryMs}\n: connected\n\n`);
  let lastWrite = Date.now();
  while (!signal.aborted) {
    let more = false;
    try {
      const read = await readFeed(ctx, position);
      if (signal.aborted) return;
      for (const event of read.events) write(sseEvent(event.id, 'case', event));
      if (read.events.length > 0) lastWrite = Date.now();
      position = read.position;
      more = read.events.length === FEED_BATCH;
    } catch (err) {
      ctx.log.warn({ err }, 'dashboard feed: reading the event log failed; retrying');
    }
    if (more) continue;
    if (Date.now() - lastWrite >= options.heartbeatMs) {
      write(': heartbeat\n\n');
      lastWrite = Date.now();
    }
    try {
      await sleep(options.pollMs, undefined, { signal });
    } catch {
      return;
    }
  }
}
