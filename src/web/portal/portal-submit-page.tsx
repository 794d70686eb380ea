/**
 * 我要反映: the guided submission (antd Steps). One form across four steps, each checked before the next;
 * on submit the server's field errors are shown on their fields (and the form goes back to that step).
 * Photos go up right after the case exists, with the new tracking code as proof; the success page shows
 * the code once.
 */
import { Alert, App, Button, Card, Form, Space, Steps, Typography } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isProblem } from '../api/client.ts';
import {
  portalCaseBody,
  portalFieldOfPointer,
  PORTAL_STEP_FIELDS,
  stepOfField,
  type PortalFormValues,
} from '../features/portal/portal-form.ts';
import { submitPortalCase, uploadPortalPhotos } from '../features/portal/portal.api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { fieldErrorText, problemText } from '../i18n/problem-text.ts';
import { WhatStep, WhereStep, WhoStep, YouStep } from './portal-submit-steps.tsx';

/** What the success page receives in the router's location state. */
export interface SubmittedState {
  trackingCode: string;
  caseNumber: string;
  photos: number;
  photoProblem?: string;
}

export function PortalSubmitPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<PortalFormValues>();
  const [step, setStep] = useState(0);
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const last = PORTAL_STEP_FIELDS.length - 1;

  const next = async () => {
    await form.validateFields(PORTAL_STEP_FIELDS[step]);
    setStep(step + 1);
    window.scrollTo({ top: 0 });
  };

  const showProblem = (error: unknown) => {
    if (!isProblem(error)) return setFailed(t('portal.track.other'));
    const fields = error.errors
      .map((e) => ({ path: portalFieldOfPointer(e.pointer), text: fieldErrorText(i18n, e) }))
      .filter((f): f is { path: (string | number)[]; text: string } => f.path !== undefined);
    if (fields.length === 0) return setFailed(problemText(i18n, error));
    form.setFields(fields.map((f) => ({ name: f.path as never, errors: [f.text] })));
    setStep(Math.min(...fields.map((f) => stepOfField(f.path)).filter((s) => s >= 0), last));
    setFailed(t('portal.submit.failed'));
  };

  const send = async () => {
    await form.validateFields(PORTAL_STEP_FIELDS[last]);
    const values = form.getFieldsValue(true) as PortalFormValues;
    setBusy(true);
    setFailed(null);
    try {
      const submitted = await submitPortalCase(portalCaseBody(values));
      const state: SubmittedState = { ...submitted, photos: 0 };
      const files = photos.map((p) => p.originFileObj).filter((f): f is NonNullable<typeof f> => !!f);
      if (files.length > 0) {
        const proof = { trackingCode: submitted.trackingCode, phoneLast4: normalisedLast4(values) };
        await uploadPortalPhotos(proof, files).then(
          (r) => (state.photos = r.items.length),
          (e: unknown) => (state.photoProblem = isProblem(e) ? problemText(i18n, e) : String(e)),
        );
      }
      navigate('/portal/submitted', { state, replace: true });
    } catch (error) {
      showProblem(error);
      message.error(t('portal.submit.failed'));
    } finally {
      setBusy(false);
    }
  };

  const stepTitles = [
    t('portal.submit.stepWhat'),
    t('portal.submit.stepWhere'),
    t('portal.submit.stepWho'),
    t('portal.submit.stepYou'),
  ];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: '4px 0' }}>
        {t('portal.submit.title')}
      </Typography.Title>
      <Steps
        size="small"
        titlePlacement="vertical"
        responsive={false}
        current={step}
        items={stepTitles.map((title) => ({ title }))}
        data-testid="portal-steps"
      />
      {failed && <Alert type="error" showIcon title={failed} data-testid="portal-submit-error" />}
      <Card size="small">
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          data-testid="portal-submit-form"
          scrollToFirstError
        >
          {[
            <WhatStep key="what" />,
            <WhereStep key="where" />,
            <WhoStep key="who" photos={photos} onPhotos={setPhotos} />,
            <YouStep key="you" />,
          ].map((content, i) => (
            <div key={i} hidden={i !== step}>
              {content}
            </div>
          ))}
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Button size="large" disabled={step === 0} onClick={() => setStep(step - 1)}>
              {t('portal.submit.prev')}
            </Button>
            {step < last ? (
              <Button
                size="large"
                type="primary"
                onClick={() => void next().catch(() => undefined)}
                data-testid="portal-next"
              >
                {t('portal.submit.next')}
              </Button>
            ) : (
              <Button
                size="large"
                type="primary"
                loading={busy}
                onClick={() => void send().catch(() => undefined)}
                data-testid="portal-send"
              >
                {t('portal.submit.send')}
              </Button>
            )}
          </Space>
        </Form>
      </Card>
    </Space>
  );
}

/** The last four digits of the phone as entered (full-width digits and spaces allowed). */
function normalisedLast4(values: PortalFormValues): string {
  return (values.applicant?.phone ?? '').normalize('NFKC').replace(/\D/g, '').slice(-4);
}
