/**
 * 分流建议 on a case not yet handed on: the organisation the first matching routing rule proposed at
 * registration, its co-handlers and deadline profile, and why (issue 4: "why this route").
 */
import { Alert, Card, Descriptions, Skeleton, Tag } from 'antd';
import { isProblem } from '../../api/client.ts';
import type { CaseView } from '../../features/cases/cases.api.ts';
import { profileLabel } from '../../features/deadlines/deadline-view.ts';
import { useDeadlineProfiles } from '../../features/deadlines/deadlines.api.ts';
import { RouteReason } from '../../features/routing/route-reason.tsx';
import { useRouteProposal } from '../../features/routing/routing.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { useCardSize } from './use-card-size.ts';

export function CaseRouteCard({ caseView }: { caseView: CaseView }) {
  const cardSize = useCardSize();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const proposal = useRouteProposal(caseView.id);
  const profiles = useDeadlineProfiles();
  const none = t('caseDetail.none');

  let body;
  if (proposal.isPending) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (proposal.isError)
    body = isProblem(proposal.error, 'not-found') ? (
      <Alert type="info" showIcon title={t('route.noProposal')} />
    ) : (
      <Alert
        type="error"
        showIcon
        title={isProblem(proposal.error) ? problemText(i18n, proposal.error) : String(proposal.error)}
      />
    );
  else {
    const route = proposal.data;
    body = (
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 4, xxl: 4 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'target', label: t('route.target'), children: route.targetOrgName ?? t('route.noRule') },
          {
            key: 'co',
            label: t('route.coHandlers'),
            children: route.coHandlers.length
              ? route.coHandlers.map((org) => <Tag key={org.id}>{org.name}</Tag>)
              : none,
          },
          {
            key: 'profile',
            label: t('route.profile'),
            children: profileLabel(profiles.data, route.profileCode, locale) || none,
          },
          {
            key: 'flags',
            label: t('route.handling'),
            children: (
              <>
                <Tag color={route.autoDispatch ? 'green' : 'blue'}>
                  {t(route.autoDispatch ? 'route.auto' : 'route.manual')}
                </Tag>
                {route.leaderFlag && <Tag color="gold">{t('caseWork.needsLeader')}</Tag>}
              </>
            ),
          },
          {
            key: 'why',
            label: t('route.reason'),
            span: 'filled',
            children: <RouteReason explanation={route.explanation} />,
          },
        ]}
      />
    );
  }
  return (
    <Card size={cardSize} title={t('route.title')} data-testid="case-route">
      {body}
    </Card>
  );
}
