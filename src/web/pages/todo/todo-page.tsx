/**
 * 待办: the cases the user's organisation holds now (issue 4), by tab — everything open, waiting to be
 * started, in progress, returned, warned (预警), overdue (超期), supervised (督办) — each with its deadline
 * bar. The tab lives in the URL (`?tab=`). On phones the rows become a list.
 */
import { Alert, Button, Card, Grid, List, Space, Table, Tabs, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isProblem } from '../../api/client.ts';
import { categoryName } from '../../features/categories/category-tree.ts';
import { FlagTags, StatusTag } from '../../features/cases/case-tags.tsx';
import type { CaseListItem } from '../../features/cases/cases.api.ts';
import { useHeldCases } from '../../features/cases/held-cases.api.ts';
import { TODO_TABS, parseTodoTab, todoQuery, type TodoTab } from '../../features/cases/held-cases.ts';
import { DeadlineCell } from '../../features/deadlines/deadline-bar.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { useCardSize } from '../cases/use-card-size.ts';

const caseLink = (item: CaseListItem) => `/cases/${encodeURIComponent(item.id)}`;

function PhoneList({ items, loading }: { items: CaseListItem[]; loading: boolean }) {
  const { t, locale } = useI18n();
  return (
    <List
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('todo.empty') }}
      data-testid="todo-list"
      renderItem={(item) => (
        <List.Item data-testid="todo-item">
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            <Space size={6} wrap>
              <StatusTag status={item.status} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.number} · {categoryName(item.category, locale)}
              </Typography.Text>
            </Space>
            <Link to={caseLink(item)}>{item.subject}</Link>
            <DeadlineCell caseId={item.id} />
          </Space>
        </List.Item>
      )}
    />
  );
}

export function TodoPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const cardSize = useCardSize();
  const isPhone = Grid.useBreakpoint().md === false;
  const [params, setParams] = useSearchParams();
  const tab = parseTodoTab(params.get('tab'));
  const query = useMemo(() => todoQuery(tab), [tab]);
  const cases = useHeldCases(query);
  const items = useMemo(() => cases.data?.pages.flatMap((page) => page.items) ?? [], [cases.data]);
  const total = cases.data?.pages[0]?.total;
  const loading = cases.isPending || cases.isPlaceholderData;

  const columns: TableColumnsType<CaseListItem> = [
    { title: t('case.number'), dataIndex: 'number', width: 140 },
    {
      title: t('case.subject'),
      dataIndex: 'subject',
      ellipsis: true,
      render: (subject: string, item) => <Link to={caseLink(item)}>{subject}</Link>,
    },
    {
      title: t('caseList.col.category'),
      key: 'category',
      width: 120,
      ellipsis: true,
      render: (_, item) => categoryName(item.category, locale),
    },
    {
      title: t('case.status'),
      key: 'status',
      width: 150,
      render: (_, item) => (
        <Space size={4} wrap>
          <StatusTag status={item.status} />
          <FlagTags flags={item.flags} />
        </Space>
      ),
    },
    {
      title: t('todo.deadline'),
      key: 'deadline',
      width: 190,
      render: (_, item) => <DeadlineCell caseId={item.id} />,
    },
    {
      title: t('case.registeredAt'),
      dataIndex: 'createdAt',
      width: 132,
      responsive: ['xl'],
      render: (value: string) => formatDateTime(value, locale),
    },
  ];

  return (
    <Card size={cardSize} title={t('todo.title')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'all' ? {} : { tab: key }, { replace: true })}
        items={TODO_TABS.map((key: TodoTab) => ({ key, label: t(`todo.tab.${key}`) }))}
        data-testid="todo-tabs"
      />
      {cases.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={isProblem(cases.error) ? problemText(i18n, cases.error) : String(cases.error)}
        />
      )}
      <Typography.Text type="secondary" data-testid="todo-total">
        {total === undefined ? '\u00a0' : t('caseList.total', { count: total })}
      </Typography.Text>
      {isPhone ? (
        <PhoneList items={items} loading={loading} />
      ) : (
        <Table<CaseListItem>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          loading={loading}
          pagination={false}
          scroll={{ x: 860 }}
          locale={{ emptyText: t('todo.empty') }}
          style={{ marginTop: 8 }}
          data-testid="todo-table"
        />
      )}
      {cases.hasNextPage && (
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          <Button onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>
            {t('caseList.more')}
          </Button>
        </div>
      )}
    </Card>
  );
}
