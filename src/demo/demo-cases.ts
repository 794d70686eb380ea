/**
 * Seeds the demo cases (demo-case-plan.ts) through the services, step by step in the
 * order of time, each step with a clock set to its moment and the demo user who would
 * take it as the actor: every rule, event, timer, notification and audit row is real.
 * A weekly deadline sweep runs along the way, and one at the end, as the job runner would.
 */
import type { Actor, ServiceContext } from '../lib/context.ts';
import { sweepDeadlines } from '../modules/supervision/index.ts';
import { DAY_MS, HISTORY_DAYS, planDemoCases, type CasePlan, type PlannedStep } from './demo-case-plan.ts';
import { registerDemoCase, type CaseState, type DemoWorld } from './demo-case-register.ts';
import { runCaseStep } from './demo-case-steps.ts';
import { demoActors } from './demo-staff.ts';

/** Where the seed stood when it ended, for the log and the tests. */
export interface DemoCasesResult {
  cases: number;
  steps: number;
}

interface Scheduled {
  at: number;
  order: number;
  run: () => Promise<void>;
}

async function loadWorld(ctx: ServiceContext): Promise<DemoWorld> {
  const orgs = await ctx.db
    .selectFrom('orgs')
    .select(['id', 'code', 'name', 'type', 'parentId', 'boundary'])
    .execute();
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const gridsOf = new Map<string, typeof orgs>();
  for (const o of orgs)
    if (o.type === 'grid') {
      const community = byId.get(o.parentId!)!.code;
      gridsOf.set(
        community,
        [...(gridsOf.get(community) ?? []), o].sort((a, b) => a.code.localeCompare(b.code)),
      );
    }
  return { byCode, byId, gridsOf, actors: await demoActors(ctx) };
}

/**
 * Seeds `count` demo cases spread over the last six months up to `ctx.clock.now()`.
 * Deterministic: the same count and clock give the same cases, statuses and figures.
 */
export async function seedDemoCases(ctx: ServiceContext, count: number): Promise<DemoCasesResult> {
  const now = ctx.clock.now().getTime();
  const world = await loadWorld(ctx);
  const plans = planDemoCases(count, new Date(now));
  const at = (when: number, actor: Actor | null): ServiceContext => ({
    ...ctx,
    actor,
    clock: { now: () => new Date(when) },
  });
  const states = new Map<number, CaseState>();
  const queue: Scheduled[] = [];
  let order = 0;
  const push = (when: number, run: () => Promise<void>) => {
    if (when <= now) queue.push({ at: when, order: order++, run });
  };
  for (const plan of plans) {
    push(plan.registeredAt, async () => {
      states.set(plan.index, await registerDemoCase(world, plan, (a) => at(plan.registeredAt, a)));
    });
    for (const step of plan.steps) push(step.at, () => runStep(world, plan, step, states, at));
  }
  // The nightly deadline sweep, once a week (01:00 local) and now.
  for (let day = now - HISTORY_DAYS * DAY_MS; day < now; day += 7 * DAY_MS) {
    const when = Math.floor(day / DAY_MS) * DAY_MS + 17 * 3_600_000;
    push(when, () => sweepDeadlines(at(when, null)).then(() => undefined));
  }
  push(now, () => sweepDeadlines(at(now, null)).then(() => undefined));
  queue.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const item of queue) await item.run();
  return { cases: plans.length, steps: queue.length };
}

async function runStep(
  world: DemoWorld,
  plan: CasePlan,
  step: PlannedStep,
  states: Map<number, CaseState>,
  at: (when: number, actor: Actor | null) => ServiceContext,
): Promise<void> {
  const state = states.get(plan.index);
  if (!state) throw new Error(`demo case ${plan.index}: step ${step.kind} before registration`);
  try {
    await runCaseStep(world, plan, step, state, (a) => at(step.at, a));
  } catch (err) {
    throw new Error(
      `demo case ${plan.index} (${plan.story.category}, ${plan.channel}): step ${step.kind} failed`,
      {
        cause: err,
      },
    );
  }
}
