/** 取消会商: the convener (or a leader above) cancels a scheduled consultation with a reason; participants are told. */
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { cancelConsultation } from '../../features/consultations/consultations.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ProblemAlert, showFieldErrors, topField, useOnOpen } from '../mediation/mediation-ui.tsx';
import { useConsultationRefresh } from './consultation-ui.tsx';

export function CancelConsultationModal({
  consultationId,
  open,
  onClose,
}: {
  consultationId: string;
  open: boolean;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<{ reason: string }>();
  const [onFields, setOnFields] = useState(false);
  useOnOpen(open, () => form.setFieldsValue({ reason: '' }));
  const save = useMutation({
    mutationFn: (values: { reason: string }) => cancelConsultation(consultationId, values.reason.trim()),
    onSuccess: () => {
      void message.success(t('consultation.cancelled'));
      refresh();
      onClose();
    },
    onError: (error) => setOnFields(showFieldErrors(i18n, form, error, topField)),
  });
  return (
    <Modal
      open={open}
      title={t('consultation.cancel')}
      onCancel={() => {
        save.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      okText={t('consultation.cancel')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      forceRender
    >
      <ProblemAlert error={save.error} shownOnFields={onFields} />
      <Form form={form} name="consultation-cancel" layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="reason"
          label={t('consultation.cancelReason')}
          rules={[{ required: true, whitespace: true, message: t('consultation.cancelReasonRequired') }]}
        >
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
