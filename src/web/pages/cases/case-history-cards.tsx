/**
 * Related cases (same party, same respondent, same grid and category, similar text), each linking to its
 * case, and the case's event timeline (DESIGN.md §3: every change is an append-only event).
 */
import { Card, Empty, Table, Timeline, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { RelatedReasonTags, StatusTag, useCaseLabels } from '../../features/cases/case-tags.tsx';
import type { CaseEvent, CaseView, RelatedCase } from '../../features/cases/cases.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from './use-card-size.ts';

export function CaseRelatedCard({ caseView }: { caseView: CaseView }) {
  const cardSize = useCardSize();
  const { t, locale } = useI18n();
  const columns: TableColumnsType<RelatedCase> = [
    {
      title: t('case.number'),
      dataIndex: 'number',
      width: 150,
      render: (number: string, item) => (
        <Link to={`/cases/${encodeURIComponent(item.caseId)}`}>{number}</Link>
      ),
    },
    {
      title: t('case.subject'),
      dataIndex: 'subject',
      ellipsis: true,
      render: (subject: string, item) => (
        <Link to={`/cases/${encodeURIComponent(item.caseId)}`}>{subject}</Link>
      ),
    },
    {
      title: t('caseDetail.relatedReasons'),
      dataIndex: 'reasons',
      width: 200,
      render: (reasons: string[]) => <RelatedReasonTags reasons={reasons} />,
    },
    {
      title: t('case.status'),
      dataIndex: 'status',
      width: 100,
      render: (status: string) => <StatusTag status={status} />,
    },
    {
      title: t('case.registeredAt'),
      dataIndex: 'createdAt',
      width: 136,
      responsive: ['md'],
      render: (value: string) => formatDateTime(value, locale),
    },
  ];
  return (
    <Card size={cardSize} title={t('caseDetail.related')}>
      <Table<RelatedCase>
        rowKey="caseId"
        size="small"
        columns={columns}
        dataSource={caseView.related}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('caseDetail.noRelated') }}
        data-testid="related-list"
      />
    </Card>
  );
}

function useEventTitle() {
  const { t, tx } = useI18n();
  const labels = useCaseLabels();
  return (event: CaseEvent): string => {
    const own = tx(`event.${event.type}`);
    if (own) return own;
    if (event.fromStatus || event.toStatus) {
      return t('event.statusChanged', {
        from: labels.status(event.fromStatus) || t('caseDetail.none'),
        to: labels.status(event.toStatus) || t('caseDetail.none'),
      });
    }
    return event.type;
  };
}

export function CaseTimelineCard({ caseView }: { caseView: CaseView }) {
  const cardSize = useCardSize();
  const { t, locale } = useI18n();
  const title = useEventTitle();
  const events = [...caseView.events].sort((a, b) => b.seq - a.seq);
  return (
    <Card size={cardSize} title={t('caseDetail.timeline')}>
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          data-testid="case-timeline"
          items={events.map((event, index) => {
            const at = formatDateTime(event.at, locale);
            return {
              key: event.seq,
              color: index === 0 ? 'blue' : 'gray',
              // The card is narrow (a side column, or a phone): the time goes above the event, not beside it.
              content: (
                <div>
                  <Typography.Text type="secondary">{at}</Typography.Text>
                  <div>
                    <Typography.Text strong>{title(event)}</Typography.Text>
                    {event.actorName && (
                      <Typography.Text type="secondary"> · {event.actorName}</Typography.Text>
                    )}
                  </div>
                  {event.note && <div style={{ whiteSpace: 'pre-wrap' }}>{event.note}</div>}
                </div>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
