/**
 * A desk row's buttons: "按建议交办" (accept if still registered, then dispatch to the proposed organisation
 * and co-handlers, each step carrying the version the previous one returned), "更改" (the dispatch modal,
 * prefilled with the proposal) and, for a new case, "不予受理".
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space } from 'antd';
import { isProblem } from '../../api/client.ts';
import { formToBodyValues, type ActionTarget } from '../../features/cases/case-action-modal.tsx';
import { acceptAndDispatch, refreshAfterAction } from '../../features/cases/case-actions.api.ts';
import type { CaseListItem } from '../../features/cases/cases.api.ts';
import { useRouteProposal } from '../../features/routing/routing.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';

export function RowActions({
  item,
  onChange,
}: {
  item: CaseListItem;
  onChange: (target: ActionTarget) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const proposal = useRouteProposal(item.id);
  const route = proposal.data?.targetOrgId ? proposal.data : undefined;
  const dispatch = useMutation({
    mutationFn: () =>
      acceptAndDispatch(item.id, { orgId: route!.targetOrgId!, coHandlerOrgIds: route!.coHandlerOrgIds }),
    onSuccess: (view) => {
      refreshAfterAction(queryClient, view, item.id);
      void message.success(t('dispatch.done', { number: item.number, org: view.currentOrg.name }));
    },
    onError: (error) => {
      refreshAfterAction(queryClient, undefined, item.id);
      void message.error(isProblem(error) ? problemText(i18n, error, 'caseAction') : String(error));
    },
  });
  const change = () =>
    onChange({
      caseId: item.id,
      caseNumber: item.number,
      version: item.version,
      action: 'dispatch',
      initial: route
        ? { orgId: route.targetOrgId ?? undefined, coHandlerOrgIds: route.coHandlerOrgIds }
        : undefined,
      submit: (values) => {
        const body = formToBodyValues(values);
        return acceptAndDispatch(item.id, { ...body, orgId: body.orgId ?? '' });
      },
    });
  return (
    <Space wrap size={4}>
      <Button
        type="primary"
        size="small"
        disabled={!route}
        loading={dispatch.isPending}
        onClick={() => dispatch.mutate()}
      >
        {t('dispatch.asProposed')}
      </Button>
      <Button size="small" onClick={change}>
        {t('dispatch.change')}
      </Button>
      {item.status === 'registered' && (
        <Button
          size="small"
          danger
          onClick={() =>
            onChange({ caseId: item.id, caseNumber: item.number, version: item.version, action: 'reject' })
          }
        >
          {t('action.reject')}
        </Button>
      )}
    </Space>
  );
}
