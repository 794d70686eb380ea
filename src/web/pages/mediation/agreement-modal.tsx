/**
 * 制作调解协议 (人民调解法 arts. 28–29): written (协议书, generated as a Word document) or oral (口头协议,
 * content recorded only); the main facts, the matters in dispute, the terms (who does what, how much, by
 * when), how performance is checked and the number of copies. Recording it marks a case in progress as
 * mediated successfully and, for a written one, opens the 30-day window for judicial confirmation.
 */
import { useMutation } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { CaseView } from '../../features/cases/cases.api.ts';
import {
  agreementFieldPath,
  toAgreementBody,
  type AgreementFormValues,
} from '../../features/mediation/mediation-forms.ts';
import { createAgreement, type MediationSession } from '../../features/mediation/mediation.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { AgreementTermsEditor } from './agreement-terms-editor.tsx';
import { ProblemAlert, showFieldErrors, useMediationRefresh, useOnOpen } from './mediation-ui.tsx';

export function AgreementModal({
  caseView,
  sessions,
  open,
  onClose,
}: {
  caseView: CaseView;
  sessions: readonly MediationSession[];
  open: boolean;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { message } = App.useApp();
  const refresh = useMediationRefresh(caseView.id);
  const [form] = Form.useForm<AgreementFormValues>();
  const [onFields, setOnFields] = useState(false);

  useOnOpen(open, () => {
    const held = sessions.filter((session) => session.status !== 'cancelled');
    form.setFieldsValue({
      form: 'written',
      terms: [{}],
      copies: caseView.parties.length + 1,
      sessionId: held.at(-1)?.id,
    });
  });

  const save = useMutation({
    mutationFn: (values: AgreementFormValues) => createAgreement(caseView.id, toAgreementBody(values)),
    onSuccess: (agreement) => {
      void message.success(t('agreement.created', { number: agreement.number }));
      refresh();
      form.resetFields();
      onClose();
    },
    onError: (error) => setOnFields(showFieldErrors(i18n, form, error, agreementFieldPath)),
  });

  return (
    <Modal
      open={open}
      title={t('agreement.createTitle')}
      width={960}
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
      <Form
        form={form}
        name="agreement"
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
        data-testid="agreement-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="form" label={t('agreement.form')} extra={t('agreement.formHelp')}>
              <Radio.Group
                optionType="button"
                options={(['written', 'oral'] as const).map((value) => ({
                  value,
                  label: t(`agreement.form.${value}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="sessionId" label={t('agreement.session')}>
              <Select
                allowClear
                options={sessions.map((session) => ({
                  value: session.id,
                  label: `${formatDateTime(session.startsAt, locale)} ${session.place ?? t('session.onlineYes')}`,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="facts"
          label={t('agreement.facts')}
          rules={[{ required: true, whitespace: true, message: t('agreement.factsRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10000} />
        </Form.Item>
        <Form.Item
          name="disputedMatters"
          label={t('agreement.disputedMatters')}
          rules={[{ required: true, whitespace: true, message: t('agreement.disputedMattersRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <AgreementTermsEditor parties={caseView.parties} />
        <Form.Item name="performanceCheck" label={t('agreement.performanceCheck')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={2000}
            placeholder={t('agreement.performanceCheckPlaceholder')}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} md={8}>
            <Form.Item name="copies" label={t('agreement.copies')}>
              <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="effectiveOn"
              label={t('agreement.effectiveOn')}
              extra={t('agreement.effectiveOnHelp')}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
