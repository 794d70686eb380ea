/**
 * 作废调解协议: an agreement drawn up wrongly is voided with a reason before its performance starts. It
 * keeps its number and stays listed, struck through; the server drops its document, its follow-up visits
 * and the judicial-confirmation window, and refuses (409) once a term was checked or confirmation applied for.
 */
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { CaseView } from '../../features/cases/cases.api.ts';
import { voidAgreement, type Agreement } from '../../features/mediation/mediation.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ProblemAlert, showFieldErrors, topField, useMediationRefresh, useOnOpen } from './mediation-ui.tsx';

export function AgreementVoidModal({
  caseView,
  agreement,
  onClose,
}: {
  caseView: CaseView;
  agreement: Agreement | undefined;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const refresh = useMediationRefresh(caseView.id);
  const [form] = Form.useForm<{ reason: string }>();
  const [onFields, setOnFields] = useState(false);
  useOnOpen(agreement?.id, () => form.resetFields());

  const voidIt = useMutation({
    mutationFn: (values: { reason: string }) =>
      voidAgreement(caseView.id, agreement?.id ?? '', { reason: values.reason.trim() }),
    onSuccess: (voided) => {
      void message.success(t('agreement.voided', { number: voided.number }));
      refresh();
      onClose();
    },
    onError: (error) => setOnFields(showFieldErrors(i18n, form, error, topField)),
  });

  return (
    <Modal
      open={agreement !== undefined}
      title={t('agreement.voidTitle', { number: agreement?.number ?? '' })}
      onCancel={() => {
        voidIt.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      okText={t('agreement.voidConfirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={voidIt.isPending}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('agreement.voidHelp')}</Typography.Paragraph>
      <ProblemAlert error={voidIt.error} shownOnFields={onFields} />
      <Form form={form} name="agreement-void" layout="vertical" onFinish={(values) => voidIt.mutate(values)}>
        <Form.Item
          name="reason"
          label={t('agreement.voidReason')}
          rules={[{ required: true, whitespace: true, message: t('agreement.voidReasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
