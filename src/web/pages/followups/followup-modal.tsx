/**
 * 记录回访: the result of a follow-up visit (the agreement was fulfilled, partly, or not) with a note. A
 * visit that finds the agreement not fulfilled reopens the case with the note as the reason (DESIGN.md §3:
 * resolved → reopened), so the form says so before it is sent.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Radio, Typography } from 'antd';
import { CASES_QUERY_KEY } from '../../features/cases/cases.api.ts';
import {
  FOLLOWUPS_KEY,
  FOLLOWUP_RESULTS,
  recordFollowup,
  type FollowupListItem,
  type FollowupResult,
} from '../../features/mediation/followups.api.ts';
import { mediationKey } from '../../features/mediation/mediation.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ProblemAlert, useOnOpen } from '../mediation/mediation-ui.tsx';

interface Values {
  result: FollowupResult;
  note: string;
}

export function FollowupModal({
  visit,
  onClose,
}: {
  visit: FollowupListItem | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const result = Form.useWatch('result', form);

  useOnOpen(visit?.id, () => form.setFieldsValue({ result: 'fulfilled', note: '' }));

  const save = useMutation({
    mutationFn: (values: Values) =>
      recordFollowup(visit?.id ?? '', { result: values.result, note: values.note.trim() }),
    onSuccess: (_, values) => {
      void message.success(t(values.result === 'not_fulfilled' ? 'followup.reopened' : 'followup.saved'));
      void queryClient.invalidateQueries({ queryKey: FOLLOWUPS_KEY });
      void queryClient.invalidateQueries({ queryKey: CASES_QUERY_KEY });
      if (visit) void queryClient.invalidateQueries({ queryKey: mediationKey(visit.caseId) });
      onClose();
    },
  });

  return (
    <Modal
      open={visit !== undefined}
      title={t('followup.recordTitle')}
      onCancel={() => {
        save.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ danger: result === 'not_fulfilled' }}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      forceRender
    >
      {visit && (
        <Typography.Paragraph type="secondary">
          {visit.caseNumber} · {visit.caseSubject}
        </Typography.Paragraph>
      )}
      <ProblemAlert error={save.error} />
      <Form
        form={form}
        name="followup"
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
        data-testid="followup-form"
      >
        <Form.Item name="result" label={t('followup.result')} rules={[{ required: true }]}>
          <Radio.Group
            options={FOLLOWUP_RESULTS.map((value) => ({ value, label: t(`term.status.${value}`) }))}
          />
        </Form.Item>
        {result === 'not_fulfilled' && (
          <Alert
            type="warning"
            showIcon
            title={t('followup.reopenWarning')}
            style={{ marginBottom: 16 }}
            data-testid="followup-reopen-warning"
          />
        )}
        <Form.Item
          name="note"
          label={t('followup.note')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('followup.noteRequired') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 6 }}
            maxLength={2000}
            placeholder={t('followup.notePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
