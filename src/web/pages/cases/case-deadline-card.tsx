/**
 * 办理时限: the case's most urgent time limit as the deadline bar, and every timer of the case in a small
 * table; a timer's row opens to the time each organisation used while it held the case (so time lost in
 * transfers and returns, 推诿、退单, is attributed) and the pauses of its clock.
 */
import { Card, Empty, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { CaseView } from '../../features/cases/cases.api.ts';
import { DeadlineBar, DeadlineLevelTag } from '../../features/deadlines/deadline-bar.tsx';
import { formatAmount, profileLabel } from '../../features/deadlines/deadline-view.ts';
import {
  useCaseTimers,
  useDeadlineProfiles,
  type CaseTimer,
} from '../../features/deadlines/deadlines.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from './use-card-size.ts';

const STATUS_COLORS: Record<string, string> = {
  running: 'processing',
  paused: 'default',
  stopped: 'default',
};

function TimerDetail({ timer }: { timer: CaseTimer }) {
  const { t, tx, locale } = useI18n();
  const unit = tx(`unit.${timer.unit}`) ?? timer.unit;
  return (
    <div style={{ paddingBlock: 4 }}>
      <Table
        rowKey="orgId"
        size="small"
        pagination={false}
        dataSource={timer.byOrg}
        columns={[
          { title: t('timers.org'), dataIndex: 'orgName' },
          {
            title: t('timers.used'),
            dataIndex: 'used',
            width: 120,
            render: (used: number) => `${formatAmount(used)} ${unit}`,
          },
        ]}
        data-testid="timer-by-org"
      />
      {timer.pauses.map((pause) => (
        <Typography.Paragraph key={pause.pausedAt} type="secondary" style={{ margin: '6px 0 0' }}>
          {t('timers.pause', {
            from: formatDateTime(pause.pausedAt, locale),
            to: pause.resumedAt ? formatDateTime(pause.resumedAt, locale) : t('timers.stillPaused'),
            reason: pause.reason,
          })}
        </Typography.Paragraph>
      ))}
    </div>
  );
}

export function CaseDeadlineCard({ caseView }: { caseView: CaseView }) {
  const cardSize = useCardSize();
  const { t, tx, locale } = useI18n();
  const timers = useCaseTimers(caseView.id);
  const profiles = useDeadlineProfiles();
  const profileName = (code: string) => profileLabel(profiles.data, code, locale);
  const deadline = caseView.deadline;

  const columns: TableColumnsType<CaseTimer> = [
    {
      title: t('timers.profile'),
      key: 'profile',
      ellipsis: true,
      render: (_, timer) => profileName(timer.profileCode),
    },
    {
      title: t('timers.limit'),
      key: 'limit',
      width: 96,
      render: (_, timer) => {
        const unit = tx(`unit.${timer.unit}`) ?? timer.unit;
        const base = `${timer.amount} ${unit}`;
        return timer.extensionAmount ? t('timers.extended', { base, extra: timer.extensionAmount }) : base;
      },
    },
    {
      title: t('timers.dueAt'),
      dataIndex: 'dueAt',
      width: 136,
      render: (value: string) => formatDateTime(value, locale),
    },
    {
      title: t('timers.status'),
      key: 'status',
      width: 104,
      render: (_, timer) => (
        <>
          <Tag color={STATUS_COLORS[timer.status]}>{tx(`timerStatus.${timer.status}`) ?? timer.status}</Tag>
          {timer.status !== 'stopped' && <DeadlineLevelTag level={timer.level} />}
        </>
      ),
    },
  ];

  return (
    <Card
      size={cardSize}
      title={t('caseWork.deadline')}
      style={{ height: '100%' }}
      data-testid="case-deadline"
    >
      {deadline ? (
        <DeadlineBar deadline={deadline} title={profileName(deadline.profileCode)} />
      ) : (
        <Typography.Text type="secondary">{t('caseWork.noDeadline')}</Typography.Text>
      )}
      {timers.data && timers.data.items.length > 0 ? (
        <Table<CaseTimer>
          rowKey="id"
          size="small"
          style={{ marginTop: 12 }}
          pagination={false}
          columns={columns}
          dataSource={timers.data.items}
          loading={timers.isFetching && !timers.data}
          expandable={{ expandedRowRender: (timer) => <TimerDetail timer={timer} /> }}
          scroll={{ x: 480 }}
          data-testid="timer-list"
        />
      ) : (
        timers.isSuccess && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timers.none')} />
      )}
    </Card>
  );
}
