/**
 * 督办 on the case page: the supervisions of the case (a leader's, or the deadline sweep's for a red case)
 * with their replies. Leaders may raise one; the organisation holding the case replies to open ones.
 * Shown when the case has supervisions or the user is a leader.
 */
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../app/current-user.tsx';
import type { CaseView } from '../../features/cases/cases.api.ts';
import { isWithin } from '../../features/orgs/org-scope.ts';
import { useOrgs } from '../../features/orgs/orgs.api.ts';
import { useCaseSupervisions, type Supervision } from '../../features/supervision/supervision.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ReplyModal, SuperviseModal } from './case-supervision-modals.tsx';
import { useCardSize } from './use-card-size.ts';

const URGENCY_COLORS: Record<string, string> = { normal: 'blue', urgent: 'orange', critical: 'red' };
/** The roles told of a supervision, who answer it for their organisation. */
const REPLYING_ROLES = ['dispatcher', 'handler', 'mediator', 'grid_worker'];

function SupervisionItem({ item, onReply }: { item: Supervision; onReply?: () => void }) {
  const { t, tx, locale } = useI18n();
  return (
    <List.Item
      actions={
        onReply
          ? [
              <Button key="reply" size="small" type="primary" onClick={onReply}>
                {t('supervision.reply')}
              </Button>,
            ]
          : []
      }
      data-testid="supervision-item"
    >
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Space wrap size={6}>
          <Tag color={URGENCY_COLORS[item.urgency]}>{tx(`urgency.${item.urgency}`) ?? item.urgency}</Tag>
          <Tag color={item.isOpen ? 'warning' : 'success'}>
            {t(item.isOpen ? 'supervision.open' : 'supervision.answered')}
          </Tag>
          <Typography.Text type="secondary">
            {item.source === 'leader' ? (item.createdByName ?? '') : t('supervision.bySweep')} ·{' '}
            {formatDateTime(item.createdAt, locale)}
          </Typography.Text>
        </Space>
        <Typography.Text>{item.note}</Typography.Text>
        <Typography.Text type="secondary">
          {t('supervision.replyDue', { org: item.orgName, time: formatDateTime(item.replyDueAt, locale) })}
        </Typography.Text>
        {item.reply && (
          <Typography.Text>
            {t('supervision.replyLine', {
              time: formatDateTime(item.repliedAt ?? '', locale),
              reply: item.reply,
            })}
          </Typography.Text>
        )}
      </Space>
    </List.Item>
  );
}

export function CaseSupervisionCard({ caseView }: { caseView: CaseView }) {
  const cardSize = useCardSize();
  const { t } = useI18n();
  const me = useCurrentUser();
  const orgs = useOrgs();
  const supervisions = useCaseSupervisions(caseView.id);
  const [supervising, setSupervising] = useState(false);
  const [replyTo, setReplyTo] = useState<Supervision>();
  const isLeader = me.roles.includes('leader');
  const holds =
    REPLYING_ROLES.some((role) => me.roles.includes(role)) &&
    isWithin(orgs.data ?? [], caseView.currentOrg.id, me.org.id);
  const items = supervisions.data ?? [];
  if (!isLeader && items.length === 0) return null;

  return (
    <Card
      size={cardSize}
      title={t('supervision.title')}
      data-testid="case-supervisions"
      extra={
        isLeader && (
          <Button type="primary" danger onClick={() => setSupervising(true)}>
            {t('supervision.create')}
          </Button>
        )
      }
    >
      <List
        loading={supervisions.isPending}
        dataSource={items}
        locale={{ emptyText: t('supervision.none') }}
        renderItem={(item) => (
          <SupervisionItem item={item} onReply={holds && item.isOpen ? () => setReplyTo(item) : undefined} />
        )}
      />
      <SuperviseModal caseId={caseView.id} open={supervising} onClose={() => setSupervising(false)} />
      <ReplyModal caseId={caseView.id} supervision={replyTo} onClose={() => setReplyTo(undefined)} />
    </Card>
  );
}
