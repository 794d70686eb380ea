/**
 * 通知: every notification of the signed-in user, newest first, page after page; only unread ones on
 * request; a click marks one read and opens its case; "全部已读" marks them all.
 */
import { Button, Card, List, Segmented, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { NotificationRow, useOpenNotification } from '../../features/notifications/notification-items.tsx';
import { useMarkRead, useNotificationPages } from '../../features/notifications/notifications.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';

export function NotificationsPage() {
  const { t } = useI18n();
  const cardSize = useCardSize();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const pages = useNotificationPages(unreadOnly);
  const markRead = useMarkRead();
  const openItem = useOpenNotification();
  const items = useMemo(() => pages.data?.pages.flatMap((page) => page.items) ?? [], [pages.data]);
  const unread = pages.data?.pages[0]?.unreadCount ?? 0;

  return (
    <Card
      size={cardSize}
      title={t('notifications.title')}
      extra={
        <Button
          disabled={unread === 0}
          loading={markRead.isPending}
          onClick={() => markRead.mutate(undefined)}
        >
          {t('notifications.readAll')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 8 }}>
        <Segmented
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(value) => setUnreadOnly(value === 'unread')}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadOnly') },
          ]}
        />
        <Typography.Text type="secondary" data-testid="notifications-unread">
          {t('notifications.unreadCount', { count: unread })}
        </Typography.Text>
      </Space>
      <List
        loading={pages.isPending}
        dataSource={items}
        locale={{ emptyText: t('notifications.empty') }}
        renderItem={(item) => <NotificationRow item={item} onOpen={openItem} />}
        data-testid="notification-list"
      />
      {pages.hasNextPage && (
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
            {t('caseList.more')}
          </Button>
        </div>
      )}
    </Card>
  );
}
