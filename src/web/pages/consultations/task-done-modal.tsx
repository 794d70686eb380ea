/**
 * 办结会商任务: the owner of a consultation task (a user of the owner organisation or below, or the named
 * owner) marks it done with a note on what was done; the convener is told and the case timeline shows it.
 */
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { completeTask, type ConsultationTask } from '../../features/consultations/consultations.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ProblemAlert, showFieldErrors, topField, useOnOpen } from '../mediation/mediation-ui.tsx';
import { useConsultationRefresh } from './consultation-ui.tsx';

export function TaskDoneModal({
  task,
  onClose,
}: {
  task: ConsultationTask | undefined;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<{ note: string }>();
  const [onFields, setOnFields] = useState(false);
  useOnOpen(task?.id, () => form.setFieldsValue({ note: '' }));
  const save = useMutation({
    mutationFn: (values: { note: string }) => completeTask(task?.id ?? '', values.note.trim()),
    onSuccess: () => {
      void message.success(t('consultationTask.doneSaved'));
      refresh();
      onClose();
    },
    onError: (error) => setOnFields(showFieldErrors(i18n, form, error, topField)),
  });
  return (
    <Modal
      open={task !== undefined}
      title={t('consultationTask.markDone')}
      onCancel={() => {
        save.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      forceRender
    >
      {task && (
        <Typography.Paragraph type="secondary">
          {task.caseNumber} · {task.content}
        </Typography.Paragraph>
      )}
      <ProblemAlert error={save.error} shownOnFields={onFields} />
      <Form form={form} name="consultation-task-done" layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="note"
          label={t('consultationTask.doneNote')}
          rules={[{ required: true, whitespace: true, message: t('consultationTask.doneNoteRequired') }]}
        >
          <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
