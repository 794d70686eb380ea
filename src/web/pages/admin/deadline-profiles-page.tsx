/**
 * 办理时限 (district admin): the deadline profiles — a time limit per category and case state, in calendar
 * days, working days or hours, with its warning points — in a table with create and edit.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { isProblem } from '../../api/client.ts';
import { useCategories } from '../../features/categories/categories.api.ts';
import { categoryName } from '../../features/categories/category-tree.ts';
import { profileLabel } from '../../features/deadlines/deadline-view.ts';
import { useDeadlineProfiles, type DeadlineProfile } from '../../features/deadlines/deadlines.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { useCardSize } from '../cases/use-card-size.ts';
import { DeadlineProfileModal, type ProfileTarget } from './deadline-profile-modal.tsx';

export function DeadlineProfilesPage() {
  const i18n = useI18n();
  const { t, tx, locale } = i18n;
  const cardSize = useCardSize();
  const profiles = useDeadlineProfiles();
  const categories = useCategories();
  const [target, setTarget] = useState<ProfileTarget>();
  const none = t('caseDetail.none');
  const catName = (code: string | null) => {
    if (!code) return t('profiles.anyCategory');
    const category = categories.data?.find((item) => item.code === code);
    return category ? categoryName(category, locale) : code;
  };

  const columns: TableColumnsType<DeadlineProfile> = [
    {
      title: t('profiles.name'),
      key: 'name',
      width: 180,
      fixed: 'left',
      render: (_, p) => (
        <>
          <Typography.Text strong={p.isActive} delete={!p.isActive}>
            {profileLabel(profiles.data, p.code, locale)}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {p.code}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: t('profiles.limit'),
      key: 'limit',
      width: 96,
      render: (_, p) => `${p.amount} ${tx(`unit.${p.unit}`) ?? p.unit}`,
    },
    {
      title: t('profiles.warnShares'),
      key: 'warn',
      width: 120,
      render: (_, p) => p.warnShares.map((s) => <Tag key={s}>{Math.round(s * 100)}%</Tag>),
    },
    { title: t('profiles.category'), key: 'category', width: 110, render: (_, p) => catName(p.categoryCode) },
    {
      title: t('profiles.state'),
      key: 'state',
      width: 100,
      render: (_, p) => (p.state ? (tx(`status.${p.state}`) ?? p.state) : t('profiles.byCode')),
    },
    {
      title: t('profiles.maxExtension'),
      key: 'ext',
      width: 96,
      render: (_, p) =>
        p.maxExtensionAmount === null ? none : `${p.maxExtensionAmount} ${tx(`unit.${p.unit}`) ?? ''}`,
    },
    {
      title: t('profiles.active'),
      key: 'active',
      width: 64,
      render: (_, p) =>
        p.isActive ? <Tag color="green">{t('profiles.on')}</Tag> : <Tag>{t('profiles.off')}</Tag>,
    },
    {
      title: t('profiles.updatedAt'),
      dataIndex: 'updatedAt',
      width: 136,
      responsive: ['xl'],
      render: (v: string) => formatDateTime(v, locale),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 64,
      render: (_, profile) => (
        <Button type="link" size="small" onClick={() => setTarget({ mode: 'edit', profile })}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Card
      size={cardSize}
      title={t('profiles.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create' })}>
          {t('profiles.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('profiles.intro')}</Typography.Paragraph>
      {profiles.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={isProblem(profiles.error) ? problemText(i18n, profiles.error) : String(profiles.error)}
        />
      )}
      <Table<DeadlineProfile>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={profiles.data ?? []}
        loading={profiles.isPending}
        pagination={false}
        scroll={{ x: 830 }}
        data-testid="profiles-table"
      />
      <DeadlineProfileModal target={target} onClose={() => setTarget(undefined)} />
    </Card>
  );
}
