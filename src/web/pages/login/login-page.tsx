/**
 * Sign-in page. Wrong credentials, a locked account (five wrong passwords → 15 minutes) and throttling
 * each show their own catalogue message; after sign-in the user goes to the page they first asked for.
 */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { isProblem } from '../../api/client.ts';
import { safeNextPath } from '../../app/current-user.tsx';
import { HEADER_BG } from '../../app/theme.ts';
import { Brand } from '../../components/brand.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useLogin, useMe, type Credentials } from '../../features/auth/auth.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';

export function LoginPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();

  if (me.data) return <Navigate to={next} replace />;

  function loginErrorText(error: unknown): string {
    if (!isProblem(error)) return String(error);
    const lockedUntil = error.body.lockedUntil;
    if (error.kind === 'account-locked' && typeof lockedUntil === 'string') {
      return t('login.error.lockedUntil', { time: formatDateTime(lockedUntil, i18n.locale) });
    }
    return problemText(i18n, error, 'login');
  }

  const submit = (values: Credentials) =>
    login.mutate(
      { username: values.username.trim(), password: values.password },
      { onSuccess: () => void navigate(next, { replace: true }) },
    );

  const errorText = login.error ? loginErrorText(login.error) : undefined;

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: `linear-gradient(160deg, ${HEADER_BG} 0%, #1d5bbf 55%, #e9eef6 55.1%)`,
      }}
    >
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          padding: '12px 16px',
        }}
      >
        <Brand onDark />
        <LanguageSwitch onDark />
      </div>
      <div style={{ flex: 1, display: 'grid', placeItems: 'center', padding: 16 }}>
        <Card style={{ width: '100%', maxWidth: 400, boxShadow: '0 6px 24px rgba(0,0,0,0.12)' }}>
          <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 4 }}>
            {t('login.title')}
          </Typography.Title>
          {errorText && (
            <Alert
              type="error"
              showIcon
              title={errorText}
              role="alert"
              data-testid="login-error"
              style={{ marginBottom: 16 }}
            />
          )}
          <Form<Credentials> layout="vertical" size="large" onFinish={submit} requiredMark={false}>
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={200} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
            {t('login.notice')}
          </Typography.Paragraph>
        </Card>
      </div>
    </div>
  );
}
