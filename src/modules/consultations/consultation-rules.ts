/**
 * The pure rules of "3+X" consultations (会商研判, issue 5): the "3" that must sit at every
 * consultation, the shape of each participant, when two decisions are the same task, and
 * when a task is overdue. No database: the service looks up users and organisations.
 */
import type { ConsultationParticipantKind } from '../../db/tables.ts';
import type { FieldError } from '../../lib/errors.ts';

/** The "3": a judge, the chief mediator and a legal-aid lawyer. */
export const CORE_KINDS = ['judge', 'chief_mediator', 'legal_aid'] as const;
export type CoreKind = (typeof CORE_KINDS)[number];

/** Which of the "3" are missing from the participants' kinds, in the order of CORE_KINDS. */
export function missingCoreKinds(kinds: readonly string[]): CoreKind[] {
  return CORE_KINDS.filter((k) => !kinds.includes(k));
}

export interface ParticipantShape {
  kind: ConsultationParticipantKind;
  userId?: string | undefined;
  orgId?: string | undefined;
  name?: string | undefined;
}

/**
 * Structural errors of the participant list, pointed at `#/participants/...`: each
 * participant is a user, an organisation or a named person; a department is an
 * organisation; nobody is invited twice; and the "3" are all there (`#/participants`).
 */
export function participantErrors(participants: readonly ParticipantShape[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  participants.forEach((p, i) => {
    const at = `#/participants/${i}`;
    if (!p.userId && !p.orgId && !p.name?.trim()) {
      errors.push({ pointer: at, code: 'required', detail: 'give a userId, an orgId or a name' });
    }
    if (p.kind === 'department' && !p.orgId) {
      errors.push({
        pointer: `${at}/orgId`,
        code: 'required',
        detail: 'a department participant needs orgId',
      });
    }
    const key = p.userId ? `u:${p.userId}` : p.orgId ? `o:${p.orgId}` : `n:${p.kind}:${p.name?.trim()}`;
    if (seen.has(key)) errors.push({ pointer: at, code: 'duplicate', detail: 'invited twice' });
    seen.add(key);
  });
  const missing = missingCoreKinds(participants.map((p) => p.kind));
  if (missing.length) {
    errors.push({
      pointer: '#/participants',
      code: 'missing_core',
      detail: `a "3+X" consultation needs a judge, the chief mediator and a legal-aid lawyer; missing: ${missing.join(', ')}`,
    });
  }
  return errors;
}

export interface DecisionShape {
  content: string;
  ownerOrgId: string;
  ownerUserId?: string | null | undefined;
  dueOn: string;
}

/**
 * When two decisions are the same task: the same content (ignoring surrounding and
 * repeated whitespace), owner organisation, owner user and due day. Re-sending the
 * minutes with a decision already recorded finds its task instead of adding another.
 */
export function decisionKey(d: DecisionShape): string {
  const content = d.content.trim().replace(/\s+/g, ' ');
  return [content, d.ownerOrgId, d.ownerUserId ?? '', d.dueOn].join('\u0000');
}

/** Overdue: still open and due before `today` (both YYYY-MM-DD, Asia/Shanghai). */
export function isOverdue(task: { status: string; dueOn: string }, today: string): boolean {
  return task.status === 'open' && task.dueOn < today;
}
