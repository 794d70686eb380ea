/**
 * What registration sets off (一网分流): the first matching routing rule proposes a
 * route and is stored with its explanation; the acceptance clock starts; a rule's
 * leader flag reaches the leaders; and a rule marked for automatic dispatch accepts
 * and dispatches the case at once through the state machine, as the system.
 */
import type { Actor, ServiceContext } from '../../lib/context.ts';
import { recordCustody, startTimer } from '../deadlines/index.ts';
import { notifyOrg } from '../notifications/index.ts';
import { proposeRoute, routeFacts, saveProposal, type RouteProposal } from '../routing/index.ts';
import { applyCaseAction } from './case-actions.service.ts';
import { refreshDeadlineColumns } from './case-effects.ts';
import * as q from './cases.queries.ts';

export interface RegisteredCase {
  id: string;
  number: string;
  subject: string;
  channel: string;
  categoryCode: string;
  gridId: string | null;
  peopleInvolved: number;
  amountFen: number | null;
  risk: string;
  flags: string[];
  org: { id: string; path: string };
}

/** The system acting for the district centre (automatic dispatch). */
export function systemActor(rootPath: string): Actor {
  const rootId = rootPath.split('/').filter(Boolean)[0]!;
  return {
    userId: 'system',
    username: 'system',
    displayName: '系统（自动分流）',
    orgId: rootId,
    orgPath: `/${rootId}/`,
    roles: ['intake', 'dispatcher'],
    via: 'system',
  };
}

export async function routeRegisteredCase(
  ctx: ServiceContext,
  c: RegisteredCase,
): Promise<RouteProposal | null> {
  const facts = await routeFacts(ctx, {
    categoryCode: c.categoryCode,
    channel: c.channel,
    gridId: c.gridId,
    peopleInvolved: c.peopleInvolved,
    amountFen: c.amountFen,
    risk: c.risk,
    flags: c.flags,
    registeredOrgId: c.org.id,
  });
  const proposal = await proposeRoute(ctx, facts);
  await saveProposal(ctx, c.id, proposal);
  await recordCustody(ctx, c.id, c.org.id);
  const kind = c.channel === 'petition' ? 'petition_acceptance' : 'acceptance';
  await startTimer(ctx, { caseId: c.id, kind, profileCode: kind });
  await refreshDeadlineColumns(ctx, c.id);

  if (proposal?.leaderFlag) {
    await q.setNeedsLeader(ctx.db, c.id);
    await notifyOrg(ctx, {
      orgId: systemActor(c.org.path).orgId,
      roles: ['leader'],
      kind: 'leader_attention',
      title: `需领导关注：${c.number}「${c.subject}」`,
      body: proposal.explanation.sentenceZh,
      caseId: c.id,
    });
  }
  if (proposal?.autoDispatch && proposal.targetOrgId) {
    const sys = { ...ctx, actor: systemActor(c.org.path) };
    await applyCaseAction(sys, c.id, { action: 'accept', version: 1 });
    await applyCaseAction(sys, c.id, {
      action: 'dispatch',
      version: 2,
      orgId: proposal.targetOrgId,
      coHandlerOrgIds: proposal.coHandlerOrgIds,
      note: `按分流规则「${proposal.ruleName}」自动交办`,
    });
  }
  return proposal;
}
