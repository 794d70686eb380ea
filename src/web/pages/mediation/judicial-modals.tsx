/**
 * The three steps of judicial confirmation recorded from the case page: the parties' joint application
 * (court, day, which written agreement; within 30 days of it taking effect), the court's acceptance
 * (with its case number) and its decision (confirmed, or not with the reason and where the case goes
 * next: back to mediation or on to litigation).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import {
  JUDICIAL_KEY,
  applyForConfirmation,
  recordCourtAcceptance,
  recordCourtDecision,
  type JudicialConfirmation,
} from '../../features/mediation/followups.api.ts';
import type { Agreement } from '../../features/mediation/mediation.api.ts';
import { judicialWindowEnd } from '../../features/mediation/mediation-dates.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ProblemAlert, showFieldErrors, topField, useMediationRefresh, useOnOpen } from './mediation-ui.tsx';

const DAY = 'YYYY-MM-DD';

/** A modal holding one form that posts `toBody(values)` through `send`, then refreshes the case. */
function StepModal<V extends object>({
  name,
  caseId,
  open,
  title,
  initial,
  send,
  onClose,
  children,
}: {
  /** The form's name, which prefixes its fields' ids (unique on the page). */
  name: string;
  caseId: string;
  open: boolean;
  title: string;
  initial: () => Partial<V>;
  send: (values: V) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const refresh = useMediationRefresh(caseId);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<V>();
  const [onFields, setOnFields] = useState(false);
  useOnOpen(open, () => form.setFieldsValue(initial() as Parameters<typeof form.setFieldsValue>[0]));
  const save = useMutation({
    mutationFn: send,
    onSuccess: () => {
      void message.success(t('judicial.saved'));
      refresh();
      void queryClient.invalidateQueries({ queryKey: JUDICIAL_KEY });
      form.resetFields();
      onClose();
    },
    onError: (error) => setOnFields(showFieldErrors(i18n, form, error, topField)),
  });
  return (
    <Modal
      open={open}
      title={title}
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
      <Form form={form} name={name} layout="vertical" onFinish={(values) => save.mutate(values)}>
        {children}
      </Form>
    </Modal>
  );
}

export function ApplyModal({
  caseId,
  agreements,
  open,
  onClose,
}: {
  caseId: string;
  agreements: readonly Agreement[];
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const written = agreements.filter((a) => a.form === 'written' && !a.voidedAt);
  return (
    <StepModal<{ court: string; appliedAt: Dayjs; agreementId?: string }>
      name="judicial-apply"
      caseId={caseId}
      open={open}
      title={t('judicial.applyTitle')}
      initial={() => ({ appliedAt: dayjs(), agreementId: written.at(-1)?.id })}
      send={(v) =>
        applyForConfirmation(caseId, {
          court: v.court.trim(),
          appliedAt: v.appliedAt.format(DAY),
          ...(v.agreementId ? { agreementId: v.agreementId } : {}),
        })
      }
      onClose={onClose}
    >
      <Form.Item name="agreementId" label={t('judicial.agreement')}>
        <Select
          options={written.map((a) => ({
            value: a.id,
            label: t('judicial.agreementOption', { number: a.number, day: judicialWindowEnd(a.effectiveOn) }),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="court"
        label={t('judicial.court')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('judicial.courtRequired') }]}
      >
        <Input maxLength={100} placeholder={t('judicial.courtPlaceholder')} />
      </Form.Item>
      <Form.Item name="appliedAt" label={t('judicial.appliedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </StepModal>
  );
}

export function AcceptanceModal({
  caseId,
  confirmation,
  onClose,
}: {
  caseId: string;
  confirmation: JudicialConfirmation | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <StepModal<{ acceptedAt: Dayjs; courtCaseNumber?: string }>
      name="judicial-acceptance"
      caseId={caseId}
      open={confirmation !== undefined}
      title={t('judicial.acceptTitle')}
      initial={() => ({ acceptedAt: dayjs() })}
      send={(v) =>
        recordCourtAcceptance(caseId, confirmation?.id ?? '', {
          acceptedAt: v.acceptedAt.format(DAY),
          ...(v.courtCaseNumber?.trim() ? { courtCaseNumber: v.courtCaseNumber.trim() } : {}),
        })
      }
      onClose={onClose}
    >
      <Form.Item name="acceptedAt" label={t('judicial.acceptedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="courtCaseNumber" label={t('judicial.courtCaseNumber')}>
        <Input maxLength={60} placeholder={t('judicial.courtCaseNumberPlaceholder')} />
      </Form.Item>
    </StepModal>
  );
}

interface DecisionValues {
  decision: 'confirmed' | 'not_confirmed';
  decidedAt: Dayjs;
  reason?: string;
  nextStep?: 'mediation' | 'litigation';
}

export function DecisionModal({
  caseId,
  confirmation,
  onClose,
}: {
  caseId: string;
  confirmation: JudicialConfirmation | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [refused, setRefused] = useState(false);
  return (
    <StepModal<DecisionValues>
      name="judicial-decision"
      caseId={caseId}
      open={confirmation !== undefined}
      title={t('judicial.decideTitle')}
      initial={() => {
        setRefused(false);
        return { decision: 'confirmed', decidedAt: dayjs(), nextStep: 'mediation' };
      }}
      send={(v) =>
        recordCourtDecision(caseId, confirmation?.id ?? '', {
          decision: v.decision,
          decidedAt: v.decidedAt.format(DAY),
          ...(v.decision === 'not_confirmed'
            ? { reason: v.reason?.trim() ?? '', nextStep: v.nextStep ?? 'mediation' }
            : {}),
        })
      }
      onClose={onClose}
    >
      <Form.Item name="decision" label={t('judicial.decision')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          onChange={(event) => setRefused(event.target.value === 'not_confirmed')}
          options={(['confirmed', 'not_confirmed'] as const).map((value) => ({
            value,
            label: t(`judicial.decision.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="decidedAt" label={t('judicial.decidedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      {refused && (
        <>
          <Form.Item
            name="reason"
            label={t('judicial.reason')}
            rules={[{ required: true, whitespace: true, message: t('judicial.reasonRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
          </Form.Item>
          <Form.Item name="nextStep" label={t('judicial.nextStep')}>
            <Radio.Group
              options={(['mediation', 'litigation'] as const).map((value) => ({
                value,
                label: t(`judicial.nextStep.${value}`),
              }))}
            />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
