/**
 * The two supervision forms: a leader's 督办 (urgency, note, reply-by day) and the holder's reply
 * (办理情况反馈). Both refresh the case's supervisions and its history.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { isProblem } from '../../api/client.ts';
import { caseQueryKey } from '../../features/cases/cases.api.ts';
import {
  SUPERVISIONS_QUERY_KEY,
  URGENCIES,
  replySupervision,
  superviseCase,
  type Supervision,
  type Urgency,
} from '../../features/supervision/supervision.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';

const DEFAULT_REPLY_DAYS = 3;

function useRefresh(caseId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: SUPERVISIONS_QUERY_KEY });
    void queryClient.invalidateQueries({ queryKey: caseQueryKey(caseId) });
  };
}

interface SuperviseValues {
  urgency: Urgency;
  note: string;
  replyBy: Dayjs;
}

export function SuperviseModal({
  caseId,
  open,
  onClose,
}: {
  caseId: string;
  open: boolean;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<SuperviseValues>();
  const refresh = useRefresh(caseId);
  const save = useMutation({
    mutationFn: (values: SuperviseValues) =>
      superviseCase(caseId, {
        urgency: values.urgency,
        note: values.note.trim(),
        replyBy: values.replyBy.format('YYYY-MM-DD'),
      }),
    onSuccess: () => {
      void message.success(t('supervision.created'));
      refresh();
      onClose();
    },
  });
  const { reset } = save;
  useEffect(() => {
    if (!open) return;
    reset();
    form.resetFields();
    form.setFieldsValue({ urgency: 'normal', replyBy: dayjs().add(DEFAULT_REPLY_DAYS, 'day') });
  }, [open, form, reset]);

  return (
    <Modal
      open={open}
      title={t('supervision.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('supervision.create')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      forceRender
    >
      {save.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={isProblem(save.error) ? problemText(i18n, save.error) : String(save.error)}
        />
      )}
      <Form<SuperviseValues> form={form} layout="vertical" onFinish={(values) => save.mutate(values)}>
        <Form.Item name="urgency" label={t('supervision.urgency')} rules={[{ required: true }]}>
          <Radio.Group options={URGENCIES.map((value) => ({ value, label: t(`urgency.${value}`) }))} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('supervision.note')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('supervision.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item
          name="replyBy"
          label={t('supervision.replyBy')}
          rules={[{ required: true, message: t('actionForm.required') }]}
        >
          <DatePicker format="YYYY-MM-DD" disabledDate={(day) => day.endOf('day').valueOf() <= Date.now()} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ReplyModal({
  caseId,
  supervision,
  onClose,
}: {
  caseId: string;
  supervision: Supervision | undefined;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reply: string }>();
  const refresh = useRefresh(caseId);
  const save = useMutation({
    mutationFn: (reply: string) => replySupervision(supervision?.id ?? '', reply.trim()),
    onSuccess: () => {
      void message.success(t('supervision.replied'));
      refresh();
      onClose();
    },
  });
  const { reset } = save;
  useEffect(() => {
    if (!supervision) return;
    reset();
    form.resetFields();
  }, [supervision, form, reset]);

  return (
    <Modal
      open={supervision !== undefined}
      title={t('supervision.reply')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('supervision.reply')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      forceRender
    >
      {supervision && <Typography.Paragraph type="secondary">{supervision.note}</Typography.Paragraph>}
      {save.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={isProblem(save.error) ? problemText(i18n, save.error) : String(save.error)}
        />
      )}
      <Form form={form} layout="vertical" onFinish={(values) => save.mutate(values.reply)}>
        <Form.Item
          name="reply"
          label={t('supervision.replyText')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('supervision.replyRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
