/**
 * The deadline bar (issue 4): the share of the time used as a bar, green while on time, amber once warned
 * (预警), red when overdue (超期); when it runs out in Shanghai time; and "已中止计时" while the clock is
 * suspended. `DeadlineCell` draws the compact bar of a case in a list from its timers.
 */
import { PauseCircleOutlined } from '@ant-design/icons';
import { Progress, Skeleton, Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCaseTimers } from './deadlines.api.ts';
import { levelColor, mostUrgentTimer, usedPercent } from './deadline-view.ts';

/** What the bar needs of a deadline (the case's `deadline`, or one timer). */
export interface DeadlineLike {
  dueAt: string;
  level: string;
  usedShare: number;
  isPaused: boolean;
}

const LEVEL_TAG: Record<string, string> = { yellow: 'warning', red: 'error' };

export function DeadlineLevelTag({ level }: { level: string }) {
  const { t } = useI18n();
  if (level !== 'yellow' && level !== 'red') return null;
  return (
    <Tag color={LEVEL_TAG[level]} style={{ marginInlineEnd: 0 }}>
      {t(level === 'red' ? 'deadline.level.red' : 'deadline.level.yellow')}
    </Tag>
  );
}

export function PausedTag() {
  const { t } = useI18n();
  return (
    <Tag icon={<PauseCircleOutlined />} style={{ marginInlineEnd: 0 }} data-testid="deadline-paused">
      {t('deadline.paused')}
    </Tag>
  );
}

/** The full bar: progress, due time, level and pause. */
export function DeadlineBar({ deadline, title }: { deadline: DeadlineLike; title?: string }) {
  const { t, locale } = useI18n();
  const percent = usedPercent(deadline.usedShare);
  return (
    <div data-testid="deadline-bar" data-level={deadline.level}>
      <Space wrap size={8} style={{ marginBottom: 4 }}>
        {title && <Typography.Text strong>{title}</Typography.Text>}
        <DeadlineLevelTag level={deadline.level} />
        {deadline.isPaused && <PausedTag />}
      </Space>
      <Progress
        percent={percent}
        strokeColor={levelColor(deadline.level)}
        status={deadline.level === 'red' ? 'exception' : 'normal'}
        format={() => t('deadline.used', { percent: Math.round(deadline.usedShare * 100) })}
        aria-label={t('deadline.used', { percent: Math.round(deadline.usedShare * 100) })}
      />
      <Typography.Text type={deadline.level === 'red' ? 'danger' : 'secondary'} data-testid="deadline-due">
        {t('deadline.dueAt', { time: formatDateTime(deadline.dueAt, locale) })}
      </Typography.Text>
    </div>
  );
}

/** A list row's compact bar for a case, from its timers; a dash when no clock runs. */
export function DeadlineCell({ caseId }: { caseId: string }) {
  const { t, locale } = useI18n();
  const timers = useCaseTimers(caseId);
  if (timers.isPending) return <Skeleton.Input active size="small" style={{ width: 120 }} />;
  const timer = timers.data ? mostUrgentTimer(timers.data.items) : undefined;
  if (!timer) return <Typography.Text type="secondary">{t('caseDetail.none')}</Typography.Text>;
  const percent = Math.round(timer.usedShare * 100);
  return (
    <div style={{ minWidth: 140 }} data-testid="deadline-cell" data-level={timer.level}>
      <Progress
        percent={usedPercent(timer.usedShare)}
        strokeColor={levelColor(timer.level)}
        size="small"
        format={() => `${percent}%`}
        style={{ margin: 0 }}
      />
      <Space size={4} wrap>
        <Typography.Text type={timer.level === 'red' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {t('deadline.dueAt', { time: formatDateTime(timer.dueAt, locale) })}
        </Typography.Text>
        <DeadlineLevelTag level={timer.level} />
        {timer.isPaused && <PausedTag />}
      </Space>
    </div>
  );
}
