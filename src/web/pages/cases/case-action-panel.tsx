/**
 * 办理操作: one button for each action the server says the user may take now (`allowedActions`, DESIGN.md
 * §3) and nothing else, each opening its modal. Shows what holds the case up: a suspended clock, a pending
 * extension request, a leader flag from routing.
 */
import { Alert, Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { DANGER_ACTIONS, PRIMARY_ACTIONS, orderedActions } from '../../features/cases/case-action-fields.ts';
import { CaseActionModal, type ActionTarget } from '../../features/cases/case-action-modal.tsx';
import type { CaseAction } from '../../features/cases/case-actions.api.ts';
import type { CaseView } from '../../features/cases/cases.api.ts';
import { PausedTag } from '../../features/deadlines/deadline-bar.tsx';
import { useCaseTimers } from '../../features/deadlines/deadlines.api.ts';
import { useRouteProposal } from '../../features/routing/routing.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from './use-card-size.ts';

interface ExtensionRequest {
  amount?: number;
  reason?: string;
}

function asExtensionRequest(value: unknown): ExtensionRequest | null {
  return value && typeof value === 'object' ? (value as ExtensionRequest) : null;
}

export function CaseActionPanel({ caseView }: { caseView: CaseView }) {
  const cardSize = useCardSize();
  const { t, tx } = useI18n();
  const [target, setTarget] = useState<ActionTarget>();
  const actions = orderedActions(caseView.allowedActions);
  const canDispatch = actions.includes('dispatch');
  const proposal = useRouteProposal(canDispatch ? caseView.id : undefined);
  const timers = useCaseTimers(caseView.id);
  const handling = timers.data?.items.find(
    (timer) => timer.kind === 'handling' && timer.status !== 'stopped',
  );
  const extensionUnit = handling ? tx(`unit.${handling.unit}`) : undefined;
  const extensionRequest = asExtensionRequest(caseView.extensionRequest);
  const primary = actions.find((action) => PRIMARY_ACTIONS.has(action));
  const returned =
    caseView.status === 'returned'
      ? caseView.events.filter((event) => event.type === 'return').sort((a, b) => b.seq - a.seq)[0]
      : undefined;

  const open = (action: CaseAction) => {
    const route = proposal.data;
    setTarget({
      caseId: caseView.id,
      caseNumber: caseView.number,
      version: caseView.version,
      action,
      initial:
        action === 'dispatch' && route?.targetOrgId
          ? { orgId: route.targetOrgId, coHandlerOrgIds: route.coHandlerOrgIds }
          : undefined,
    });
  };

  return (
    <Card size={cardSize} title={t('caseWork.actions')} style={{ height: '100%' }} data-testid="case-actions">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {(caseView.isSuspended || caseView.needsLeader) && (
          <Space wrap size={8}>
            {caseView.isSuspended && <PausedTag />}
            {caseView.needsLeader && <Tag color="gold">{t('caseWork.needsLeader')}</Tag>}
          </Space>
        )}
        {returned && (
          <Alert
            type="warning"
            showIcon
            title={t('dispatch.returnReason', { who: returned.actorName ?? '', reason: returned.note ?? '' })}
          />
        )}
        {extensionRequest && (
          <Alert
            type="info"
            showIcon
            data-testid="extension-pending"
            title={t('caseWork.extensionPending', {
              amount: extensionRequest.amount ?? '',
              unit: extensionUnit ?? '',
            })}
            description={extensionRequest.reason}
          />
        )}
        {actions.length === 0 ? (
          <Typography.Text type="secondary">{t('caseWork.noActions')}</Typography.Text>
        ) : (
          <Space wrap size={8}>
            {actions.map((action) => (
              <Button
                key={action}
                type={action === primary ? 'primary' : 'default'}
                danger={DANGER_ACTIONS.has(action)}
                onClick={() => open(action)}
                data-action={action}
              >
                {t(`action.${action}`)}
              </Button>
            ))}
          </Space>
        )}
      </Space>
      <CaseActionModal
        target={target}
        onClose={() => setTarget(undefined)}
        extensionUnit={extensionUnit}
        extensionRequest={extensionRequest}
      />
    </Card>
  );
}
