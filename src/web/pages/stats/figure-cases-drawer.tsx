/**
 * The items behind a number (`GET /stats/cases?figure=…` with the page's filter, narrowed to a breakdown
 * row when opened from one): the count, and each item's case linked to its page.
 */
import { Alert, Drawer, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { isProblem } from '../../api/client.ts';
import { StatusTag, useCaseLabels } from '../../features/cases/case-tags.tsx';
import type { Drill } from '../../features/stats/breakdown-drill.ts';
import { useFigureCases, type FigureCases } from '../../features/stats/stats.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { figureName } from './figure-text.ts';

type Item = FigureCases['items'][number];

export interface OpenFigure extends Drill {
  figure: string;
}

export function FigureCasesDrawer({ open, onClose }: { open: OpenFigure | null; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const labels = useCaseLabels();
  const cases = useFigureCases(open?.filter ?? null, open?.figure ?? null);
  const items = (cases.data?.items ?? []).filter((item) => !open?.channel || item.channel === open.channel);
  const total = open?.channel ? items.length : (cases.data?.total ?? 0);
  const columns: TableColumnsType<Item> = [
    {
      title: t('case.number'),
      key: 'number',
      width: 170,
      render: (_, item) => <Link to={`/cases/${encodeURIComponent(item.caseId)}`}>{item.number}</Link>,
    },
    { title: t('case.subject'), dataIndex: 'subject', ellipsis: true },
    {
      title: t('case.status'),
      key: 'status',
      width: 100,
      render: (_, item) => <StatusTag status={item.status} />,
    },
    {
      title: t('case.channel'),
      key: 'channel',
      width: 110,
      render: (_, item) => labels.channel(item.channel),
    },
    {
      title: t('stats.cases.at'),
      dataIndex: 'at',
      width: 150,
      // Instants in Shanghai time; dates (`YYYY-MM-DD`) as they are.
      render: (at: string | null) => (at && at.length > 10 ? formatDateTime(at, i18n.locale) : (at ?? '')),
    },
  ];
  return (
    <Drawer
      open={open !== null}
      onClose={onClose}
      size={860}
      destroyOnHidden
      title={
        open && (
          <Space wrap>
            {figureName(i18n, open.figure)}
            <Tag>{`${open.filter.from} ~ ${open.filter.to}`}</Tag>
            {open.channel && (
              <Tag>{t('stats.cases.channelOnly', { channel: labels.channel(open.channel) })}</Tag>
            )}
            <Typography.Text data-testid="figure-cases-total">
              {t('stats.cases.total', { total })}
            </Typography.Text>
          </Space>
        )
      }
    >
      {cases.isError && (
        <Alert
          type="error"
          showIcon
          title={isProblem(cases.error) ? problemText(i18n, cases.error) : String(cases.error)}
        />
      )}
      {cases.data?.nextCursor && !open?.channel && (
        <Alert type="info" showIcon title={t('stats.cases.truncated', { shown: cases.data.items.length })} />
      )}
      <Table<Item>
        data-testid="figure-cases"
        rowKey="id"
        size="small"
        loading={cases.isFetching}
        columns={columns}
        dataSource={items}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </Drawer>
  );
}
