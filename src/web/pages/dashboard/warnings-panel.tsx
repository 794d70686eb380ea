/**
 * The current warnings: how many cases are red, supervised and awaiting a reply, open repeat visits and open
 * major risks in scope — each count over the newest few of them.
 */
import { Link } from 'react-router';
import { WARNINGS, useWarning } from '../../features/dashboard/dashboard.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { WALL } from './dashboard-theme.ts';
import { WallPanel } from './wall-panel.tsx';

const COLORS = { red: WALL.red, supervised: WALL.amber, repeat: WALL.accent, major: '#c084fc' } as const;

function WarningBlock({ kind, orgId }: { kind: (typeof WARNINGS)[number]; orgId: string | undefined }) {
  const { t } = useI18n();
  const cases = useWarning(kind.query, orgId);
  const color = COLORS[kind.key];
  return (
    <div style={{ minWidth: 0 }} data-testid={`warning-${kind.key}`}>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 8 }}>
        <span style={{ color: WALL.muted, fontSize: 16, whiteSpace: 'nowrap' }}>
          {t(`dashboard.warn.${kind.key}`)}
        </span>
        <span style={{ color, fontSize: 28, fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>
          {cases.data?.total ?? '—'}
        </span>
      </div>
      {(cases.data?.items ?? []).slice(0, 2).map((item) => (
        <Link
          key={item.id}
          to={`/cases/${encodeURIComponent(item.id)}`}
          style={{
            display: 'block',
            color: WALL.text,
            fontSize: 14,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
            borderLeft: `2px solid ${color}`,
            paddingLeft: 6,
            marginTop: 4,
          }}
        >
          {item.subject}
        </Link>
      ))}
    </div>
  );
}

export function WarningsPanel({ orgId }: { orgId: string | undefined }) {
  const { t } = useI18n();
  return (
    <WallPanel title={t('dashboard.warnings')} testId="warnings">
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '12px 16px' }}>
        {WARNINGS.map((kind) => (
          <WarningBlock key={kind.key} kind={kind} orgId={orgId} />
        ))}
      </div>
    </WallPanel>
  );
}
