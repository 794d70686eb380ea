/**
 * 分类统计: the figures by category, channel, organisation, grid, day, week or month — a chart of one chosen
 * figure and a table of the main ones, every count a link to the items behind it (narrowed to its row).
 */
import { Button, Card, Segmented, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { EChart } from '../../charts/echart.tsx';
import { barOption, lineOption } from '../../charts/stats-chart-options.ts';
import { drillOf } from '../../features/stats/breakdown-drill.ts';
import { useStatsBreakdown, type Breakdown, type BreakdownBy } from '../../features/stats/stats.api.ts';
import { formatRate, type StatsFilter } from '../../features/stats/stats-filter.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { OpenFigure } from './figure-cases-drawer.tsx';
import { figureName } from './figure-text.ts';

const BYS: readonly BreakdownBy[] = ['category', 'channel', 'org', 'grid', 'day', 'week', 'month'];
const TIME: readonly BreakdownBy[] = ['day', 'week', 'month'];
const COLUMNS = [
  'found',
  'accepted',
  'mediated',
  'mediatedSuccess',
  'successRate',
  'resolved',
  'resolvedOnTime',
  'onTimeRate',
  'satisfactionRate',
  'zeroVisitRate',
] as const;
const RATES = new Set<string>(['successRate', 'onTimeRate', 'satisfactionRate', 'zeroVisitRate']);

type Row = Breakdown['rows'][number];

interface Props {
  filter: StatsFilter;
  onOpen: (open: OpenFigure) => void;
}

export function BreakdownPanel({ filter, onOpen }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [by, setBy] = useState<BreakdownBy>('category');
  const [chartFigure, setChartFigure] = useState<string>('found');
  const breakdown = useStatsBreakdown(filter, by);
  const rows = breakdown.data?.rows ?? [];
  const isTime = TIME.includes(by);
  const option = useMemo(() => {
    const values = rows.map((row) => row.values[chartFigure] ?? null);
    const name = figureName(i18n, chartFigure);
    if (isTime)
      return lineOption(
        rows.map((row) => row.label),
        [{ name, values }],
      );
    return barOption(
      rows.map((row) => ({ label: row.label, value: Number(row.values[chartFigure] ?? 0) })),
      { name },
    );
  }, [rows, chartFigure, isTime, i18n]);

  const cell = (figure: string) => (value: number | null, row: Row) => {
    if (RATES.has(figure)) return formatRate(value);
    const drill = drillOf(filter, by, row.key);
    if (!drill || !value) return value ?? 0;
    return (
      <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen({ figure, ...drill })}>
        {value}
      </Button>
    );
  };
  const columns: TableColumnsType<Row> = [
    { title: t('stats.bucket'), dataIndex: 'label', fixed: 'left', width: 160, ellipsis: true },
    ...COLUMNS.map((figure) => ({
      title: figureName(i18n, figure),
      key: figure,
      align: 'right' as const,
      width: 108,
      render: (_: unknown, row: Row) => cell(figure)(row.values[figure] ?? null, row),
    })),
  ];
  const total = breakdown.data?.total ?? {};

  return (
    <Card
      title={t('stats.breakdown')}
      extra={
        <Space wrap>
          <Segmented<BreakdownBy>
            value={by}
            onChange={setBy}
            options={BYS.map((value) => ({ value, label: t(`stats.by.${value}`) }))}
          />
          <Select
            aria-label={t('stats.chartFigure')}
            value={chartFigure}
            onChange={setChartFigure}
            style={{ width: 160 }}
            options={COLUMNS.map((figure) => ({ value: figure, label: figureName(i18n, figure) }))}
          />
        </Space>
      }
    >
      <EChart option={option} style={{ height: 320 }} aria-label={t('stats.breakdown')} />
      <Table<Row>
        rowKey={(row) => row.key ?? '__own'}
        size="small"
        loading={breakdown.isFetching}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 1150 }}
        pagination={false}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('stats.total')}</Table.Summary.Cell>
            {COLUMNS.map((figure, i) => (
              <Table.Summary.Cell key={figure} index={i + 1} align="right">
                {RATES.has(figure) ? (
                  formatRate(total[figure])
                ) : (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0 }}
                    onClick={() => onOpen({ figure, filter })}
                  >
                    {total[figure] ?? 0}
                  </Button>
                )}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}
