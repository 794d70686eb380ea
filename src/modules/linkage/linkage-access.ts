/**
 * Who may work on a case's linkage steps: a holder — a staff member of the organisation that
 * holds the case now, or of one above it — with a working role. Outside the caller's scope
 * the case does not exist (404).
 */
import type { ServiceContext } from '../../lib/context.ts';
import { DomainError } from '../../lib/errors.ts';
import { isInSubtree, requireRole } from '../../lib/scope.ts';
import { assertCaseVisible, findCaseSummary } from '../cases/index.ts';

/** Roles that hold and work cases (as the state machine's workers and dispatchers). */
export const HOLDER_ROLES = ['dispatcher', 'handler', 'mediator', 'grid_worker'] as const;

/**
 * The case must be visible and held by the caller's organisation subtree.
 * @throws NotFound outside scope; Forbidden for another role or when another organisation holds it.
 * @returns the actor and the case summary.
 */
export async function requireHeldCase(ctx: ServiceContext, caseId: string) {
  const actor = requireRole(ctx.actor, ...HOLDER_ROLES);
  await assertCaseVisible(ctx, caseId);
  const summary = (await findCaseSummary(ctx, caseId))!;
  if (!isInSubtree(actor.orgPath, summary.currentOrgPath))
    throw new DomainError('forbidden', 'The case is not held by your organisation');
  return { actor, summary };
}

/**
 * A case held by the caller whose channel is `petition`.
 * @throws action-not-allowed (409) for any other case (besides requireHeldCase's errors).
 */
export async function requirePetition(ctx: ServiceContext, caseId: string) {
  const held = await requireHeldCase(ctx, caseId);
  if (held.summary.channel !== 'petition')
    throw new DomainError(
      'action-not-allowed',
      'Only a petition (channel petition) has a reply and reviews',
      {
        extensions: { currentStatus: held.summary.status, channel: held.summary.channel },
      },
    );
  return held;
}
