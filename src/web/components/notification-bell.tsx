/**
 * The header's bell (issue 4): the unread count as a badge, asked for every 30 s; a click opens the latest
 * notifications (a click on one marks it read and opens its case), "全部已读", and a link to the full list.
 * On phones, where a drop-down has no room, the bell opens the notifications page instead.
 */
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Grid, List, Popover, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { NotificationRow, useOpenNotification } from '../features/notifications/notification-items.tsx';
import { useLatestNotifications, useMarkRead } from '../features/notifications/notifications.api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

const ON_DARK = 'rgba(255,255,255,0.92)';

export function NotificationBell() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const isPhone = Grid.useBreakpoint().md === false;
  const navigate = useNavigate();
  const latest = useLatestNotifications();
  const markRead = useMarkRead();
  const openItem = useOpenNotification(() => setOpen(false));
  const unread = latest.data?.unreadCount ?? 0;
  const items = latest.data?.items ?? [];

  const panel = (
    <div style={{ width: 340, maxWidth: 'calc(100vw - 24px)' }} data-testid="notification-panel">
      <Space style={{ width: '100%', justifyContent: 'space-between', padding: '4px 4px 8px' }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button
          size="small"
          type="link"
          disabled={unread === 0}
          loading={markRead.isPending}
          onClick={() => markRead.mutate(undefined)}
        >
          {t('notifications.readAll')}
        </Button>
      </Space>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          style={{ maxHeight: 400, overflowY: 'auto' }}
          renderItem={(item) => <NotificationRow item={item} onOpen={openItem} compact />}
        />
      )}
      <div style={{ textAlign: 'center', paddingTop: 8, borderTop: '1px solid #f0f0f0' }}>
        <Link to="/notifications" onClick={() => setOpen(false)}>
          {t('notifications.viewAll')}
        </Link>
      </div>
    </div>
  );

  const bell = (
    <Button
      onClick={isPhone ? () => void navigate('/notifications') : undefined}
      type="text"
      aria-label={t('notifications.bell', { count: unread })}
      data-testid="notification-bell"
      style={{ color: ON_DARK, paddingInline: 8 }}
      icon={
        <Badge count={unread} size="small" offset={[4, -2]} data-testid="notification-count">
          <BellOutlined style={{ color: ON_DARK, fontSize: 18 }} />
        </Badge>
      }
    />
  );
  if (isPhone) return bell;
  return (
    <Popover
      content={panel}
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      arrow={false}
    >
      {bell}
    </Popover>
  );
}
