/** The live feed panel: new and red cases as they are pushed, newest first, each linked to its case. */
import { Badge } from 'antd';
import { Link } from 'react-router';
import type { FeedEvent } from '../../features/dashboard/dashboard.api.ts';
import type { FeedStatus } from '../../features/dashboard/use-live-feed.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { WALL } from './dashboard-theme.ts';
import { WallPanel } from './wall-panel.tsx';

export function LiveFeed({ events, status }: { events: FeedEvent[]; status: FeedStatus }) {
  const { t, locale } = useI18n();
  return (
    <WallPanel
      title={t('dashboard.feed')}
      testId="live-feed"
      extra={
        <Badge
          status={status === 'live' ? 'processing' : 'warning'}
          text={
            <span style={{ color: WALL.muted, fontSize: 14 }} data-testid="feed-status" data-status={status}>
              {status === 'live' ? t('dashboard.live') : t('dashboard.reconnecting')}
            </span>
          }
        />
      }
    >
      <div style={{ position: 'absolute', inset: 0, overflow: 'hidden' }}>
        {events.length === 0 && (
          <div style={{ color: WALL.muted, padding: 8 }}>{t('dashboard.feed.empty')}</div>
        )}
        {events.map((event) => {
          const isRed = event.kind === 'red';
          return (
            <Link
              key={event.id}
              to={`/cases/${encodeURIComponent(event.caseId)}`}
              data-testid="feed-item"
              style={{
                display: 'grid',
                gridTemplateColumns: '56px 1fr auto',
                gap: 10,
                alignItems: 'center',
                padding: '7px 4px',
                borderBottom: '1px dashed rgba(148,163,184,0.2)',
                color: WALL.text,
                fontSize: 16,
              }}
            >
              <span
                style={{
                  background: isRed ? 'rgba(248,113,113,0.18)' : 'rgba(56,189,248,0.16)',
                  color: isRed ? WALL.red : WALL.accent,
                  borderRadius: 3,
                  textAlign: 'center',
                  fontSize: 14,
                  padding: '1px 0',
                }}
              >
                {isRed ? t('dashboard.feed.red') : t('dashboard.feed.new')}
              </span>
              <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                {event.subject}
                <span style={{ color: WALL.muted, fontSize: 14, marginLeft: 8 }}>{event.placeName}</span>
              </span>
              <span style={{ color: WALL.muted, fontSize: 14, fontVariantNumeric: 'tabular-nums' }}>
                {formatDateTime(event.at, locale).slice(5)}
              </span>
            </Link>
          );
        })}
      </div>
    </WallPanel>
  );
}
