/**
 * 大屏 (/dashboard, issue 7): the wall dashboard for a 1920×1080 screen with a dark theme and no workbench
 * chrome — the month's headline figures, the grid map, the 30-day trend, category shares, the ranking of
 * organisations, the live feed (pushed) and the current warnings. Figures refresh every minute; the feed
 * reconnects by itself; while the server is away the screen keeps its last data.
 */
import { ConfigProvider } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EChart } from '../../charts/echart.tsx';
import { barOption, lineOption, ringOption } from '../../charts/stats-chart-options.ts';
import { DASHBOARD_REFRESH_MS, useGridMap } from '../../features/dashboard/dashboard.api.ts';
import { useLiveFeed } from '../../features/dashboard/use-live-feed.ts';
import { useStatsBreakdown, useStatsSummary } from '../../features/stats/stats.api.ts';
import { periodAround, shanghaiDay, type StatsFilter } from '../../features/stats/stats-filter.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { figureName } from '../stats/figure-text.ts';
import { WALL, WALL_THEME } from './dashboard-theme.ts';
import { GridMap } from './grid-map.tsx';
import { HeadlineFigures } from './headline-figures.tsx';
import { LiveFeed } from './live-feed.tsx';
import { WallPanel } from './wall-panel.tsx';
import { WarningsPanel } from './warnings-panel.tsx';

const CHART_FONT = 14;

function useFilters(orgId: string | undefined) {
  return useMemo(() => {
    const today = shanghaiDay(new Date());
    const month: StatsFilter = { period: 'month', view: 'place', ...periodAround('month', today), orgId };
    const from = shanghaiDay(new Date(Date.parse(`${today}T12:00:00+08:00`) - 29 * 86_400_000));
    const trend: StatsFilter = { period: 'custom', view: 'place', from, to: today, orgId };
    return { month, trend };
  }, [orgId]);
}

export function DashboardPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [params] = useSearchParams();
  const orgId = params.get('orgId') ?? undefined;
  const { month, trend } = useFilters(orgId);
  const summary = useStatsSummary(month, DASHBOARD_REFRESH_MS);
  const trendData = useStatsBreakdown(trend, 'day', undefined, DASHBOARD_REFRESH_MS);
  const categories = useStatsBreakdown(month, 'category', 'found', DASHBOARD_REFRESH_MS);
  const ranking = useStatsBreakdown(month, 'org', 'found', DASHBOARD_REFRESH_MS);
  const map = useGridMap({ ...(orgId ? { orgId } : {}), from: month.from, to: month.to });
  const feed = useLiveFeed(orgId);

  const trendOption = useMemo(() => {
    const rows = trendData.data?.rows ?? [];
    const series = ['found', 'resolved'].map((key) => ({
      name: figureName(i18n, key),
      values: rows.map((row) => row.values[key] ?? 0),
    }));
    return lineOption(
      rows.map((row) => row.label),
      series,
      { dark: true, fontSize: CHART_FONT },
    );
  }, [trendData.data, i18n]);
  const shares = (data: typeof categories.data) =>
    (data?.rows ?? []).map((row) => ({ label: row.label, value: Number(row.values.found ?? 0) }));
  const categoryOption = useMemo(
    () =>
      ringOption(shares(categories.data), {
        name: t('dashboard.categories'),
        dark: true,
        fontSize: CHART_FONT,
      }),
    [categories.data, t],
  );
  const rankingOption = useMemo(() => {
    const rows = shares(ranking.data)
      .filter((row) => row.value > 0)
      .sort((a, b) => b.value - a.value)
      .slice(0, 8);
    return barOption(rows, {
      name: figureName(i18n, 'found'),
      horizontal: true,
      dark: true,
      fontSize: CHART_FONT,
    });
  }, [ranking.data, i18n]);

  const updatedAt = summary.dataUpdatedAt
    ? formatDateTime(new Date(summary.dataUpdatedAt).toISOString(), locale)
    : '';
  return (
    <ConfigProvider theme={WALL_THEME}>
      <div
        data-testid="wall-dashboard"
        style={{
          background: `radial-gradient(ellipse at top, #0b2350 0%, ${WALL.background} 60%)`,
          color: WALL.text,
          height: '100vh',
          minHeight: 720,
          display: 'grid',
          gridTemplateRows: '76px 1fr',
          overflow: 'hidden',
        }}
      >
        <header
          style={{
            display: 'grid',
            gridTemplateColumns: '1fr auto 1fr',
            alignItems: 'center',
            padding: '0 24px',
            borderBottom: `1px solid ${WALL.edge}`,
          }}
        >
          <div style={{ color: WALL.muted, fontSize: 18 }}>
            {t('dashboard.period', { from: month.from, to: month.to })}
          </div>
          <h1 style={{ margin: 0, fontSize: 34, letterSpacing: 6, color: '#f8fafc', whiteSpace: 'nowrap' }}>
            {summary.data?.orgName}
            {t('dashboard.title')}
          </h1>
          <div style={{ justifySelf: 'end', color: WALL.muted, fontSize: 16, display: 'flex', gap: 20 }}>
            <span>{t('dashboard.updatedAt', { time: updatedAt })}</span>
            <Link to="/" style={{ color: WALL.accent }}>
              {t('dashboard.back')}
            </Link>
          </div>
        </header>
        <main
          style={{
            display: 'grid',
            gridTemplateColumns: '470px 1fr 470px',
            gap: 16,
            padding: 16,
            minHeight: 0,
          }}
        >
          <div style={{ display: 'grid', gridTemplateRows: '1fr 1fr 1.15fr', gap: 16, minHeight: 0 }}>
            <WallPanel title={t('dashboard.trend')}>
              <EChart
                option={trendOption}
                theme="dark"
                style={{ position: 'absolute', inset: 0, height: '100%' }}
              />
            </WallPanel>
            <WallPanel title={t('dashboard.categories')}>
              <EChart
                option={categoryOption}
                theme="dark"
                style={{ position: 'absolute', inset: 0, height: '100%' }}
              />
            </WallPanel>
            <WallPanel title={t('dashboard.ranking')}>
              <EChart
                option={rankingOption}
                theme="dark"
                style={{ position: 'absolute', inset: 0, height: '100%' }}
              />
            </WallPanel>
          </div>
          <div style={{ display: 'grid', gridTemplateRows: 'auto 1fr', gap: 16, minHeight: 0 }}>
            <HeadlineFigures summary={summary.data} />
            <WallPanel title={t('dashboard.map')}>
              <GridMap map={map.data} />
            </WallPanel>
          </div>
          <div style={{ display: 'grid', gridTemplateRows: '1.35fr 1fr', gap: 16, minHeight: 0 }}>
            <LiveFeed events={feed.events} status={feed.status} />
            <WarningsPanel orgId={orgId} />
          </div>
        </main>
      </div>
    </ConfigProvider>
  );
}
