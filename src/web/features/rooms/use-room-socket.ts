/**
 * The room socket from the browser (issue 6): connects to `/api/v1/rooms/socket` (staff by their cookie,
 * citizens with a `hello` carrying their ticket), subscribes to each channel after the last seq it holds,
 * keeps the messages per channel in seq order without duplicates, and reconnects after a drop with the same
 * `afterSeq`, so nothing is lost or shown twice. Typing notices fade after a few seconds.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoomMessage } from './rooms.api.ts';

export type SocketState = 'connecting' | 'online' | 'reconnecting';

interface Options {
  sessionId: string;
  /** Staff only: the case of the session. */
  caseId?: string;
  channels: readonly string[];
  /** Citizens: returns a fresh ticket for each (re)connection. */
  getTicket?: () => Promise<string>;
  /** Called for every message the first time it arrives (e.g. to refresh drafts). */
  onMessage?: (message: RoomMessage) => void;
}

/** Adds `incoming` to `list` by seq, ignoring a seq already held. Pure. */
export function mergeMessages(list: readonly RoomMessage[], incoming: RoomMessage): RoomMessage[] {
  if (list.some((m) => m.seq === incoming.seq)) return list as RoomMessage[];
  return [...list, incoming].sort((a, b) => a.seq - b.seq);
}

export function useRoomSocket({ sessionId, caseId, channels, getTicket, onMessage }: Options) {
  const [messages, setMessages] = useState<Record<string, RoomMessage[]>>({});
  const [typing, setTyping] = useState<Record<string, string | null>>({});
  const [state, setState] = useState<SocketState>('connecting');
  const socketRef = useRef<WebSocket | null>(null);
  const lastSeq = useRef<Record<string, number>>({});
  const onMessageRef = useRef(onMessage);
  onMessageRef.current = onMessage;
  const getTicketRef = useRef(getTicket);
  getTicketRef.current = getTicket;
  const channelKey = channels.join(',');

  useEffect(() => {
    let closed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const timers: Record<string, ReturnType<typeof setTimeout>> = {};
    const list = channelKey ? channelKey.split(',') : [];
    if (list.length === 0) return;

    const connect = async () => {
      const ticket = getTicketRef.current ? await getTicketRef.current().catch(() => null) : null;
      if (closed) return;
      if (getTicketRef.current && !ticket) {
        retry = setTimeout(() => void connect(), 3000);
        return;
      }
      const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
      const ws = new WebSocket(`${scheme}://${window.location.host}/api/v1/rooms/socket`);
      socketRef.current = ws;
      ws.onopen = () => {
        if (ticket) ws.send(JSON.stringify({ type: 'hello', ticket }));
        for (const channel of list)
          ws.send(
            JSON.stringify({
              type: 'subscribe',
              sessionId,
              caseId,
              channel,
              afterSeq: lastSeq.current[channel] ?? 0,
            }),
          );
      };
      ws.onmessage = (event) => {
        const frame = JSON.parse(String(event.data)) as { type: string } & Record<string, unknown>;
        if (frame.type === 'subscribed') setState('online');
        if (frame.type === 'message') {
          const message = frame as unknown as RoomMessage;
          if (message.seq <= (lastSeq.current[message.channel] ?? 0)) return;
          lastSeq.current[message.channel] = message.seq;
          setMessages((all) => ({
            ...all,
            [message.channel]: mergeMessages(all[message.channel] ?? [], message),
          }));
          onMessageRef.current?.(message);
        }
        if (frame.type === 'typing') {
          const channel = String(frame.channel);
          setTyping((all) => ({ ...all, [channel]: String(frame.name) }));
          clearTimeout(timers[channel]);
          timers[channel] = setTimeout(() => setTyping((all) => ({ ...all, [channel]: null })), 3000);
        }
      };
      ws.onclose = () => {
        if (closed) return;
        setState('reconnecting');
        retry = setTimeout(() => void connect(), 1500);
      };
    };
    void connect();
    return () => {
      closed = true;
      clearTimeout(retry);
      Object.values(timers).forEach(clearTimeout);
      socketRef.current?.close();
    };
  }, [sessionId, caseId, channelKey]);

  const send = useCallback(
    (channel: string, text: string) => {
      socketRef.current?.send(JSON.stringify({ type: 'send', sessionId, caseId, channel, text }));
    },
    [sessionId, caseId],
  );
  // At most one typing notice per channel every 1.5 s; per channel, so switching tabs is not swallowed.
  const lastTyping = useRef<Record<string, number>>({});
  const sendTyping = useCallback(
    (channel: string) => {
      if (Date.now() - (lastTyping.current[channel] ?? 0) < 1500) return;
      lastTyping.current[channel] = Date.now();
      socketRef.current?.send(JSON.stringify({ type: 'typing', sessionId, caseId, channel }));
    },
    [sessionId, caseId],
  );
  return { messages, typing, state, send, sendTyping };
}
