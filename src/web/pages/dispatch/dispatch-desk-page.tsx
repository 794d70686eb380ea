/**
 * 分流交办, the dispatcher's desk (issue 4: 一网分流): the cases their organisation holds that wait for a
 * decision (registered, accepted, or returned by the handler), each with the route proposed at registration
 * and why. "按建议交办" accepts and dispatches in one click; "更改" hands the case to another organisation;
 * "不予受理" refuses a new case with a reason.
 */
import { Alert, Button, Card, Grid, List, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { isProblem } from '../../api/client.ts';
import { categoryName } from '../../features/categories/category-tree.ts';
import { CaseActionModal, type ActionTarget } from '../../features/cases/case-action-modal.tsx';
import { StatusTag } from '../../features/cases/case-tags.tsx';
import { useHeldCases } from '../../features/cases/held-cases.api.ts';
import { DISPATCH_QUERY } from '../../features/cases/held-cases.ts';
import type { CaseListItem } from '../../features/cases/cases.api.ts';
import { DeadlineCell } from '../../features/deadlines/deadline-bar.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { useCardSize } from '../cases/use-card-size.ts';
import { ProposalCell, ReasonCell, ReturnReason } from './dispatch-cells.tsx';
import { RowActions } from './dispatch-row-actions.tsx';

/** On phones: one card-like row per case, everything stacked. */
function PhoneList({
  items,
  loading,
  onChange,
}: {
  items: CaseListItem[];
  loading: boolean;
  onChange: (target: ActionTarget) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <List
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('dispatch.empty') }}
      data-testid="dispatch-list"
      renderItem={(item) => (
        <List.Item data-testid="dispatch-item">
          <Space orientation="vertical" size={6} style={{ width: '100%' }}>
            <Space size={6} wrap>
              <StatusTag status={item.status} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.number} · {categoryName(item.category, locale)}
              </Typography.Text>
            </Space>
            <Link to={`/cases/${encodeURIComponent(item.id)}`}>{item.subject}</Link>
            {item.status === 'returned' && <ReturnReason caseId={item.id} />}
            <ProposalCell caseId={item.id} />
            <ReasonCell caseId={item.id} />
            <DeadlineCell caseId={item.id} />
            <RowActions item={item} onChange={onChange} />
          </Space>
        </List.Item>
      )}
    />
  );
}

export function DispatchDeskPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const cardSize = useCardSize();
  const isPhone = Grid.useBreakpoint().md === false;
  const [target, setTarget] = useState<ActionTarget>();
  const cases = useHeldCases(DISPATCH_QUERY);
  const items = useMemo(() => cases.data?.pages.flatMap((page) => page.items) ?? [], [cases.data]);
  const total = cases.data?.pages[0]?.total;

  const columns: TableColumnsType<CaseListItem> = [
    {
      title: t('dispatch.case'),
      key: 'case',
      width: 220,
      render: (_, item) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.number}
          </Typography.Text>
          <Link to={`/cases/${encodeURIComponent(item.id)}`}>{item.subject}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {categoryName(item.category, locale)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('case.status'),
      key: 'status',
      width: 130,
      render: (_, item) => (
        <Space orientation="vertical" size={2}>
          <StatusTag status={item.status} />
          {item.status === 'returned' && <ReturnReason caseId={item.id} />}
        </Space>
      ),
    },
    {
      title: t('dispatch.proposal'),
      key: 'proposal',
      width: 200,
      render: (_, item) => <ProposalCell caseId={item.id} />,
    },
    {
      title: t('route.reason'),
      key: 'reason',
      responsive: ['lg'],
      render: (_, item) => <ReasonCell caseId={item.id} />,
    },
    {
      title: t('dispatch.deadline'),
      key: 'deadline',
      width: 150,
      responsive: ['md'],
      render: (_, item) => <DeadlineCell caseId={item.id} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      render: (_, item) => <RowActions item={item} onChange={setTarget} />,
    },
  ];

  return (
    <Card size={cardSize} title={t('dispatch.title')}>
      <Typography.Paragraph type="secondary">{t('dispatch.intro')}</Typography.Paragraph>
      {cases.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={isProblem(cases.error) ? problemText(i18n, cases.error) : String(cases.error)}
        />
      )}
      <Typography.Text type="secondary" data-testid="dispatch-total">
        {total === undefined ? '\u00a0' : t('caseList.total', { count: total })}
      </Typography.Text>
      {isPhone ? (
        <PhoneList items={items} loading={cases.isPending} onChange={setTarget} />
      ) : (
        <Table<CaseListItem>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          loading={cases.isPending}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('dispatch.empty') }}
          style={{ marginTop: 8 }}
          data-testid="dispatch-table"
        />
      )}
      {cases.hasNextPage && (
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          <Button onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>
            {t('caseList.more')}
          </Button>
        </div>
      )}
      <CaseActionModal target={target} onClose={() => setTarget(undefined)} />
    </Card>
  );
}
