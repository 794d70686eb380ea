/**
 * Small pieces the consultation screens share: the state tags of a consultation and of a task, and a
 * hook refreshing everything consultations keep (the lists, the case's card and timeline).
 */
import { useQueryClient } from '@tanstack/react-query';
import { Space, Tag } from 'antd';
import { CASES_QUERY_KEY } from '../../features/cases/cases.api.ts';
import { CONSULTATIONS_KEY, type ConsultationTask } from '../../features/consultations/consultations.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { CodeTag } from '../mediation/mediation-ui.tsx';

const STATUS_COLORS: Record<string, string> = {
  scheduled: 'processing',
  held: 'success',
  cancelled: 'default',
};

export const ConsultationStatusTag = ({ status }: { status: string }) => (
  <CodeTag prefix="consultation.status" code={status} colors={STATUS_COLORS} />
);

/** 待办 / 已办结, and 已超期 for an open task past its due day. */
export function TaskStateTag({ task }: { task: Pick<ConsultationTask, 'status' | 'isOverdue'> }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      {task.status === 'done' ? (
        <Tag color="success">{t('consultationTask.done')}</Tag>
      ) : (
        <Tag color="processing">{t('consultationTask.open')}</Tag>
      )}
      {task.isOverdue && <Tag color="error">{t('consultationTask.overdue')}</Tag>}
    </Space>
  );
}

/** The owner of a task: `区人社局 · 张三`, or the organisation alone. */
export const taskOwner = (task: Pick<ConsultationTask, 'ownerOrgName' | 'ownerUserName'>) =>
  task.ownerUserName ? `${task.ownerOrgName} · ${task.ownerUserName}` : task.ownerOrgName;

/** Refreshes every consultation query and the cases (a consultation writes to the case's timeline). */
export function useConsultationRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: CONSULTATIONS_KEY });
    void queryClient.invalidateQueries({ queryKey: CASES_QUERY_KEY });
  };
}
