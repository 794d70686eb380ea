/**
 * One step in a demo case's life, through the service that a user's click would call: the
 * state machine's actions, mediation sessions and agreements, court referral outcomes,
 * ratings, visits, follow-up visits and supervision.
 */
import type { ServiceContext } from '../lib/context.ts';
import { applyCaseAction, type CaseAction } from '../modules/cases/index.ts';
import { recordRating, recordVisit } from '../modules/feedback/index.ts';
import { recordTransferOutcome } from '../modules/linkage/index.ts';
import {
  applyForConfirmation,
  createAgreement,
  recordCourtAcceptance,
  recordCourtDecision,
  recordFollowup,
  recordSession,
  scheduleSession,
  setSessionOutcome,
} from '../modules/mediation/index.ts';
import { replyToSupervision, superviseCase } from '../modules/supervision/index.ts';
import { DAY_MS, dayOf, type CasePlan, type PlannedStep } from './demo-case-plan.ts';
import { fillStory } from './demo-case-texts.ts';
import {
  actor,
  caseRow,
  storyValues,
  type CaseState,
  type CtxFor,
  type DemoWorld,
} from './demo-case-register.ts';
import { workerFor } from './demo-staff.ts';
export async function runCaseStep(
  world: DemoWorld,
  plan: CasePlan,
  step: PlannedStep,
  s: CaseState,
  ctxFor: CtxFor,
): Promise<void> {
  const row = await caseRow(ctxFor(null), s.id);
  const holder = world.byId.get(row.currentOrgId)!;
  const ctx = ctxFor(
    actor(world, step.by === '@worker' ? workerFor(holder.code) : step.by === '@holder' ? 'intake' : step.by),
  );
  const act = (action: CaseAction, extra: Record<string, unknown> = {}) =>
    applyCaseAction(ctx, s.id, { action, version: row.version, ...extra });
  const values = storyValues(world, plan);
  if (step.by === '@worker' && step.kind !== 'start') await answerSupervisions(ctx, s.id);
  switch (step.kind) {
    case 'visit':
      return void (await recordVisit(ctx, s.id, { partyId: s.applicantId, note: '当事人到窗口反映诉求' }));
    case 'accept':
      if (row.status === 'registered') await act('accept');
      return;
    case 'reject':
      if (row.status === 'registered')
        await act('reject', { reason: '不属于人民调解受理范围，已告知当事人通过诉讼途径解决' });
      return;
    case 'dispatch':
      if (row.status === 'accepted')
        await act('dispatch', {
          orgId: world.byCode.get(plan.handlerOrg)!.id,
          note: '请及时联系当事人，依法调处',
        });
      return;
    case 'start':
      if (row.status === 'dispatched') await act('start');
      return;
    case 'schedule': {
      const session = await scheduleSession(ctx, s.id, {
        startsAt: new Date(plan.sessionAt!).toISOString(),
        place: `${holder.name}调解室`,
        mediatorIds: [ctx.actor!.userId],
      });
      s.sessionId = session.id;
      return;
    }
    case 'hold':
      return holdSession(ctx, plan, s, values);
    case 'court_outcome':
      return void (await recordTransferOutcome(ctx, s.transferId!, {
        outcome: plan.fate === 'success' ? 'settled' : 'not_settled',
        outcomeOn: dayOf(step.at),
        note: plan.fate === 'success' ? '经诉前调解达成协议' : '调解不成，退回法院立案',
      }));
    case 'resolve':
      return act('resolve', {
        note: plan.fate === 'success' ? '纠纷已化解，办结' : '调解不成，已告知当事人其他救济途径',
      });
    case 'rate':
      return void (await recordRating(ctx, s.id, { partyId: s.applicantId, rating: plan.rating }));
    case 'followups':
      return followUp(world, ctxFor, s, step);
    case 'judicial_apply': {
      const applied = await applyForConfirmation(ctx, s.id, {
        court: '示范区人民法院',
        appliedAt: dayOf(step.at),
      });
      s.judicialId = applied.id;
      return;
    }
    case 'judicial_accept':
      return void (await recordCourtAcceptance(ctx, s.id, s.judicialId!, {
        acceptedAt: dayOf(step.at),
        courtCaseNumber: `（${dayOf(step.at).slice(0, 4)}）浙0681民特${300 + plan.index}号`,
      }));
    case 'judicial_decide':
      return void (await recordCourtDecision(ctx, s.id, s.judicialId!, {
        decision: 'confirmed',
        decidedAt: dayOf(step.at),
      }));
    case 'archive':
      if (row.status === 'resolved') await act('archive');
      return;
    case 'supervise':
      if (['dispatched', 'in_progress'].includes(row.status))
        await superviseCase(ctx, s.id, {
          urgency: 'urgent',
          note: '该件已超期，请承办单位说明原因并加快办理',
          replyBy: dayOf(step.at + 5 * DAY_MS),
        });
      return;
  }
}

