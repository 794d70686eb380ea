/** The dashboard's headline figures of the month: found, mediated, success, on-time, satisfaction and zero-visit rates. */
import type { StatsSummary } from '../../features/stats/stats.api.ts';
import { formatRate } from '../../features/stats/stats-filter.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { figureName } from '../stats/figure-text.ts';
import { WALL, panelStyle } from './dashboard-theme.ts';

const HEADLINES = [
  { key: 'found', rate: false },
  { key: 'mediated', rate: false },
  { key: 'successRate', rate: true },
  { key: 'onTimeRate', rate: true },
  { key: 'satisfactionRate', rate: true },
  { key: 'zeroVisitRate', rate: true },
] as const;

export function HeadlineFigures({ summary }: { summary: StatsSummary | undefined }) {
  const i18n = useI18n();
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(6, 1fr)', gap: 12 }}>
      {HEADLINES.map(({ key, rate }) => {
        const value = (summary as Record<string, number | null> | undefined)?.[key] ?? null;
        return (
          <div
            key={key}
            data-testid={`headline-${key}`}
            style={{ ...panelStyle, alignItems: 'center', justifyContent: 'center', padding: '14px 8px' }}
          >
            <div style={{ color: WALL.muted, fontSize: 18, whiteSpace: 'nowrap' }}>
              {figureName(i18n, key)}
            </div>
            <div
              style={{
                color: rate ? WALL.green : WALL.accent,
                fontSize: 36,
                fontWeight: 700,
                fontVariantNumeric: 'tabular-nums',
                lineHeight: 1.2,
                textShadow: '0 0 12px rgba(56,189,248,0.35)',
              }}
            >
              {rate ? formatRate(value) : (value ?? '—')}
            </div>
          </div>
        );
      })}
    </div>
  );
}
