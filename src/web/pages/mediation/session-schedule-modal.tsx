/**
 * 安排调解: when (Beijing time), where or online, the mediators (the first leads the session, 主持) and the
 * parties invited. The server checks that each mediator is an active user with the mediator role and
 * tells the other mediators; the list offered comes from `GET /staff` for the organisation holding the
 * case, and falls back to the signed-in mediator alone.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import { useMemo, useState } from 'react';
import { useCurrentUser } from '../../app/current-user.tsx';
import { caseQueryKey, type CaseView } from '../../features/cases/cases.api.ts';
import { toScheduleBody, type ScheduleFormValues } from '../../features/mediation/mediation-forms.ts';
import { mediationKey, scheduleSession, useMediators } from '../../features/mediation/mediation.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ProblemAlert, showFieldErrors, topField, useOnOpen, usePartyLabel } from './mediation-ui.tsx';

export function SessionScheduleModal({
  caseView,
  open,
  onClose,
}: {
  caseView: CaseView;
  open: boolean;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const partyLabel = usePartyLabel();
  const [form] = Form.useForm<ScheduleFormValues>();
  const [onFields, setOnFields] = useState(false);
  const online = Form.useWatch('online', form);
  const staff = useMediators(open ? caseView.currentOrg.id : undefined);
  const isMediator = me.roles.includes('mediator');

  const options = useMemo(() => {
    const list = (staff.data ?? []).map((user) => ({
      value: user.id,
      label:
        user.orgId === caseView.currentOrg.id ? user.displayName : `${user.displayName}（${user.orgName}）`,
    }));
    if (isMediator && !list.some((option) => option.value === me.id))
      list.unshift({ value: me.id, label: me.displayName });
    return list;
  }, [staff.data, isMediator, me.id, me.displayName, caseView.currentOrg.id]);

  useOnOpen(open, () =>
    form.setFieldsValue({
      online: false,
      mediatorIds: isMediator ? [me.id] : [],
      inviteePartyIds: caseView.parties.map((party) => party.id),
    }),
  );

  const schedule = useMutation({
    mutationFn: (values: ScheduleFormValues) => scheduleSession(caseView.id, toScheduleBody(values)),
    onSuccess: () => {
      void message.success(t('session.scheduled'));
      void queryClient.invalidateQueries({ queryKey: mediationKey(caseView.id) });
      void queryClient.invalidateQueries({ queryKey: caseQueryKey(caseView.id) });
      void queryClient.invalidateQueries({ queryKey: ['mediation', 'calendar'] });
      form.resetFields();
      onClose();
    },
    onError: (error) => setOnFields(showFieldErrors(i18n, form, error, topField)),
  });

  return (
    <Modal
      open={open}
      title={t('session.scheduleTitle')}
      onCancel={() => {
        schedule.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={schedule.isPending}
      forceRender
      destroyOnHidden={false}
    >
      <ProblemAlert error={schedule.error} shownOnFields={onFields} />
      <Form
        form={form}
        name="session-schedule"
        layout="vertical"
        onFinish={(values) => schedule.mutate(values)}
        data-testid="session-schedule-form"
      >
        <Form.Item
          name="startsAt"
          label={t('session.startsAt')}
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
        <Form.Item
          name="mediatorIds"
          label={t('session.mediators')}
          extra={t('session.mediatorsHelp')}
          rules={[{ required: true, type: 'array', min: 1, message: t('session.mediatorsRequired') }]}
        >
          <Select
            mode="multiple"
            options={options}
            loading={staff.isPending && staff.fetchStatus !== 'idle'}
            optionFilterProp="label"
            placeholder={t('session.mediatorsPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="inviteePartyIds" label={t('session.invitees')} extra={t('session.inviteesHelp')}>
          <Checkbox.Group
            options={caseView.parties.map((party) => ({ value: party.id, label: partyLabel(party) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
