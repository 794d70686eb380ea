/**
 * 记录结果 of a transfer to a court or a court's referral: settled (化解; for a referral this counts toward
 * 诉前化解率), not settled or withdrawn, on a day, with the court's case number once known and a note.
 * Only the case's holders record it, once; a referral's 30-day clock stops.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { CASES_QUERY_KEY } from '../../features/cases/cases.api.ts';
import {
  COURT_TRANSFERS_KEY,
  TRANSFER_OUTCOMES,
  recordTransferOutcome,
  type CourtTransfer,
} from '../../features/linkage/linkage.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ProblemAlert, showFieldErrors, topField, useOnOpen } from '../mediation/mediation-ui.tsx';

interface Values {
  outcome: (typeof TRANSFER_OUTCOMES)[number];
  outcomeOn: Dayjs;
  courtCaseNumber?: string;
  note?: string;
}

export function CourtOutcomeModal({
  transfer,
  onClose,
}: {
  transfer: CourtTransfer | undefined;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [onFields, setOnFields] = useState(false);
  useOnOpen(transfer?.id, () =>
    form.setFieldsValue({
      outcome: 'settled',
      outcomeOn: dayjs(),
      courtCaseNumber: transfer?.courtCaseNumber ?? '',
      note: '',
    }),
  );
  const save = useMutation({
    mutationFn: (v: Values) =>
      recordTransferOutcome(transfer?.id ?? '', {
        outcome: v.outcome,
        outcomeOn: v.outcomeOn.format('YYYY-MM-DD'),
        ...(v.courtCaseNumber?.trim() ? { courtCaseNumber: v.courtCaseNumber.trim() } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      }),
    onSuccess: () => {
      void message.success(t('transfer.outcomeSaved'));
      void queryClient.invalidateQueries({ queryKey: COURT_TRANSFERS_KEY });
      void queryClient.invalidateQueries({ queryKey: CASES_QUERY_KEY });
      onClose();
    },
    onError: (error) => setOnFields(showFieldErrors(i18n, form, error, topField)),
  });
  return (
    <Modal
      open={transfer !== undefined}
      title={t('transfer.recordOutcome')}
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
      {transfer && (
        <Typography.Paragraph type="secondary">
          {transfer.caseNumber} · {transfer.court}
        </Typography.Paragraph>
      )}
      <ProblemAlert error={save.error} shownOnFields={onFields} />
      <Form form={form} name="court-transfer-outcome" layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="outcome" label={t('transfer.outcome')} rules={[{ required: true }]}>
          <Radio.Group
            options={TRANSFER_OUTCOMES.map((value) => ({ value, label: t(`transfer.outcome.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="outcomeOn"
          label={t('transfer.outcomeOn')}
          rules={[{ required: true, message: t('petition.dayRequired') }]}
        >
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="courtCaseNumber" label={t('referral.courtCaseNumber')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="note" label={t('transfer.note')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
