/**
 * 统计分析 (/stats, issue 7): the headline figures of an organisation and period with their comparisons and
 * definitions, the breakdowns as charts and tables, every number a link to the items behind it, and the
 * reports. The filter lives in the URL.
 */
import { DashboardOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Spin, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isProblem } from '../../api/client.ts';
import { useCurrentUser } from '../../app/current-user.tsx';
import { hasRole } from '../../features/auth/auth.api.ts';
import { DASHBOARD_ROLES } from '../../features/dashboard/dashboard-roles.ts';
import { useFigureDefinitions, useStatsSummary } from '../../features/stats/stats.api.ts';
import {
  filterFromParams,
  filterToParams,
  shanghaiDay,
  type StatsFilter,
} from '../../features/stats/stats-filter.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { BreakdownPanel } from './breakdown-panel.tsx';
import { FigureCards } from './figure-cards.tsx';
import { FigureCasesDrawer, type OpenFigure } from './figure-cases-drawer.tsx';
import { ReportsTab } from './reports-tab.tsx';
import { StatsFilters } from './stats-filters.tsx';

export function StatsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params, shanghaiDay(new Date())), [params]);
  const setFilter = (next: StatsFilter) => setParams(filterToParams(next), { replace: true });
  const summary = useStatsSummary(filter);
  const definitions = useFigureDefinitions();
  const [open, setOpen] = useState<OpenFigure | null>(null);
  const me = useCurrentUser();
  const canOpenDashboard = DASHBOARD_ROLES.some((role) => hasRole(me, role));

  const figures = (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {summary.isError && (
        <Alert
          type="error"
          showIcon
          title={isProblem(summary.error) ? problemText(i18n, summary.error) : String(summary.error)}
        />
      )}
      {summary.data ? (
        <FigureCards
          summary={summary.data}
          definitions={definitions.data}
          onOpen={(figure) => setOpen({ figure, filter })}
        />
      ) : (
        summary.isPending && <Spin />
      )}
      <BreakdownPanel filter={filter} onOpen={setOpen} />
    </Space>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('nav.stats')}
            </Typography.Title>
            {summary.data && <Typography.Text type="secondary">{summary.data.orgName}</Typography.Text>}
          </Space>
          {canOpenDashboard && (
            <Link to="/dashboard">
              <Button icon={<DashboardOutlined />}>{t('stats.openDashboard')}</Button>
            </Link>
          )}
        </Space>
        <div style={{ marginTop: 12 }}>
          <StatsFilters filter={filter} defaultOrgName={summary.data?.orgName} onChange={setFilter} />
        </div>
      </Card>
      <Tabs
        items={[
          { key: 'figures', label: t('stats.tab.figures'), children: figures },
          { key: 'reports', label: t('stats.tab.reports'), children: <ReportsTab orgId={filter.orgId} /> },
        ]}
      />
      <FigureCasesDrawer open={open} onClose={() => setOpen(null)} />
    </Space>
  );
}
