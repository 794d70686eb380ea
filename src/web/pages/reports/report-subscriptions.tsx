/**
 * 邮件订阅: switches for the daily brief, weekly exchange and monthly analysis of one organisation. When the
 * scheduled job generates a report the user subscribed to, it is e-mailed to them with the Word and Excel
 * files attached; without an e-mail address on their account they are told so.
 */
import { MailOutlined } from '@ant-design/icons';
import { Alert, App, Space, Switch, Typography } from 'antd';
import { isProblem } from '../../api/client.ts';
import { useMe } from '../../features/auth/auth.api.ts';
import {
  useReportSubscriptions,
  useSaveReportSubscriptions,
  type SubscriptionKind,
} from '../../features/stats/report-subscriptions.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';

const KINDS: SubscriptionKind[] = ['daily', 'weekly', 'monthly'];

/** For the organisation `orgId`, or the user's own when it is absent. */
export function ReportSubscriptions({ orgId: chosen }: { orgId: string | undefined }) {
  const i18n = useI18n();
  const me = useMe();
  const orgId = chosen ?? me.data?.org.id;
  const { t } = i18n;
  const { message } = App.useApp();
  const list = useReportSubscriptions();
  const save = useSaveReportSubscriptions();
  const items = list.data?.items ?? [];
  if (!orgId || !list.data) return null;
  const isOn = (kind: SubscriptionKind) => items.some((i) => i.orgId === orgId && i.kind === kind);
  const toggle = (kind: SubscriptionKind, on: boolean) => {
    const others = items
      .filter((i) => !(i.orgId === orgId && i.kind === kind))
      .map((i) => ({ orgId: i.orgId, kind: i.kind as SubscriptionKind }));
    save.mutate(on ? [...others, { orgId, kind }] : others, {
      onSuccess: () =>
        void message.success(t(on ? 'reportSubscriptions.subscribed' : 'reportSubscriptions.unsubscribed')),
      onError: (error) => void message.error(isProblem(error) ? problemText(i18n, error) : String(error)),
    });
  };
  return (
    <Space direction="vertical" size={8} style={{ width: '100%', marginBottom: 12 }}>
      <Space wrap size={16} aria-label={t('reportSubscriptions.title')}>
        <Typography.Text strong>
          <MailOutlined /> {t('reportSubscriptions.title')}
        </Typography.Text>
        {KINDS.map((kind) => (
          <Space key={kind} size={6}>
            <Switch
              size="small"
              checked={isOn(kind)}
              loading={save.isPending}
              aria-label={t(`reportSubscriptions.kind.${kind}`)}
              onChange={(on) => toggle(kind, on)}
            />
            <Typography.Text>{t(`reportSubscriptions.kind.${kind}`)}</Typography.Text>
          </Space>
        ))}
        <Typography.Text type="secondary">{t('reportSubscriptions.hint')}</Typography.Text>
      </Space>
      {!list.data.hasEmail && items.length > 0 && (
        <Alert type="warning" showIcon message={t('reportSubscriptions.noEmail')} />
      )}
    </Space>
  );
}
