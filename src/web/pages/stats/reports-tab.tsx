/**
 * 分析报告: the daily brief, weekly exchange and monthly analysis of the chosen organisation — generated on
 * schedule by the job runner or here on demand — listed with their Word and Excel files.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isProblem } from '../../api/client.ts';
import { downloadDocument } from '../../features/mediation/download.ts';
import { useGenerateReport, useReports, type Report } from '../../features/stats/stats.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { ReportSubscriptions } from '../reports/report-subscriptions.tsx';

const KINDS = ['daily', 'weekly', 'monthly'] as const;
type Kind = (typeof KINDS)[number];

export function ReportsTab({ orgId }: { orgId: string | undefined }) {
  const i18n = useI18n();
  const { t, tx, locale } = i18n;
  const { message } = App.useApp();
  const reports = useReports(orgId);
  const generate = useGenerateReport();
  const [kind, setKind] = useState<Kind>('monthly');
  const [day, setDay] = useState<Dayjs>(dayjs().subtract(1, 'month'));
  const fail = (error: unknown) => message.error(isProblem(error) ? problemText(i18n, error) : String(error));
  const onGenerate = () =>
    generate.mutate(
      {
        kind,
        period: kind === 'monthly' ? day.format('YYYY-MM') : day.format('YYYY-MM-DD'),
        ...(orgId ? { orgId } : {}),
      },
      { onSuccess: () => void message.success(t('stats.reports.generated')), onError: fail },
    );
  const download = (report: Report, format: 'docx' | 'xlsx') =>
    downloadDocument(`/reports/${encodeURIComponent(report.id)}/${format}`).catch(fail);
  const columns: TableColumnsType<Report> = [
    { title: t('stats.reports.title'), dataIndex: 'title', ellipsis: true },
    {
      title: t('stats.reports.kind'),
      key: 'kind',
      width: 110,
      render: (_, r) => tx(`report.kind.${r.kind}`) ?? r.kind,
    },
    {
      title: t('stats.reports.period'),
      key: 'period',
      width: 200,
      render: (_, r) => `${r.periodStart} ~ ${r.periodEnd}`,
    },
    {
      title: t('stats.reports.source'),
      key: 'source',
      width: 100,
      render: (_, r) => tx(`stats.reports.source.${r.source}`) ?? r.source,
    },
    {
      title: t('stats.reports.updatedAt'),
      key: 'updatedAt',
      width: 150,
      render: (_, r) => formatDateTime(r.updatedAt, locale),
    },
    {
      title: t('stats.reports.download'),
      key: 'download',
      width: 150,
      render: (_, r) => (
        <Space size={4}>
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(r, 'docx')}>
            Word
          </Button>
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(r, 'xlsx')}>
            Excel
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Card>
      <ReportSubscriptions orgId={orgId} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<Kind>
          aria-label={t('stats.reports.kind')}
          value={kind}
          onChange={setKind}
          style={{ width: 140 }}
          options={KINDS.map((k) => ({ value: k, label: t(`report.kind.${k}`) }))}
        />
        <DatePicker
          aria-label={t('stats.reports.period')}
          allowClear={false}
          picker={kind === 'monthly' ? 'month' : kind === 'weekly' ? 'week' : 'date'}
          value={day}
          onChange={(next) => next && setDay(next)}
        />
        <Button type="primary" loading={generate.isPending} onClick={onGenerate}>
          {t('stats.reports.generate')}
        </Button>
      </Space>
      <Table<Report>
        rowKey="id"
        size="small"
        loading={reports.isFetching}
        columns={columns}
        dataSource={reports.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
    </Card>
  );
}
