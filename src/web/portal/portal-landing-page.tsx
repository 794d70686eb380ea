/**
 * The portal's front page: what the centre does in plain words (最多跑一地) and the two things a citizen
 * comes for — bring a dispute, or check its progress.
 */
import { EditOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/zh-CN.ts';

const STEPS: [MessageKey, MessageKey][] = [
  ['portal.landing.step1', 'portal.landing.step1Text'],
  ['portal.landing.step2', 'portal.landing.step2Text'],
  ['portal.landing.step3', 'portal.landing.step3Text'],
];

function BigAction(props: {
  icon: React.ReactNode;
  title: string;
  hint: string;
  primary?: boolean;
  to: string;
  testId: string;
}) {
  const navigate = useNavigate();
  return (
    <Button
      type={props.primary ? 'primary' : 'default'}
      size="large"
      block
      icon={props.icon}
      onClick={() => navigate(props.to)}
      data-testid={props.testId}
      style={{
        height: 'auto',
        padding: '14px 16px',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-start',
        textAlign: 'left',
      }}
    >
      <span style={{ display: 'flex', flexDirection: 'column', whiteSpace: 'normal' }}>
        <span style={{ fontSize: 18, fontWeight: 600 }}>{props.title}</span>
        <span style={{ fontSize: 13, opacity: 0.85 }}>{props.hint}</span>
      </span>
    </Button>
  );
}

export function PortalLandingPage() {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div style={{ padding: '8px 4px 0' }}>
        <Typography.Title level={2} style={{ marginTop: 8, marginBottom: 8 }}>
          {t('portal.landing.heading')}
        </Typography.Title>
        <Typography.Paragraph style={{ fontSize: 15, marginBottom: 0 }}>
          {t('portal.landing.lead')}
        </Typography.Paragraph>
      </div>
      <Row gutter={[12, 12]}>
        <Col xs={24} sm={12}>
          <BigAction
            primary
            icon={<EditOutlined />}
            title={t('portal.landing.submit')}
            hint={t('portal.landing.submitHint')}
            to="/portal/new"
            testId="portal-go-submit"
          />
        </Col>
        <Col xs={24} sm={12}>
          <BigAction
            icon={<SearchOutlined />}
            title={t('portal.landing.track')}
            hint={t('portal.landing.trackHint')}
            to="/portal/track"
            testId="portal-go-track"
          />
        </Col>
      </Row>
      <Row gutter={[12, 12]}>
        {STEPS.map(([title, text], i) => (
          <Col xs={24} md={8} key={title}>
            <Card size="small" style={{ height: '100%' }}>
              <Typography.Text strong style={{ fontSize: 15 }}>
                {i + 1}. {t(title)}
              </Typography.Text>
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                {t(text)}
              </Typography.Paragraph>
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary">{t('portal.landing.free')}</Typography.Text>
    </Space>
  );
}
