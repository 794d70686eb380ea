/**
 * Stands in for a function that arrives in a later release: it says so plainly and shows no data.
 */
import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Card, Result } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';

export function PlaceholderPage({ feature }: { feature: MessageKey }) {
  const { t } = useI18n();
  return (
    <Card>
      <Result
        icon={<ClockCircleOutlined style={{ color: '#8c8c8c' }} />}
        title={t('placeholder.title', { feature: t(feature) })}
        subTitle={t('placeholder.body')}
        extra={
          <Link to="/">
            <Button>{t('common.backHome')}</Button>
          </Link>
        }
      />
    </Card>
  );
}
