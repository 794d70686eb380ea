/**
 * The page right after a submission: the tracking code, large and copyable, shown this once (only its hash
 * is kept), with the reminder to keep it and the phone's last four digits.
 */
import { CopyOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Result, Space, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { SubmittedState } from './portal-submit-page.tsx';

/** The code in groups of five (ABCDE FGHJK) for reading aloud; the server ignores spaces. */
export const groupedCode = (code: string) => code.replace(/(.{5})(?=.)/g, '$1 ');

export function PortalSubmittedPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const state = useLocation().state as SubmittedState | null;
  if (!state?.trackingCode)
    return (
      <Result
        status="info"
        title={t('portal.done.missing')}
        extra={<Button onClick={() => navigate('/portal/track')}>{t('portal.done.track')}</Button>}
      />
    );
  const copy = () =>
    navigator.clipboard
      ?.writeText(state.trackingCode)
      .then(() => message.success(t('portal.done.copied')))
      .catch(() => undefined);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Result status="success" title={t('portal.done.title')} style={{ padding: '16px 0 0' }} />
      <Card style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary">{t('portal.done.codeLabel')}</Typography.Text>
        <div
          data-testid="portal-tracking-code"
          data-code={state.trackingCode}
          style={{
            fontSize: 34,
            fontWeight: 700,
            letterSpacing: 3,
            fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
            margin: '8px 0',
            userSelect: 'all',
          }}
        >
          {groupedCode(state.trackingCode)}
        </div>
        <Button icon={<CopyOutlined />} onClick={copy}>
          {t('portal.done.copy')}
        </Button>
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16, textAlign: 'left' }}
          title={t('portal.done.remember')}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('portal.done.caseNumber', { number: state.caseNumber })}
        </Typography.Paragraph>
      </Card>
      {state.photos > 0 && <Alert type="success" title={t('portal.done.photos', { count: state.photos })} />}
      {state.photoProblem && (
        <Alert type="error" showIcon title={t('portal.done.photosFailed', { reason: state.photoProblem })} />
      )}
      <Button
        type="primary"
        size="large"
        block
        icon={<SearchOutlined />}
        onClick={() => navigate('/portal/track', { state: { trackingCode: state.trackingCode } })}
      >
        {t('portal.done.track')}
      </Button>
    </Space>
  );
}
