/**
 * What each action sets off besides the status change, on the action's transaction:
 * the case's deadline timers (start, pause, extend, stop), custody (which organisation
 * holds it, for the per-organisation clock), notifications into inboxes and the
 * outbox, and the deadline level kept on the case row for lists and filters.
 */
import type { Updateable } from 'kysely';
import type { CasesTable } from '../../db/tables.ts';
import type { ServiceContext } from '../../lib/context.ts';
import {
  caseDeadline,
  extendTimer,
  pauseTimers,
  pickProfile,
  recordCustody,
  resumeTimers,
  startTimer,
  stopAllTimers,
  stopTimer,
} from '../deadlines/index.ts';
import { notifyOrg, notifyUsers } from '../notifications/index.ts';
import { cancelFollowups, scheduleFollowups } from '../mediation/index.ts';
import { topCategoryMap } from '../categories/index.ts';
import { findProposals } from '../routing/index.ts';
import type { CaseActionBody } from './case-actions.schemas.ts';
import type { CaseAction, CaseStatus } from './case-lifecycle.ts';
import * as q from './cases.queries.ts';

const HOLDER_ROLES = ['dispatcher', 'handler', 'mediator', 'grid_worker'] as const;

interface Applied {
  row: q.CaseForAction;
  action: CaseAction;
  to: CaseStatus;
  changes: Updateable<CasesTable>;
  payload: CaseActionBody;
  now: string;
}

function rootOrgId(path: string): string {
  return path.split('/').filter(Boolean)[0]!;
}

/**
 * The handling profile: the one the routing rule chose for the case, else the most
 * specific active profile for its category.
 */
async function handlingProfile(ctx: ServiceContext, row: q.CaseForAction): Promise<string> {
  const proposed = (await findProposals(ctx, [row.id])).get(row.id)?.profileCode;
  if (proposed) return proposed;
  const topOf = await topCategoryMap(ctx);
  const profile = await pickProfile(ctx, {
    categoryCode: row.categoryCode,
    topCategoryCode: topOf.get(row.categoryCode) ?? row.categoryCode,
    state: 'accepted',
  });
  return profile?.code ?? 'handling';
}

export async function applyActionEffects(ctx: ServiceContext, a: Applied): Promise<void> {
  const { row, payload } = a;
  const caseId = row.id;
  const ref = `${row.number}「${row.subject}」`;
  const newHolder =
    a.changes.currentOrgId && a.changes.currentOrgId !== row.currentOrgId ? a.changes.currentOrgId : null;
  if (newHolder) await recordCustody(ctx, caseId, newHolder);

  switch (a.action) {
    case 'accept':
      await stopTimer(ctx, caseId, row.channel === 'petition' ? 'petition_acceptance' : 'acceptance');
      await startTimer(ctx, {
        caseId,
        kind: 'handling',
        profileCode: row.channel === 'petition' ? 'petition_handling' : await handlingProfile(ctx, row),
      });
      break;
    case 'reject':
      await stopAllTimers(ctx, caseId);
      break;
    case 'resolve':
      await stopAllTimers(ctx, caseId);
      await scheduleFollowups(ctx, caseId);
      break;
    case 'dispatch':
    case 'transfer':
    case 'escalate':
      await notifyOrg(ctx, {
        orgId: newHolder!,
        roles: a.action === 'escalate' ? ['dispatcher', 'leader'] : [...HOLDER_ROLES],
        kind: a.action === 'escalate' ? 'escalated' : a.action === 'transfer' ? 'transferred' : 'assignment',
        title: a.action === 'escalate' ? `上报案件：${ref}` : `新交办案件：${ref}`,
        body: payload.note ?? payload.reason ?? '请及时办理。',
        caseId,
      });
      for (const coId of payload.coHandlerOrgIds ?? []) {
        await notifyOrg(ctx, {
          orgId: coId,
          roles: [...HOLDER_ROLES],
          kind: 'co_handle',
          title: `协办案件：${ref}`,
          body: payload.note ?? '请配合主办单位办理。',
          caseId,
        });
      }
      if (a.changes.assignedUserId) {
        await notifyUsers(ctx, {
          userIds: [a.changes.assignedUserId],
          kind: 'assignment',
          title: `指派给您的案件：${ref}`,
          body: payload.note ?? '请及时办理。',
          caseId,
        });
      }
      break;
    case 'co_handle':
      await notifyOrg(ctx, {
        orgId: payload.orgId!,
        roles: [...HOLDER_ROLES],
        kind: 'co_handle',
        title: `协办案件：${ref}`,
        body: payload.note ?? '请配合主办单位办理。',
        caseId,
      });
      break;
    case 'return':
      await notifyOrg(ctx, {
        orgId: newHolder ?? row.currentOrgId,
        roles: ['dispatcher'],
        kind: 'returned',
        title: `案件被退回：${ref}`,
        body: payload.reason!,
        caseId,
      });
      break;
    case 'suspend':
      await pauseTimers(ctx, caseId, payload.reason!);
      break;
    case 'resume':
      await resumeTimers(ctx, caseId);
      break;
    case 'request_extension':
      await notifyOrg(ctx, {
        orgId: rootOrgId(row.currentOrgPath),
        roles: ['leader'],
        kind: 'extension_request',
        title: `延期申请：${ref}`,
        body: payload.reason!,
        caseId,
      });
      break;
    case 'approve_extension': {
      const request = JSON.parse(row.extensionRequest!) as { amount: number; requestedBy: string };
      const approved = payload.approved !== false;
      if (approved) await extendTimer(ctx, caseId, 'handling', request.amount);
      await notifyUsers(ctx, {
        userIds: [request.requestedBy],
        kind: 'extension_decision',
        title: `${approved ? '延期已批准' : '延期未获批准'}：${ref}`,
        body: payload.note ?? (approved ? `办理期限延长 ${request.amount}。` : '请按原期限办结。'),
        caseId,
      });
      break;
    }
    case 'reopen':
      await cancelFollowups(ctx, caseId);
      await notifyOrg(ctx, {
        orgId: row.currentOrgId,
        roles: [...HOLDER_ROLES],
        kind: 'reopened',
        title: `案件重新办理：${ref}`,
        body: payload.reason!,
        caseId,
      });
      await startTimer(ctx, { caseId, kind: 'handling', profileCode: await handlingProfile(ctx, row) });
      break;
    default:
      break;
  }
  await refreshDeadlineColumns(ctx, caseId);
}

/** Keeps `deadline_level` and `due_at` on the case row in step with its timers (lists filter on them). */
export async function refreshDeadlineColumns(ctx: ServiceContext, caseId: string): Promise<void> {
  const deadline = await caseDeadline(ctx, caseId);
  await q.setDeadlineColumns(
    ctx.db,
    caseId,
    deadline ? deadline.level : null,
    deadline ? deadline.dueAt : null,
  );
}
