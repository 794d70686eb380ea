/**
 * The tasks consultation decisions became (会商交办事项): content, case, owner, due day and state, with
 * 办结 for the tasks the user owns. A table on wide screens, cards on phones. The server decides who
 * may mark a task done; the button shows for open tasks of the user's own organisation or assigned to them.
 */
import { Button, Card, Descriptions, Empty, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState, type HTMLAttributes, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/current-user.tsx';
import type { ConsultationTask } from '../../features/consultations/consultations.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { TaskStateTag, taskOwner } from './consultation-ui.tsx';
import { TaskDoneModal } from './task-done-modal.tsx';

interface Props {
  tasks: readonly ConsultationTask[];
  loading?: boolean;
  /** Show each task's case (a list across cases) rather than only its content (one consultation). */
  showCase?: boolean;
  /**
   * The consultations the user may open. A task's owner may lie outside its case's path and then does
   * not see the consultation (404): its case number is shown without a link. Undefined: link all.
   */
  openableIds?: ReadonlySet<string>;
}

export function ConsultationTasks({ tasks, loading, showCase = true, openableIds }: Props) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const isPhone = useCardSize() === 'small';
  const [completing, setCompleting] = useState<ConsultationTask>();
  // The server also lets users of organisations below the owner do it; the page knows only the own one.
  const mayComplete = (task: ConsultationTask) =>
    task.status === 'open' && (task.ownerUserId === me.id || task.ownerOrgId === me.org.id);
  const action = (task: ConsultationTask): ReactNode =>
    mayComplete(task) && (
      <Button size="small" type="primary" ghost onClick={() => setCompleting(task)}>
        {t('consultationTask.markDone')}
      </Button>
    );
  const caseLink = (task: ConsultationTask) =>
    !openableIds || openableIds.has(task.consultationId) ? (
      <Link to={`/consultations/${encodeURIComponent(task.consultationId)}`}>{task.caseNumber}</Link>
    ) : (
      task.caseNumber
    );
  const content = (task: ConsultationTask) => (
    <>
      <div style={{ whiteSpace: 'pre-wrap' }}>{task.content}</div>
      {task.doneNote && (
        <Typography.Text type="secondary">
          {t('consultationTask.doneNote')}：{task.doneNote}
        </Typography.Text>
      )}
    </>
  );
  const columns: TableColumnsType<ConsultationTask> = [
    ...(showCase
      ? [
          {
            title: t('case.number'),
            key: 'case',
            width: 150,
            render: (_: unknown, x: ConsultationTask) => caseLink(x),
          },
        ]
      : []),
    { title: t('consultationTask.content'), key: 'content', render: (_, x) => content(x) },
    { title: t('consultationTask.owner'), key: 'owner', width: 200, render: (_, x) => taskOwner(x) },
    { title: t('consultationTask.dueOn'), dataIndex: 'dueOn', width: 110 },
    {
      title: t('consultationTask.state'),
      key: 'state',
      width: 140,
      render: (_, x) => <TaskStateTag task={x} />,
    },
    { title: t('common.actions'), key: 'actions', width: 100, render: (_, x) => action(x) },
  ];
  return (
    <>
      {isPhone ? (
        <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="consultation-tasks">
          {tasks.length === 0 && <Empty description={t('consultationTask.empty')} />}
          {tasks.map((task) => (
            <Card
              key={task.id}
              size="small"
              title={showCase ? caseLink(task) : `${t('consultationTask.dueOn')} ${task.dueOn}`}
              extra={<TaskStateTag task={task} />}
              data-testid="consultation-task"
            >
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'content', label: t('consultationTask.content'), children: content(task) },
                  { key: 'owner', label: t('consultationTask.owner'), children: taskOwner(task) },
                  ...(showCase
                    ? [{ key: 'due', label: t('consultationTask.dueOn'), children: task.dueOn }]
                    : []),
                ]}
              />
              <div style={{ marginTop: 8 }}>{action(task)}</div>
            </Card>
          ))}
        </Space>
      ) : (
        <Table<ConsultationTask>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={[...tasks]}
          loading={loading}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('consultationTask.empty') }}
          scroll={{ x: showCase ? 900 : 750 }}
          onRow={() => ({ 'data-testid': 'consultation-task' }) as HTMLAttributes<HTMLElement>}
          data-testid="consultation-tasks"
        />
      )}
      <TaskDoneModal task={completing} onClose={() => setCompleting(undefined)} />
    </>
  );
}
