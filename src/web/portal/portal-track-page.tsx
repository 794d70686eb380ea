/**
 * 查询进度: the tracking code and the phone's last four digits open the citizen's view of their case.
 * Every failed proof gets one neutral message (the server answers the same 404 for a wrong code, wrong
 * digits, a paused code and no case); too many tries say when to try again. A successful look-up keeps the
 * proof for this browser tab (sessionStorage `fengqiao.portal.proof`), which the mediation room reads.
 */
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { isProblem } from '../api/client.ts';
import {
  readPortalProof,
  savePortalProof,
  trackPortalCase,
  type PortalCaseView,
  type PortalProof,
} from '../features/portal/portal.api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { PortalCaseViewCards } from './portal-case-view.tsx';

function trackErrorText(t: ReturnType<typeof useI18n>['t'], error: unknown): string {
  if (isProblem(error, 'not-found')) return t('portal.track.notFound');
  if (isProblem(error, 'too-many-requests')) {
    const seconds = Number(error.body.retryAfter ?? 600);
    return t('portal.track.tooMany', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  if (isProblem(error, 'validation-failed')) return t('portal.track.notFound');
  return t('portal.track.other');
}

export function PortalTrackPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<PortalProof>();
  const handedCode = (useLocation().state as { trackingCode?: string } | null)?.trackingCode;
  const [opened, setOpened] = useState<{ view: PortalCaseView; proof: PortalProof } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const look = useCallback(async (proof: PortalProof) => {
    setBusy(true);
    setError(null);
    try {
      const view = await trackPortalCase(proof);
      savePortalProof(proof);
      setOpened({ view, proof });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, []);

  // Only on arrival (a proof kept from earlier in this tab): later look-ups come from the form.
  const [arrived] = useState(() => {
    const stored = readPortalProof();
    // A code handed over from the success page (kept in history across reloads) opens only its own proof.
    return stored && (!handedCode || handedCode === stored.trackingCode) ? stored : null;
  });
  useEffect(() => {
    if (arrived) void look(arrived);
  }, [arrived, look]);

  if (opened)
    return (
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <PortalCaseViewCards
          view={opened.view}
          proof={opened.proof}
          onChanged={() => void look(opened.proof)}
        />
        <Button block onClick={() => setOpened(null)}>
          {t('portal.track.another')}
        </Button>
      </Space>
    );

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: '4px 0' }}>
        {t('portal.track.title')}
      </Typography.Title>
      {error !== null && (
        <Alert type="error" showIcon title={trackErrorText(t, error)} data-testid="portal-track-error" />
      )}
      <Card size="small">
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ trackingCode: handedCode ?? readPortalProof()?.trackingCode ?? '' }}
          onFinish={(values) =>
            void look({ trackingCode: values.trackingCode.trim(), phoneLast4: values.phoneLast4 })
          }
          data-testid="portal-track-form"
        >
          <Form.Item
            name="trackingCode"
            label={t('portal.track.code')}
            rules={[{ required: true, whitespace: true, message: t('portal.track.codeRequired') }]}
          >
            <Input
              size="large"
              placeholder={t('portal.track.codePlaceholder')}
              autoCapitalize="characters"
              autoComplete="off"
              maxLength={40}
              style={{ letterSpacing: 2, fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}
            />
          </Form.Item>
          <Form.Item
            name="phoneLast4"
            label={t('portal.track.phoneLast4')}
            rules={[{ required: true, pattern: /^\d{4}$/, message: t('portal.track.phoneLast4Invalid') }]}
          >
            <Input size="large" inputMode="numeric" maxLength={4} autoComplete="off" style={{ width: 140 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={busy}>
            {t('portal.track.submit')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
