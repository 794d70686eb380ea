/** "发送协议草案": the mediator picks an agreement record of the case (its terms) or writes the draft's text. */
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { isProblem } from '../../api/client.ts';
import { useAgreements } from '../../features/mediation/mediation.api.ts';
import { staffRoomApi } from '../../features/rooms/rooms.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';

interface Props {
  caseId: string;
  sessionId: string;
  open: boolean;
  onClose: (posted: boolean) => void;
}

export function DraftModal({ caseId, sessionId, open, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const agreements = useAgreements(caseId, open);
  const [form] = Form.useForm<{ agreementId?: string; text?: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    if (!values.agreementId && !values.text?.trim()) {
      form.setFields([{ name: 'text', errors: [t('rooms.draftTextRequired')] }]);
      return;
    }
    setBusy(true);
    try {
      await staffRoomApi.postDraft(
        caseId,
        sessionId,
        values.agreementId ? { agreementId: values.agreementId } : { text: values.text!.trim() },
      );
      form.resetFields();
      onClose(true);
    } catch (error) {
      void message.error(isProblem(error) ? problemText(i18n, error) : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title={t('rooms.sendDraft')}
      open={open}
      onCancel={() => onClose(false)}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('rooms.send')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="agreementId" label={t('rooms.draftAgreement')}>
          <Select
            allowClear
            placeholder={t('rooms.draftAgreementNone')}
            loading={agreements.isLoading}
            options={(agreements.data ?? []).map((a) => ({
              value: a.id,
              label: `${a.number}（${a.terms.length}）`,
            }))}
            data-testid="draft-agreement"
          />
        </Form.Item>
        <Form.Item name="text" label={t('rooms.draftText')}>
          <Input.TextArea rows={5} maxLength={5000} data-testid="draft-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
