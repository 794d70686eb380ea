/**
 * The dashboard's live feed (`GET /api/v1/dashboard/feed`, Server-Sent Events): keeps the newest events,
 * newest first, without duplicates. The browser's EventSource reconnects by itself after a network error
 * and sends Last-Event-ID; when it gives up (the server answered with an error, e.g. during a restart
 * behind a proxy) a new one is opened a few seconds later from the last event seen (`?after=`), so a
 * restart loses nothing and the screen keeps what it showed meanwhile.
 */
import { useEffect, useState } from 'react';
import { apiUrl } from '../../api/client.ts';
import type { FeedEvent } from './dashboard.api.ts';

export type FeedStatus = 'connecting' | 'live' | 'reconnecting';

const KEEP = 30;
const REOPEN_MS = 5000;

/** Adds events to a newest-first list, skipping ones already there, keeping `keep`. Pure. */
export function mergeFeed(
  current: readonly FeedEvent[],
  incoming: readonly FeedEvent[],
  keep = KEEP,
): FeedEvent[] {
  const seen = new Set(current.map((e) => e.id));
  const fresh = incoming.filter((e) => !seen.has(e.id) && (seen.add(e.id), true));
  return [...fresh.reverse(), ...current].slice(0, keep);
}

export function useLiveFeed(orgId: string | undefined): { events: FeedEvent[]; status: FeedStatus } {
  const [events, setEvents] = useState<FeedEvent[]>([]);
  const [status, setStatus] = useState<FeedStatus>('connecting');

  useEffect(() => {
    let source: EventSource | null = null;
    let lastId: string | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const open = () => {
      source = new EventSource(apiUrl('/dashboard/feed', { orgId, after: lastId }), {
        withCredentials: true,
      });
      source.onopen = () => setStatus('live');
      source.addEventListener('case', (message) => {
        const event = JSON.parse((message as MessageEvent<string>).data) as FeedEvent;
        lastId = event.id;
        setEvents((current) => mergeFeed(current, [event]));
      });
      source.onerror = () => {
        setStatus('reconnecting');
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close();
          timer = setTimeout(open, REOPEN_MS);
        }
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [orgId]);

  return { events, status };
}
