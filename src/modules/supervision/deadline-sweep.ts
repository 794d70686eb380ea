/**
 * The clock that never sleeps (issue 4): every minute the job runner evaluates every
 * open deadline timer. When a timer crosses into a new level — the early reminder,
 * yellow (预警) or red (超期) — it records the level on the timer and the case, tells the
 * holding organisation (and on red the dispatchers above it), and on red raises one
 * supervision. Levels only move forward per timer, so a sweep repeated a thousand times
 * notifies once.
 */
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { recordAudit } from '../audit/index.ts';
import { findCaseSummary, refreshDeadlineColumns } from '../cases/index.ts';
import { listOpenTimersForSweep, markTimerLevel } from '../deadlines/index.ts';
import { notifyOrg } from '../notifications/index.ts';
import { raiseDeadlineSupervision } from './supervision.service.ts';

const RANK: Record<string, number> = { normal: 0, reminder: 1, yellow: 2, red: 3 };
const BATCH = 500;

export interface SweepResult {
  checked: number;
  yellow: number;
  red: number;
  supervisions: number;
}

function rootOf(path: string): string {
  return path.split('/').filter(Boolean)[0]!;
}

export async function sweepDeadlines(ctx: ServiceContext): Promise<SweepResult> {
  const result: SweepResult = { checked: 0, yellow: 0, red: 0, supervisions: 0 };
  const timers = await listOpenTimersForSweep(ctx, BATCH);
  for (const timer of timers) {
    result.checked++;
    const level = timer.stage;
    // The deadlines module returns only timers whose stage moved past the last one acted on.
    if (!level || (RANK[level] ?? 0) <= (RANK[timer.lastLevel ?? 'normal'] ?? 0)) continue;
    await inTransaction(ctx.db, async (trx) => {
      const tctx = withDb(ctx, trx);
      await markTimerLevel(tctx, timer.id, level);
      await refreshDeadlineColumns(tctx, timer.caseId);
      const summary = await findCaseSummary(tctx, timer.caseId);
      if (!summary) return;
      const ref = `${summary.number}「${summary.subject}」`;
      const holders = {
        orgId: summary.currentOrgId,
        roles: ['dispatcher', 'handler', 'mediator', 'grid_worker'] as const,
        caseId: timer.caseId,
      };
      if (level === 'red') {
        result.red++;
        await notifyOrg(tctx, {
          ...holders,
          roles: [...holders.roles],
          kind: 'deadline_red',
          title: `【超期】${ref}`,
          body: `办理期限已于 ${timer.dueAt} 届满，请立即办理并反馈。`,
        });
        if (summary.dispatchedByOrgId && summary.dispatchedByOrgId !== summary.currentOrgId) {
          await notifyOrg(tctx, {
            orgId: summary.dispatchedByOrgId,
            roles: ['dispatcher', 'leader'],
            kind: 'deadline_red',
            title: `【超期】${ref}`,
            body: `承办单位 ${summary.currentOrgName} 办理超期。`,
            caseId: timer.caseId,
          });
        }
        if (await raiseDeadlineSupervision(tctx, timer.caseId, timer.dueAt)) result.supervisions++;
      } else {
        if (level === 'yellow') result.yellow++;
        await notifyOrg(tctx, {
          ...holders,
          roles: [...holders.roles],
          kind: 'deadline_yellow',
          title: `【${level === 'yellow' ? '预警' : '提醒'}】${ref}`,
          body: `办理期限将于 ${timer.dueAt} 届满。`,
        });
      }
      await recordAudit(tctx, {
        action: 'case.deadline_level',
        targetType: 'case',
        targetId: timer.caseId,
        detail: { timerId: timer.id, kind: timer.kind, level, root: rootOf(summary.currentOrgPath) },
      });
    });
  }
  ctx.log.info(result, 'deadline sweep');
  return result;
}
