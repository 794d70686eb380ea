/**
 * 取消调解 and 调解改期 of a session still scheduled: cancelling needs a reason; rescheduling takes a new
 * time (Beijing time) and keeps the place unless another is given or the session goes online. The server
 * tells the session's other mediators, as on scheduling, and refuses (409) once the session was held.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CaseView } from '../../features/cases/cases.api.ts';
import { shanghaiIso } from '../../features/cases/case-form.ts';
import {
  cancelSession,
  rescheduleSession,
  type MediationSession,
  type RescheduleSessionBody,
} from '../../features/mediation/mediation.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ProblemAlert, showFieldErrors, topField, useMediationRefresh, useOnOpen } from './mediation-ui.tsx';

interface Props {
  caseView: CaseView;
  session: MediationSession | undefined;
  onClose: () => void;
}

function useChanged(caseId: string, done: 'session.cancelled' | 'session.rescheduled', onClose: () => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = useMediationRefresh(caseId);
  return () => {
    void message.success(t(done));
    refresh();
    void queryClient.invalidateQueries({ queryKey: ['mediation', 'calendar'] });
    onClose();
  };
}

export function SessionCancelModal({ caseView, session, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form] = Form.useForm<{ reason: string }>();
  const [onFields, setOnFields] = useState(false);
  const changed = useChanged(caseView.id, 'session.cancelled', onClose);
  useOnOpen(session?.id, () => form.resetFields());

  const cancel = useMutation({
    mutationFn: (values: { reason: string }) =>
      cancelSession(caseView.id, session?.id ?? '', { reason: values.reason.trim() }),
    onSuccess: changed,
    onError: (error) => setOnFields(showFieldErrors(i18n, form, error, topField)),
  });

  return (
    <Modal
      open={session !== undefined}
      title={t('session.cancelTitle')}
      onCancel={() => {
        cancel.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      okText={t('session.cancelConfirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={cancel.isPending}
      forceRender
    >
      <ProblemAlert error={cancel.error} shownOnFields={onFields} />
      <Form form={form} name="session-cancel" layout="vertical" onFinish={(values) => cancel.mutate(values)}>
        <Form.Item
          name="reason"
          label={t('session.cancelReason')}
          rules={[{ required: true, whitespace: true, message: t('session.cancelReasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface RescheduleValues {
  startsAt?: Dayjs | null;
  online?: boolean;
  place?: string;
}

export function SessionRescheduleModal({ caseView, session, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form] = Form.useForm<RescheduleValues>();
  const [onFields, setOnFields] = useState(false);
  const online = Form.useWatch('online', form);
  const changed = useChanged(caseView.id, 'session.rescheduled', onClose);
  useOnOpen(session?.id, () =>
    form.setFieldsValue({
      startsAt: session ? dayjs(session.startsAt) : null,
      online: session?.isOnline ?? false,
      place: session?.isOnline ? '' : (session?.place ?? ''),
    }),
  );

  const move = useMutation({
    mutationFn: (values: RescheduleValues) => {
      const place = values.place?.trim();
      const body: RescheduleSessionBody = {
        startsAt: values.startsAt ? shanghaiIso(values.startsAt) : '',
        online: values.online ?? false,
        ...(place && !values.online ? { place } : {}),
      };
      return rescheduleSession(caseView.id, session?.id ?? '', body);
    },
    onSuccess: changed,
    onError: (error) => setOnFields(showFieldErrors(i18n, form, error, topField)),
  });

  return (
    <Modal
      open={session !== undefined}
      title={t('session.rescheduleTitle')}
      onCancel={() => {
        move.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={move.isPending}
      forceRender
    >
      <ProblemAlert error={move.error} shownOnFields={onFields} />
      <Form
        form={form}
        name="session-reschedule"
        layout="vertical"
        onFinish={(values) => move.mutate(values)}
      >
        <Form.Item
          name="startsAt"
          label={t('session.newStartsAt')}
          rules={[{ required: true, message: t('session.startsAtRequired') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="online" label={t('session.online')} valuePropName="checked">
          <Switch checkedChildren={t('session.onlineYes')} unCheckedChildren={t('session.onlineNo')} />
        </Form.Item>
        {!online && (
          <Form.Item
            name="place"
            label={t('session.place')}
            rules={[{ required: true, whitespace: true, message: t('session.placeRequired') }]}
          >
            <Input maxLength={200} placeholder={t('session.placePlaceholder')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
