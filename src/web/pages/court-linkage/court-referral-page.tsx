/**
 * 登记法院委派案件 (/court-linkage/referrals/new; intake and dispatchers): a case a court sends down for
 * mediation — 委派调解 before the court registers the suit, or 诉前调解 — registered with the court, its
 * case number and the kind of referral, and the case as at the window (category, subject, facts, amount,
 * parties). The server starts the referral's own 30-day clock; the user lands on the court-linkage list.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Radio, Row, Space, Typography } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isProblem } from '../../api/client.ts';
import { CASES_QUERY_KEY } from '../../features/cases/cases.api.ts';
import {
  referralPathOfPointer,
  toCourtReferralBody,
  type CourtReferralFormValues,
} from '../../features/linkage/court-referral-form.ts';
import {
  COURT_TRANSFERS_KEY,
  REFERRAL_KINDS,
  registerCourtReferral,
} from '../../features/linkage/linkage.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { fieldErrorText, problemText } from '../../i18n/problem-text.ts';
import {
  AmountField,
  CategoryField,
  DescriptionField,
  PeopleInvolvedField,
  SubjectField,
} from '../cases/case-basic-fields.tsx';
import { CasePlaceFields } from '../cases/case-place-fields.tsx';
import { PartyEditor } from '../cases/party-editor.tsx';
import { useCardSize } from '../cases/use-card-size.ts';

const INITIAL: CourtReferralFormValues = {
  referralKind: 'pre_litigation',
  risk: 'low',
  flags: [],
  parties: [
    { kind: 'person', role: 'applicant' },
    { kind: 'person', role: 'respondent' },
  ],
};

export function CourtReferralPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const cardSize = useCardSize();
  const [form] = Form.useForm<CourtReferralFormValues>();
  const [formError, setFormError] = useState<string>();

  const submit = useMutation({
    mutationFn: (values: CourtReferralFormValues) => registerCourtReferral(toCourtReferralBody(values)),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: COURT_TRANSFERS_KEY });
      void queryClient.invalidateQueries({ queryKey: CASES_QUERY_KEY });
      void message.success(
        created.deadline
          ? t('referral.registeredDue', {
              number: created.caseNumber,
              due: formatDateTime(created.deadline, locale),
            })
          : t('referral.registered', { number: created.caseNumber }),
      );
      void navigate('/court-linkage?direction=from_court');
    },
    onError: (error) => {
      if (!isProblem(error)) return setFormError(String(error));
      const placed = error.errors.flatMap((item) => {
        const path = referralPathOfPointer(item.pointer);
        return path
          ? [{ name: path as NamePath<CourtReferralFormValues>, errors: [fieldErrorText(i18n, item)] }]
          : [];
      });
      form.setFields(placed);
      if (placed[0]) form.scrollToField(placed[0].name, { block: 'center' });
      setFormError(placed.length > 0 ? t('caseForm.fixErrors') : problemText(i18n, error));
    },
  });

  const col = { xs: 24, md: 12, xl: 8 };
  return (
    <Form<CourtReferralFormValues>
      form={form}
      layout="vertical"
      initialValues={INITIAL}
      scrollToFirstError={{ block: 'center' }}
      onFinish={(values) => {
        setFormError(undefined);
        submit.mutate(values);
      }}
      onFinishFailed={() => setFormError(t('caseForm.fixErrors'))}
      autoComplete="off"
      data-testid="court-referral-form"
    >
      <Space orientation="vertical" size={cardSize === 'small' ? 8 : 16} style={{ width: '100%' }}>
        <Card size={cardSize}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('referral.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('referral.intro')}
          </Typography.Paragraph>
        </Card>
        {formError && <Alert type="error" showIcon title={formError} role="alert" />}
        <Card size={cardSize} title={t('referral.section.court')}>
          <Row gutter={16}>
            <Col {...col}>
              <Form.Item
                name="court"
                label={t('referral.court')}
                rules={[{ required: true, whitespace: true, message: t('referral.courtRequired') }]}
              >
                <Input maxLength={100} placeholder={t('referral.courtPlaceholder')} />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item
                name="courtCaseNumber"
                label={t('referral.courtCaseNumber')}
                rules={[{ required: true, whitespace: true, message: t('referral.courtCaseNumberRequired') }]}
              >
                <Input maxLength={60} placeholder={t('referral.courtCaseNumberPlaceholder')} />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="referralKind" label={t('referral.kind')} rules={[{ required: true }]}>
                <Radio.Group
                  options={REFERRAL_KINDS.map((value) => ({ value, label: t(`referral.kind.${value}`) }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size={cardSize} title={t('caseForm.section.basic')}>
          <Row gutter={16}>
            <Col {...col}>
              <CategoryField />
            </Col>
            <Col {...col}>
              <AmountField />
            </Col>
            <Col {...col}>
              <PeopleInvolvedField />
            </Col>
            <Col xs={24}>
              <SubjectField />
            </Col>
            <Col xs={24}>
              <DescriptionField label="referral.facts" />
            </Col>
          </Row>
        </Card>
        <Card size={cardSize} title={t('caseForm.section.place')}>
          <CasePlaceFields />
        </Card>
        <Card size={cardSize} title={t('caseForm.section.parties')}>
          <PartyEditor />
        </Card>
        <Card size={cardSize} styles={{ body: { display: 'flex', gap: 12, justifyContent: 'flex-end' } }}>
          <Button onClick={() => void navigate('/court-linkage?direction=from_court')}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            {t('referral.submit')}
          </Button>
        </Card>
      </Space>
    </Form>
  );
}
