/**
 * Which channels have messages the viewer has not looked at: a channel counts as read up to its last seq
 * while its tab is open. So a mediator on A's private tab sees a dot on B's tab when B writes.
 */
import { useEffect, useState } from 'react';
import type { RoomMessage } from './rooms.api.ts';

export function useUnread(messages: Record<string, RoomMessage[]>, activeChannel: string | undefined) {
  const [readUpTo, setReadUpTo] = useState<Record<string, number>>({});
  const lastOf = (channel: string) => messages[channel]?.at(-1)?.seq ?? 0;
  const activeLast = activeChannel ? lastOf(activeChannel) : 0;
  useEffect(() => {
    if (activeChannel)
      setReadUpTo((r) => (r[activeChannel] === activeLast ? r : { ...r, [activeChannel]: activeLast }));
  }, [activeChannel, activeLast]);
  return (channel: string) => channel !== activeChannel && lastOf(channel) > (readUpTo[channel] ?? 0);
}
