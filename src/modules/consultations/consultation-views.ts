/** How consultations and their tasks are shown: API views and notification text. */
import type { ServiceContext } from '../../lib/context.ts';
import { localDate } from '../../lib/time.ts';
import { isOverdue } from './consultation-rules.ts';
import * as q from './consultations.queries.ts';

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai, for notification text. */
export function localDateTime(isoInstant: string): string {
  const at = new Date(isoInstant);
  return `${localDate(at)} ${new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)}`;
}

/** A task as the API shows it: with names, and whether it is overdue today. */
export function toTaskView(r: q.TaskRow, today: string) {
  return {
    id: r.id,
    consultationId: r.consultationId,
    consultationTitle: r.consultationTitle,
    caseId: r.caseId,
    caseNumber: r.caseNumber,
    caseSubject: r.caseSubject,
    content: r.content,
    ownerOrgId: r.ownerOrgId,
    ownerOrgName: r.ownerOrgName,
    ownerUserId: r.ownerUserId,
    ownerUserName: r.ownerUserName,
    dueOn: r.dueOn,
    status: r.status,
    isOverdue: isOverdue(r, today),
    doneNote: r.doneNote,
    doneBy: r.doneBy,
    doneAt: r.doneAt,
    createdAt: r.createdAt,
  };
}

/** Consultations with their participants and tasks. */
export async function toConsultationViews(ctx: ServiceContext, rows: q.ConsultationRow[]) {
  const ids = rows.map((r) => r.id);
  const [participants, tasks] = await Promise.all([
    q.selectParticipantsOf(ctx.db, ids),
    q.selectTasksOf(ctx.db, ids),
  ]);
  const today = localDate(ctx.clock.now());
  return rows.map((r) => ({
    ...r,
    participants: participants
      .filter((p) => p.consultationId === r.id)
      .map((p) => ({
        id: p.id,
        kind: p.kind,
        userId: p.userId,
        orgId: p.orgId,
        name: p.name,
        attended: p.attended === null ? null : p.attended === 1,
      })),
    tasks: tasks.filter((t) => t.consultationId === r.id).map((t) => toTaskView(t, today)),
  }));
}
