/**
 * Taking an action on a case (一网分流、限期办理): the only writer of a case's status
 * (STYLE.md §5). In one transaction it reads the case and its version, checks scope
 * and the transition table, writes the new state where id and version still match
 * (0 rows → 409 stale-version, so two dispatchers cannot both hand a case on), appends
 * the event and the audit row, and runs the action's effects (timers, custody,
 * notifications) on the same transaction.
 */
import type { Updateable } from 'kysely';
import { inTransaction } from '../../db/dialect.ts';
import type { CasesTable } from '../../db/tables.ts';
import { withDb, type Actor, type ServiceContext } from '../../lib/context.ts';
import { DomainError, NotFound, invalidField } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { canAccessOrg, requireActor } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { listTimers } from '../deadlines/index.ts';
import { findOrgById } from '../orgs/index.ts';
import { findUserInOrg } from '../users/index.ts';
import type { CaseActionBody } from './case-actions.schemas.ts';
import { applyActionEffects } from './case-effects.ts';
import { canActOn, decideAction, factsOf } from './case-lifecycle.ts';
import * as q from './cases.queries.ts';
import { assertCaseVisible } from './cases.service.ts';

async function targetOrg(ctx: ServiceContext, actor: Actor, orgId: string) {
  const org = await findOrgById(ctx, orgId);
  if (!org || !canAccessOrg(actor, org.path, 'act'))
    throw invalidField('#/orgId', 'unknown', 'orgId is not an organisation in your scope');
  return org;
}

async function targetUser(ctx: ServiceContext, userId: string | undefined, orgId: string) {
  if (!userId) return null;
  const user = await findUserInOrg(ctx, userId, orgId);
  if (!user)
    throw invalidField('#/userId', 'unknown', 'userId is not an active user of the target organisation');
  return user.id;
}

/**
 * Applies an action. @throws NotFound outside scope; stale-version (409) when the
 * case changed since `version`; action-not-allowed (409) naming the current status
 * and the allowed actions; forbidden (403) for a role that may not act; validation
 * errors naming the missing or wrong field. Nothing is written unless all succeeds.
 */
export async function applyCaseAction(
  ctx: ServiceContext,
  caseId: string,
  body: CaseActionBody,
): Promise<void> {
  const actor = requireActor(ctx.actor);
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    await assertCaseVisible(tctx, caseId);
    const row = await q.selectCaseForAction(trx, caseId);
    if (!row) throw new NotFound('Case');
    if (row.version !== body.version) {
      throw new DomainError(
        'stale-version',
        `The case is at version ${row.version}, not ${body.version}: reload it and try again`,
        { extensions: { currentVersion: row.version } },
      );
    }
    const { to, label } = decideAction(
      factsOf(row),
      body.action,
      actor,
      canActOn(actor, row.currentOrgPath),
      body,
    );
    const now = ctx.clock.now().toISOString();
    const changes: Updateable<CasesTable> = { status: to, updatedAt: now };
    const data: Record<string, unknown> = {};

    switch (body.action) {
      case 'dispatch':
      case 'transfer': {
        const org = await targetOrg(tctx, actor, body.orgId!);
        if (org.id === row.currentOrgId && body.action === 'transfer')
          throw invalidField('#/orgId', 'same', 'the case is already with this organisation');
        Object.assign(changes, {
          currentOrgId: org.id,
          assignedUserId: await targetUser(tctx, body.userId, org.id),
          dispatchedByOrgId: actor.orgId,
        });
        Object.assign(data, {
          orgId: org.id,
          orgName: org.name,
          userId: body.userId ?? null,
          deadline: body.deadline ?? null,
        });
        for (const coId of body.coHandlerOrgIds ?? []) {
          const co = await targetOrg(tctx, actor, coId);
          await q.addCaseOrg(trx, caseId, 'co_handler', co.id);
        }
        if (body.coHandlerOrgIds?.length) data.coHandlerOrgIds = body.coHandlerOrgIds;
        break;
      }
      case 'co_handle': {
        const org = await targetOrg(tctx, actor, body.orgId!);
        await q.addCaseOrg(trx, caseId, 'co_handler', org.id);
        Object.assign(data, { orgId: org.id, orgName: org.name });
        break;
      }
      case 'return': {
        const back = row.dispatchedByOrgId ?? row.registeredOrgId;
        Object.assign(changes, { currentOrgId: back, assignedUserId: null });
        Object.assign(data, { fromOrgId: row.currentOrgId, toOrgId: back });
        break;
      }
      case 'escalate': {
        if (!row.currentOrgParentId)
          throw new DomainError('action-not-allowed', 'The case is already at the top of the tree', {
            extensions: { currentStatus: row.status },
          });
        Object.assign(changes, { currentOrgId: row.currentOrgParentId, assignedUserId: null });
        Object.assign(data, { fromOrgId: row.currentOrgId, toOrgId: row.currentOrgParentId });
        break;
      }
      case 'start':
        if (!row.assignedUserId) changes.assignedUserId = actor.userId;
        break;
      case 'suspend':
        changes.isSuspended = 1;
        break;
      case 'resume':
        changes.isSuspended = 0;
        break;
      case 'request_extension':
        changes.extensionRequest = JSON.stringify({
          amount: body.extensionAmount,
          reason: body.reason,
          requestedBy: actor.userId,
          requestedAt: now,
        });
        data.extensionAmount = body.extensionAmount;
        break;
      case 'approve_extension': {
        const request = JSON.parse(row.extensionRequest!) as { amount: number; requestedBy: string };
        changes.extensionRequest = null;
        Object.assign(data, {
          approved: body.approved !== false,
          extensionAmount: request.amount,
          requestedBy: request.requestedBy,
        });
        break;
      }
      case 'record_outcome':
        changes.outcome = body.outcome!;
        data.outcome = body.outcome;
        break;
      case 'reopen':
        Object.assign(changes, { outcome: null, isSuspended: 0 });
        break;
      case 'resolve': // the handling deadline's level at resolution: the on-time figure (modules/stats) reads it
        data.deadlineLevel =
          (await listTimers(tctx, caseId)).items.find((t) => t.kind === 'handling' && t.status !== 'stopped')
            ?.level ?? null;
        break;
      default:
        break;
    }

    if (!(await q.updateCaseState(trx, caseId, row.version, changes))) {
      throw new DomainError(
        'stale-version',
        'The case was changed by someone else meanwhile: reload it and try again',
      );
    }
    if (changes.currentOrgId && changes.currentOrgId !== row.currentOrgId) {
      await q.replaceCaseOrg(trx, caseId, 'current', changes.currentOrgId);
      // Every organisation that held the case keeps reading the record of its work.
      await q.addCaseOrg(trx, caseId, 'handler', changes.currentOrgId);
    }
    await q.insertEvent(trx, {
      id: newId(),
      caseId,
      at: now,
      type: body.action,
      actorId: actor.userId,
      actorName: actor.displayName,
      orgId: actor.orgId,
      fromStatus: row.status,
      toStatus: to,
      note: body.reason ?? body.note ?? null,
      data: JSON.stringify({
        label,
        ...data,
        ...(body.note && body.reason ? { instruction: body.note } : {}),
      }),
    });
    await applyActionEffects(tctx, { row, action: body.action, to, changes, payload: body, now });
    await recordAudit(tctx, {
      action: `case.${body.action}`,
      targetType: 'case',
      targetId: caseId,
      detail: { from: row.status, to, version: row.version + 1, ...data },
    });
  });
  ctx.log.info({ caseId, action: body.action }, 'case action applied');
}
