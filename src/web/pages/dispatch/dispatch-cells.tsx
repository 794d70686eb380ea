/**
 * Cells of the dispatcher's desk that read more than the list row carries: the route proposed for the case
 * (one request per row, shared with its buttons through the query cache) and a returned case's reason.
 */
import { Skeleton, Space, Tag, Typography } from 'antd';
import { isProblem } from '../../api/client.ts';
import { useCase } from '../../features/cases/cases.api.ts';
import { profileLabel } from '../../features/deadlines/deadline-view.ts';
import { useDeadlineProfiles } from '../../features/deadlines/deadlines.api.ts';
import { RouteReason } from '../../features/routing/route-reason.tsx';
import { useRouteProposal } from '../../features/routing/routing.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** The proposed organisation, its co-handlers and the deadline profile. */
export function ProposalCell({ caseId }: { caseId: string }) {
  const { t, locale } = useI18n();
  const proposal = useRouteProposal(caseId);
  const profiles = useDeadlineProfiles();
  if (proposal.isPending) return <Skeleton.Input active size="small" />;
  if (proposal.isError || !proposal.data.targetOrgName) {
    const missing = proposal.isError && !isProblem(proposal.error, 'not-found');
    return (
      <Typography.Text type="secondary">{t(missing ? 'common.loadFailed' : 'route.noRule')}</Typography.Text>
    );
  }
  const route = proposal.data;
  return (
    <Space orientation="vertical" size={2} data-testid="proposal-cell">
      <Typography.Text strong data-testid="proposal-target">
        {route.targetOrgName}
      </Typography.Text>
      {route.coHandlers.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('dispatch.coHandlers', { names: route.coHandlers.map((org) => org.name).join('、') })}
        </Typography.Text>
      )}
      <Space size={4} wrap>
        {route.profileCode && (
          <Tag style={{ marginInlineEnd: 0 }}>{profileLabel(profiles.data, route.profileCode, locale)}</Tag>
        )}
        {route.leaderFlag && (
          <Tag color="gold" style={{ marginInlineEnd: 0 }}>
            {t('caseWork.needsLeader')}
          </Tag>
        )}
      </Space>
    </Space>
  );
}

/** The "why this route" sentence and its popover. */
export function ReasonCell({ caseId }: { caseId: string }) {
  const proposal = useRouteProposal(caseId);
  if (!proposal.data) return null;
  return <RouteReason explanation={proposal.data.explanation} />;
}

/** Why the handler sent the case back, and who. */
export function ReturnReason({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const caseQuery = useCase(caseId);
  const event = caseQuery.data?.events
    .filter((item) => item.type === 'return')
    .sort((a, b) => b.seq - a.seq)[0];
  if (!event) return null;
  return (
    <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="return-reason">
      {t('dispatch.returnReason', { who: event.actorName ?? '', reason: event.note ?? '' })}
    </Typography.Text>
  );
}
