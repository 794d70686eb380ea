/**
 * 会商研判 (/consultations): the tasks consultation decisions gave the user (their own, or all of their
 * subtree — a leader's default), and the "3+X" consultations about cases in the user's subtree, by state (the filters live in
 * the URL). A consultation opens its page; it is convened from its case's page.
 */
import { Card, Descriptions, Segmented, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../app/current-user.tsx';
import {
  CONSULTATION_STATUSES,
  useConsultationTasks,
  useConsultations,
  type ConsultationListItem,
  type ConsultationStatus,
} from '../../features/consultations/consultations.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { ProblemAlert } from '../mediation/mediation-ui.tsx';
import { ConsultationTasks } from './consultation-tasks.tsx';
import { ConsultationStatusTag } from './consultation-ui.tsx';

const isStatus = (value: string | null): value is ConsultationStatus =>
  (CONSULTATION_STATUSES as readonly (string | null)[]).includes(value);

function TasksCard() {
  const { t } = useI18n();
  const cardSize = useCardSize();
  const [params, setParams] = useSearchParams();
  // A leader reads the tasks of their whole area first; everyone else their own.
  const fallback = useCurrentUser().roles.includes('leader') ? 'all' : 'mine';
  const raw = params.get('tasks');
  const scope = raw === 'all' || raw === 'mine' ? raw : fallback;
  const tasks = useConsultationTasks({ status: 'open', mine: scope === 'mine' });
  const visible = useConsultations(undefined);
  const openableIds = useMemo(() => new Set((visible.data ?? []).map((k) => k.id)), [visible.data]);
  const setScope = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === fallback) next.delete('tasks');
    else next.set('tasks', value);
    setParams(next, { replace: true });
  };
  return (
    <Card
      size={cardSize}
      title={t('consultation.openTasks')}
      extra={
        <Segmented
          size="small"
          value={scope}
          onChange={setScope}
          options={[
            { value: 'mine', label: t('consultationTask.mine') },
            { value: 'all', label: t('consultationTask.subtree') },
          ]}
        />
      }
      data-testid="consultation-open-tasks"
    >
      <ProblemAlert error={tasks.error} />
      <ConsultationTasks
        tasks={tasks.data ?? []}
        loading={tasks.isPending || tasks.isPlaceholderData}
        openableIds={openableIds}
      />
    </Card>
  );
}

export function ConsultationsPage() {
  const { t, locale } = useI18n();
  const cardSize = useCardSize();
  const isPhone = cardSize === 'small';
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isStatus(raw) ? raw : undefined;
  const list = useConsultations(status);
  const items = list.data ?? [];
  const setStatus = (value: string) => {
    const next = new URLSearchParams(params);
    if (isStatus(value)) next.set('status', value);
    else next.delete('status');
    setParams(next, { replace: true });
  };
  const titleLink = (item: ConsultationListItem) => (
    <Link to={`/consultations/${encodeURIComponent(item.id)}`}>{item.title}</Link>
  );
  const caseLink = (item: ConsultationListItem) => (
    <Link to={`/cases/${encodeURIComponent(item.caseId)}`}>{item.caseNumber}</Link>
  );
  const openTasks = (item: ConsultationListItem) => item.tasks.filter((x) => x.status === 'open').length;
  const columns: TableColumnsType<ConsultationListItem> = [
    {
      title: t('consultation.scheduledAt'),
      key: 'at',
      width: 150,
      render: (_, x) => formatDateTime(x.scheduledAt, locale),
    },
    { title: t('consultation.subject'), key: 'title', ellipsis: true, render: (_, x) => titleLink(x) },
    { title: t('case.number'), key: 'case', width: 150, render: (_, x) => caseLink(x) },
    { title: t('case.subject'), dataIndex: 'caseSubject', ellipsis: true },
    { title: t('consultation.convener'), dataIndex: 'convenedByName', width: 110 },
    {
      title: t('consultation.status'),
      key: 'status',
      width: 90,
      render: (_, x) => <ConsultationStatusTag status={x.status} />,
    },
    {
      title: t('consultation.tasks'),
      key: 'tasks',
      width: 110,
      render: (_, x) => t('consultation.taskCount', { open: openTasks(x), total: x.tasks.length }),
    },
  ];

  return (
    <Space orientation="vertical" size={isPhone ? 8 : 16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('consultation.title')}
      </Typography.Title>
      <TasksCard />
      <Card
        size={cardSize}
        title={t('consultation.list')}
        extra={
          !isPhone && (
            <Typography.Text type="secondary" data-testid="consultation-total">
              {t('consultation.total', { count: items.length })}
            </Typography.Text>
          )
        }
      >
        <Segmented
          value={status ?? 'all'}
          onChange={setStatus}
          style={{ marginBottom: 12 }}
          options={[
            { value: 'all', label: t('consultation.all') },
            ...CONSULTATION_STATUSES.map((value) => ({ value, label: t(`consultation.status.${value}`) })),
          ]}
        />
        <ProblemAlert error={list.error} />
        {isPhone ? (
          <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="consultation-list">
            {items.length === 0 && <Card size="small">{t('consultation.empty')}</Card>}
            {items.map((item) => (
              <Card
                key={item.id}
                size="small"
                title={titleLink(item)}
                extra={<ConsultationStatusTag status={item.status} />}
              >
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    {
                      key: 'at',
                      label: t('consultation.scheduledAt'),
                      children: formatDateTime(item.scheduledAt, locale),
                    },
                    { key: 'case', label: t('case.number'), children: caseLink(item) },
                    { key: 'subject', label: t('case.subject'), children: item.caseSubject },
                    {
                      key: 'tasks',
                      label: t('consultation.tasks'),
                      children: t('consultation.taskCount', {
                        open: openTasks(item),
                        total: item.tasks.length,
                      }),
                    },
                  ]}
                />
              </Card>
            ))}
          </Space>
        ) : (
          <Table<ConsultationListItem>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={items}
            loading={list.isPending || list.isPlaceholderData}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            locale={{ emptyText: t('consultation.empty') }}
            scroll={{ x: 1000 }}
            data-testid="consultation-list"
          />
        )}
      </Card>
    </Space>
  );
}
