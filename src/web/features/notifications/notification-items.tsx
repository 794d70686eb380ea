/**
 * One notification as a list row (title, message, when; unread ones marked), and opening one: it is marked
 * read and its case, if it has one, opens.
 */
import { Badge, List, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useMarkRead, type Notification } from './notifications.api.ts';

/** Marks `item` read and opens its case (or stays, for a notification without a case). */
export function useOpenNotification(afterOpen?: () => void) {
  const navigate = useNavigate();
  const markRead = useMarkRead();
  return (item: Notification) => {
    if (!item.readAt) markRead.mutate(item.id);
    afterOpen?.();
    if (item.caseId) void navigate(`/cases/${encodeURIComponent(item.caseId)}`);
  };
}

export function NotificationRow({
  item,
  onOpen,
  compact,
}: {
  item: Notification;
  onOpen: (item: Notification) => void;
  compact?: boolean;
}) {
  const { locale } = useI18n();
  const unread = !item.readAt;
  return (
    <List.Item
      onClick={() => onOpen(item)}
      style={{
        cursor: 'pointer',
        paddingInline: compact ? 12 : 8,
        background: unread ? '#f0f5ff' : undefined,
      }}
      data-testid="notification-item"
      data-unread={unread}
    >
      <List.Item.Meta
        avatar={<Badge status={unread ? 'processing' : 'default'} />}
        title={
          <Typography.Text strong={unread} ellipsis={compact ? { tooltip: item.title } : false}>
            {item.title}
          </Typography.Text>
        }
        description={
          <>
            <Typography.Paragraph
              type="secondary"
              style={{ margin: 0 }}
              ellipsis={compact ? { rows: 2 } : false}
            >
              {item.body}
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(item.createdAt, locale)}
            </Typography.Text>
          </>
        }
      />
    </List.Item>
  );
}
