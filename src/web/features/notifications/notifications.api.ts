/**
 * The signed-in user's inbox (issue 4: new assignment, returned case, yellow/red, supervision, extension
 * decision): the latest items with the unread count, polled every 30 s for the header's bell; the whole
 * list page by page; and marking read.
 */
import type { Static } from '@sinclair/typebox';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  InboxPageSchema,
  NotificationSchema,
} from '../../../modules/notifications/notifications.schemas.ts';
import { api } from '../../api/client.ts';

export type Notification = Static<typeof NotificationSchema>;
export type InboxPage = Static<typeof InboxPageSchema>;

export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;
/** How often the bell asks for new notifications. */
export const POLL_INTERVAL_MS = 30_000;
const LATEST_COUNT = 8;

/** The latest notifications and the unread count, refreshed every 30 s (also in a background tab). */
export function useLatestNotifications() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, 'latest'],
    queryFn: ({ signal }) => api.get<InboxPage>('/notifications', { limit: LATEST_COUNT }, signal),
    refetchInterval: POLL_INTERVAL_MS,
  });
}

/** Every notification (or only unread ones), page after page. */
export function useNotificationPages(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, 'pages', unreadOnly],
    queryFn: ({ pageParam, signal }) =>
      api.get<InboxPage>(
        '/notifications',
        { unread: unreadOnly || undefined, cursor: pageParam, limit: 20 },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Marks one notification read, or all of them (`id` undefined). */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | undefined): Promise<unknown> =>
      id === undefined
        ? api.post<{ updated: number }>('/notifications/read-all')
        : api.post<Notification>(`/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY }),
  });
}
