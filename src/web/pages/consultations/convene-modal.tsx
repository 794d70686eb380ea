/**
 * 召集会商 (a leader, from the case page): title, time and place, the "3" — a judge, the chief mediator and
 * a legal-aid lawyer, each a colleague picked from the leader's subtree or an outside person by name — and
 * the departments concerned (the "X"). The invited are told through their inbox.
 */
import { useMutation } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, Modal, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/current-user.tsx';
import { OrgMultiSelect } from '../../components/org-multi-select.tsx';
import type { CaseView } from '../../features/cases/cases.api.ts';
import {
  CORE_SEATS,
  convenePathOfPointer,
  toConveneBody,
  type ConveneFormValues,
} from '../../features/consultations/consultation-form.ts';
import { conveneConsultation, useOrgStaff } from '../../features/consultations/consultations.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ProblemAlert, showFieldErrors, useOnOpen } from '../mediation/mediation-ui.tsx';
import { useConsultationRefresh } from './consultation-ui.tsx';

const SEAT_LABELS = {
  judge: 'consultation.kind.judge',
  chiefMediator: 'consultation.kind.chief_mediator',
  legalAid: 'consultation.kind.legal_aid',
} as const;

function SeatFields({
  field,
  staffOptions,
}: {
  field: (typeof CORE_SEATS)[number][0];
  staffOptions: { value: string; label: string }[];
}) {
  const { t } = useI18n();
  const label = t(SEAT_LABELS[field]);
  return (
    <Form.Item label={label} required style={{ marginBottom: 0 }}>
      <Row gutter={8}>
        <Col xs={24} md={12}>
          <Form.Item name={[field, 'userId']}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={`${label} ${t('consultation.seatUser')}`}
              placeholder={t('consultation.seatUser')}
              options={staffOptions}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={[field, 'name']}
            dependencies={[[field, 'userId']]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  getFieldValue([field, 'userId']) || value?.trim()
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('consultation.seatRequired', { role: label }))),
              }),
            ]}
          >
            <Input
              maxLength={100}
              aria-label={`${label} ${t('consultation.seatName')}`}
              placeholder={t('consultation.seatName')}
            />
          </Form.Item>
        </Col>
      </Row>
    </Form.Item>
  );
}

export function ConveneModal({
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
  const me = useCurrentUser();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const refresh = useConsultationRefresh();
  const staff = useOrgStaff(open ? me.org.id : undefined);
  const staffOptions = (staff.data ?? []).map((m) => ({
    value: m.id,
    label: `${m.displayName}（${m.orgName}）`,
  }));
  const [form] = Form.useForm<ConveneFormValues>();
  const [onFields, setOnFields] = useState(false);
  useOnOpen(open, () =>
    form.setFieldsValue({
      title: t('consultation.defaultTitle', { subject: caseView.subject }),
      scheduledAt: dayjs().add(1, 'day').hour(9).minute(0).second(0),
      place: '',
      judge: {},
      chiefMediator: {},
      legalAid: {},
      departmentIds: [],
    }),
  );
  const save = useMutation({
    mutationFn: (values: ConveneFormValues) => conveneConsultation(caseView.id, toConveneBody(values)),
    onSuccess: (consultation) => {
      void message.success(t('consultation.convened'));
      refresh();
      form.resetFields();
      onClose();
      void navigate(`/consultations/${encodeURIComponent(consultation.id)}`);
    },
    onError: (error) => setOnFields(showFieldErrors(i18n, form, error, convenePathOfPointer)),
  });
  return (
    <Modal
      open={open}
      width={760}
      title={t('consultation.convene')}
      onCancel={() => {
        save.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      okText={t('consultation.conveneOk')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('consultation.conveneIntro')}</Typography.Paragraph>
      <ProblemAlert error={save.error} shownOnFields={onFields} />
      <Form form={form} name="consultation-convene" layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="title"
          label={t('consultation.subject')}
          rules={[{ required: true, whitespace: true, message: t('consultation.subjectRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item
              name="scheduledAt"
              label={t('consultation.scheduledAt')}
              rules={[{ required: true, message: t('consultation.scheduledAtRequired') }]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              name="place"
              label={t('consultation.place')}
              rules={[{ required: true, whitespace: true, message: t('consultation.placeRequired') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        {CORE_SEATS.map(([field]) => (
          <SeatFields key={field} field={field} staffOptions={staffOptions} />
        ))}
        <Form.Item name="departmentIds" label={t('consultation.kind.department')}>
          <OrgMultiSelect
            aria-label={t('consultation.kind.department')}
            placeholder={t('consultation.departmentsPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
