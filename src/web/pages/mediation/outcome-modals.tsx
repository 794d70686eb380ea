/**
 * 调解结果 of a session (agreed, partly agreed, failed with the reason) and 当事人拒绝调解: a party's express
 * refusal ends the mediation path (人民调解法 art. 3, 17); the server records the case as failed and
 * returns the notice of the other routes open to the parties, which is shown to be read out or handed over.
 */
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import type { CaseView } from '../../features/cases/cases.api.ts';
import {
  SESSION_OUTCOMES,
  refuseMediation,
  setSessionOutcome,
  type MediationSession,
  type SessionOutcomeBody,
} from '../../features/mediation/mediation.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import {
  ProblemAlert,
  showFieldErrors,
  topField,
  useMediationRefresh,
  useOnOpen,
  usePartyLabel,
} from './mediation-ui.tsx';

export function SessionOutcomeModal({
  caseView,
  session,
  onClose,
}: {
  caseView: CaseView;
  session: MediationSession | undefined;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const refresh = useMediationRefresh(caseView.id);
  const [form] = Form.useForm<SessionOutcomeBody>();
  const [onFields, setOnFields] = useState(false);
  const outcome = Form.useWatch('outcome', form);

  useOnOpen(session?.id, () =>
    form.setFieldsValue({
      outcome: (session?.outcome as SessionOutcomeBody['outcome'] | null) ?? 'agreed',
      reason: session?.outcomeReason ?? '',
    }),
  );

  const save = useMutation({
    mutationFn: (values: SessionOutcomeBody) =>
      setSessionOutcome(caseView.id, session?.id ?? '', {
        outcome: values.outcome,
        ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
      }),
    onSuccess: () => {
      void message.success(t('outcome.saved'));
      refresh();
      form.resetFields();
      onClose();
    },
    onError: (error) => setOnFields(showFieldErrors(i18n, form, error, topField)),
  });

  return (
    <Modal
      open={session !== undefined}
      title={t('outcome.title')}
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
      <ProblemAlert error={save.error} shownOnFields={onFields} />
      <Form form={form} name="session-outcome" layout="vertical" onFinish={(values) => save.mutate(values)}>
        <Form.Item name="outcome" label={t('outcome.label')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={SESSION_OUTCOMES.map((value) => ({ value, label: t(`session.outcome.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={outcome === 'failed' ? t('outcome.failureReason') : t('outcome.note')}
          rules={
            outcome === 'failed'
              ? [{ required: true, whitespace: true, message: t('outcome.reasonRequired') }]
              : []
          }
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RefusalModal({
  caseView,
  open,
  onClose,
}: {
  caseView: CaseView;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const refresh = useMediationRefresh(caseView.id);
  const partyLabel = usePartyLabel();
  const [form] = Form.useForm<{ partyId: string; reason?: string }>();

  const refuse = useMutation({
    mutationFn: (values: { partyId: string; reason?: string }) =>
      refuseMediation(caseView.id, {
        partyId: values.partyId,
        ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
      }),
    onSuccess: ({ notice }) => {
      refresh();
      form.resetFields();
      onClose();
      modal.info({
        title: t('refusal.noticeTitle'),
        width: 560,
        content: (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="refusal-notice">
            {notice}
          </Typography.Paragraph>
        ),
        okText: t('common.ok'),
      });
    },
  });

  return (
    <Modal
      open={open}
      title={t('refusal.title')}
      onCancel={() => {
        refuse.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      okText={t('refusal.confirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={refuse.isPending}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('refusal.help')}</Typography.Paragraph>
      <ProblemAlert error={refuse.error} />
      <Form form={form} name="refusal" layout="vertical" onFinish={(values) => refuse.mutate(values)}>
        <Form.Item
          name="partyId"
          label={t('refusal.party')}
          rules={[{ required: true, message: t('refusal.partyRequired') }]}
        >
          <Select
            options={caseView.parties.map((party) => ({ value: party.id, label: partyLabel(party) }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('refusal.reason')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