async function holdSession(
  ctx: ServiceContext,
  plan: CasePlan,
  s: CaseState,
  values: ReturnType<typeof storyValues>,
): Promise<void> {
  const sessionId = s.sessionId!;
  const description = fillStory(plan.story.description, values);
  await recordSession(ctx, s.id, sessionId, {
    attendance: [
      { partyId: s.applicantId, present: true },
      { partyId: s.respondentId, present: true },
    ],
    statements: [
      { partyId: s.applicantId, text: `申请人陈述：${description}` },
      { partyId: s.respondentId, text: '被申请人陈述：对基本事实无异议，但对责任和金额有不同意见。' },
    ],
    facts: description,
    proposals: '调解员释法明理，建议双方各让一步，依法依约协商解决。',
  });
  if (plan.fate !== 'success') {
    await setSessionOutcome(ctx, s.id, sessionId, {
      outcome: 'failed',
      reason: '双方对赔偿金额分歧较大，未能达成一致',
    });
    const { version } = await caseRow(ctx, s.id);
    await applyCaseAction(ctx, s.id, { action: 'record_outcome', version, outcome: 'failure' });
    return;
  }
  await setSessionOutcome(ctx, s.id, sessionId, { outcome: 'agreed' });
  const today = dayOf(ctx.clock.now().getTime());
  await createAgreement(ctx, s.id, {
    form: plan.index % 4 === 0 ? 'oral' : 'written',
    facts: description,
    disputedMatters: fillStory(plan.story.subject, values),
    terms: [
      {
        obligorPartyId: s.respondentId,
        obligation: fillStory(plan.story.obligation, values),
        ...(plan.amountYuan === null ? {} : { amountFen: plan.amountYuan * 100 }),
        dueDate: dayOf(Date.parse(`${today}T04:00:00Z`) + 30 * DAY_MS),
      },
    ],
    sessionId,
  });
}

async function followUp(world: DemoWorld, ctxFor: CtxFor, s: CaseState, step: PlannedStep): Promise<void> {
  const due = await ctxFor(null)
    .db.selectFrom('followups')
    .select(['id', 'orgId'])
    .where('caseId', '=', s.id)
    .where('status', '=', 'pending')
    .where('dueOn', '<=', dayOf(step.at))
    .orderBy('dueOn')
    .execute();
  for (const f of due) {
    const ctx = ctxFor(actor(world, workerFor(world.byId.get(f.orgId)!.code)));
    const partly = step.at % 10 === 0;
    await recordFollowup(ctx, f.id, {
      result: partly ? 'partly' : 'fulfilled',
      note: partly ? '协议部分履行，剩余款项约定下月付清' : '回访当事人，协议已履行，双方无异议',
    });
  }
}

/** The holder answers the supervisions (督办) raised on the case before it works on it again. */
async function answerSupervisions(ctx: ServiceContext, caseId: string): Promise<void> {
  const open = await ctx.db
    .selectFrom('caseSupervisions')
    .select('id')
    .where('caseId', '=', caseId)
    .where('repliedAt', 'is', null)
    .orderBy('createdAt')
    .execute();
  for (const { id } of open)
    await replyToSupervision(ctx, id, '已收到督办意见，已约谈双方当事人，正在加快办理，办结后及时报告。');
}
