/**
 * 案件列表: the cases in the user's scope, filtered (filters kept in the URL) and searched in Chinese
 * text, newest first (best match first when searching), page after page through the server's keyset
 * cursor, with the total of all matching cases.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isProblem } from '../../api/client.ts';
import { useCurrentUser } from '../../app/current-user.tsx';
import { categoryName } from '../../features/categories/category-tree.ts';
import { filterFromSearch, searchFromFilter } from '../../features/cases/case-filter.ts';
import { REGISTERING_ROLES } from '../../features/cases/case-options.ts';
import { FlagTags, RiskTag, StatusTag, useCaseLabels } from '../../features/cases/case-tags.tsx';
import { useCaseList, type CaseFilter, type CaseListItem } from '../../features/cases/cases.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { CaseFilterBar } from './case-filter-bar.tsx';
import { useCardSize } from './use-card-size.ts';

export function CaseListPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const me = useCurrentUser();
  const labels = useCaseLabels();
  const cardSize = useCardSize();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filter = useMemo(() => filterFromSearch(new URLSearchParams(search)), [search]);
  const cases = useCaseList(filter);
  const items = useMemo(() => cases.data?.pages.flatMap((page) => page.items) ?? [], [cases.data]);
  const total = cases.data?.pages[0]?.total;
  const canRegister = REGISTERING_ROLES.some((role) => me.roles.includes(role));

  const changeFilter = (next: CaseFilter) => setParams(searchFromFilter(next, params));

  const columns: TableColumnsType<CaseListItem> = [
    { title: t('case.number'), dataIndex: 'number', width: 140, fixed: 'left' },
    {
      title: t('case.subject'),
      dataIndex: 'subject',
      ellipsis: true,
      render: (subject: string, item) => <Link to={`/cases/${encodeURIComponent(item.id)}`}>{subject}</Link>,
    },
    {
      title: t('caseList.col.category'),
      key: 'category',
      width: 100,
      ellipsis: true,
      render: (_, item) => categoryName(item.category, locale),
    },
    {
      title: t('caseList.col.channel'),
      dataIndex: 'channel',
      width: 84,
      responsive: ['md'],
      render: (channel: string) => labels.channel(channel),
    },
    {
      title: t('case.status'),
      dataIndex: 'status',
      width: 76,
      render: (status: string) => <StatusTag status={status} />,
    },
    {
      title: t('caseList.col.risk'),
      dataIndex: 'risk',
      width: 56,
      render: (risk: string) => <RiskTag risk={risk} />,
    },
    {
      title: t('caseList.col.flags'),
      dataIndex: 'flags',
      width: 64,
      responsive: ['md'],
      render: (flags: string[]) => <FlagTags flags={flags} />,
    },
    {
      title: t('caseList.col.grid'),
      key: 'grid',
      width: 110,
      ellipsis: true,
      responsive: ['lg'],
      render: (_, item) => item.grid?.name ?? t('caseDetail.none'),
    },
    {
      title: t('caseList.col.currentOrg'),
      key: 'currentOrg',
      width: 110,
      ellipsis: true,
      responsive: ['lg'],
      render: (_, item) => item.currentOrg.name,
    },
    {
      title: t('case.registeredAt'),
      dataIndex: 'createdAt',
      width: 132,
      render: (value: string) => formatDateTime(value, locale),
    },
  ];

  return (
    <Card
      size={cardSize}
      title={t('caseList.title')}
      extra={
        canRegister && (
          <Link to="/cases/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('caseList.register')}
            </Button>
          </Link>
        )
      }
    >
      <CaseFilterBar filter={filter} onChange={changeFilter} />
      {cases.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={isProblem(cases.error) ? problemText(i18n, cases.error) : String(cases.error)}
        />
      )}
      <Typography.Text type="secondary" data-testid="case-total">
        {total === undefined ? '\u00a0' : t('caseList.total', { count: total })}
      </Typography.Text>
      <Table<CaseListItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={cases.isPending || cases.isPlaceholderData}
        pagination={false}
        scroll={{ x: 1060 }}
        locale={{ emptyText: t('caseList.empty') }}
        style={{ marginTop: 8 }}
        data-testid="case-table"
      />
      {total !== undefined && total > 0 && (
        <div
          style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 12, marginTop: 12 }}
        >
          <Typography.Text type="secondary">
            {t('caseList.shown', { shown: items.length, count: total })}
          </Typography.Text>
          {cases.hasNextPage && (
            <Button onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>
              {t('caseList.more')}
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}
