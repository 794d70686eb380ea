/**
 * Home: a greeting, who and where the user is, and quick links to the functions their roles may use.
 */
import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/current-user.tsx';
import { ADMIN_GROUP, WORK_ITEMS, canSee } from '../../app/navigation.tsx';
import { OrgTypeTag, RoleTags } from '../../components/role-tags.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';

/** The greeting for the hour of day in Asia/Shanghai (DESIGN.md §6: times are shown in Shanghai time). */
export function greetingKey(now: Date): MessageKey {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Shanghai' }).format(
      now,
    ),
  );
  if (hour < 12) return 'home.morning';
  if (hour < 18) return 'home.afternoon';
  return 'home.evening';
}

export function HomePage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const links = [...WORK_ITEMS, ...ADMIN_GROUP.children].filter((item) => canSee(item, me.roles));

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="home-greeting">
          {t('home.greeting', { greeting: t(greetingKey(new Date())), name: me.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 4, xxl: 4 }}
          items={[
            { key: 'org', label: t('home.org'), children: me.org.name },
            { key: 'type', label: t('home.orgType'), children: <OrgTypeTag type={me.org.type} /> },
            { key: 'username', label: t('home.username'), children: me.username },
            { key: 'roles', label: t('home.roles'), children: <RoleTags roles={me.roles} /> },
          ]}
        />
      </Card>
      <Card title={t('home.quickLinks')}>
        <Row gutter={[12, 12]}>
          {links.map((item) => (
            <Col key={item.path} xs={24} sm={12} lg={8} xl={6}>
              <Link to={item.path}>
                <Card size="small" hoverable style={{ height: '100%' }}>
                  <Card.Meta
                    avatar={<span style={{ fontSize: 22, color: '#1d5bbf' }}>{item.icon}</span>}
                    title={t(item.label)}
                    description={item.description ? t(item.description) : undefined}
                  />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </Card>
    </div>
  );
}
