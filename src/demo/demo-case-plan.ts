/**
 * The plan of the demo cases (pure): for each case, when it came in, through which
 * channel, what it is about, who it goes to, and the dated steps of its life. The steps
 * are planned to their end; the seeder runs only those that lie in the past, so recent
 * cases are naturally still open, recently resolved ones have follow-up visits coming,
 * and a mediation begun this week has its session in the coming days.
 */
import type { Channel } from '../db/tables.ts';
import { createRng, type Rng } from '../lib/prng.ts';
import { DEMO_STORIES, type DemoStory } from './demo-case-texts.ts';
import { DEMO_DISTRICT_CODE as D } from './demo-orgs.ts';
import { demoPerson, MIGRANT_REGIONS, type DemoPerson } from './demo-people.ts';
import { DEMO_COMMUNITIES, gridWorkerFor } from './demo-staff.ts';
import { CHANNEL_WEIGHTS, handlerOrgOf, pickFate } from './demo-case-routing.ts';
import { DAY_MS, onDay, registrationTime, sessionSlot } from './demo-case-times.ts';

export { DAY_MS, HISTORY_DAYS, dayOf } from './demo-case-times.ts';

export type StepKind =
  | 'visit'
  | 'accept'
  | 'reject'
  | 'dispatch'
  | 'start'
  | 'schedule'
  | 'hold'
  | 'resolve'
  | 'court_outcome'
  | 'rate'
  | 'followups'
  | 'archive'
  | 'supervise'
  | 'judicial_apply'
  | 'judicial_accept'
  | 'judicial_decide';

/** `@worker`: whoever works the case's current organisation. */
export interface PlannedStep {
  at: number;
  kind: StepKind;
  by: string;
}

export type Fate = 'success' | 'failure' | 'stalled' | 'rejected';

export interface CasePlan {
  index: number;
  registeredAt: number;
  channel: Channel;
  story: DemoStory;
  community: string;
  /** Which grid of the community (index modulo its grids) and where inside it (fractions). */
  gridPick: number;
  spot: [number, number];
  /** Username registering the case; null for the online and Open311 channels (no staff actor). */
  registrar: string | null;
  applicant: DemoPerson;
  respondent: DemoPerson | string;
  amountYuan: number | null;
  people: number;
  /** Organisation (code) that works the case. */
  handlerOrg: string;
  fate: Fate;
  /** For sessions: when the planned session starts. */
  sessionAt: number | null;
  rating: 'satisfied' | 'basically_satisfied' | 'dissatisfied';
  steps: PlannedStep[];
}

const MEDIATION_ORG = /-(TW-[A-Z]+|0\d|SFS)$/;

function planSteps(
  rng: Rng,
  p: Omit<CasePlan, 'steps' | 'sessionAt'>,
  now: number,
  booked: Set<string>,
): { steps: PlannedStep[]; sessionAt: number | null } {
  const steps: PlannedStep[] = [];
  let t = p.registeredAt;
  const add = (kind: StepKind, by: string, days: number) => {
    t = onDay(rng, t, days, t);
    steps.push({ at: t, kind, by });
  };
  if (p.channel === 'walk_in') steps.push({ at: t + 60_000, kind: 'visit', by: p.registrar ?? 'intake' });
  const acceptor = p.registrar && /^street\d$/.test(p.registrar) ? p.registrar : 'intake';
  if (p.fate === 'rejected') {
    add('reject', acceptor, rng.int(0, 1));
    return { steps, sessionAt: null };
  }
  // Registrations by phone, letter and online wait longer for acceptance and dispatch.
  const queued = ['hotline_12345', 'online', 'letter', 'open311', 'transfer'].includes(p.channel);
  // Wage arrears of the last fortnight are fast-tracked (the winter campaign): same-day dispatch.
  const campaign = p.handlerOrg === `${D}-TW-LD` && now - p.registeredAt < 14 * DAY_MS;
  const quick = (days: number) => (campaign ? 0 : days);
  // The last days' cases still wait on the dispatcher's desk.
  const fresh = now - p.registeredAt < 4 * DAY_MS;
  add('accept', acceptor, quick(queued || fresh ? rng.int(0, fresh ? 3 : 2) : rng.int(0, 1)));
  add('dispatch', 'dispatcher', quick(fresh ? rng.int(2, 4) : rng.chance(0.5) ? 0 : rng.int(1, 4)));
  add('start', '@worker', quick(rng.int(0, 2)));
  if (p.fate === 'stalled') {
    add('supervise', 'leader', rng.int(32, 40));
    return { steps, sessionAt: null };
  }
  if (rng.chance(0.2)) steps.push({ at: onDay(rng, t, rng.int(1, 6), t), kind: 'visit', by: 'intake' });
  // One case in ten runs late: the handling deadline (15 working or 30 calendar days) passes.
  const slow = rng.chance(0.1) && !campaign ? rng.int(18, 30) : 0;
  let sessionAt: number | null = null;
  if (MEDIATION_ORG.test(p.handlerOrg)) {
    add('schedule', '@worker', slow + quick(rng.int(0, 3)));
    sessionAt = sessionSlot(rng, t, rng.int(2, 6));
    // …and the committee's demo mediator has their sessions on the calendar in the coming days.
    if (campaign && t <= now && sessionAt <= now) sessionAt = sessionSlot(rng, now, rng.int(1, 8));
    // One session at a time per committee: a booked slot moves on by half an hour.
    while (booked.has(`${p.handlerOrg}@${sessionAt}`)) sessionAt += 30 * 60_000;
    booked.add(`${p.handlerOrg}@${sessionAt}`);
    t = sessionAt + rng.int(90, 180) * 60_000;
    steps.push({ at: t, kind: 'hold', by: '@worker' });
  } else {
    t = onDay(rng, t, slow + rng.int(4, 18), t);
  }
  if (p.channel === 'court_referral') add('court_outcome', '@worker', 0);
  add('resolve', '@worker', rng.int(0, 3));
  const resolvedAt = t;
  // Some written agreements (every fourth is oral) go to the court for judicial confirmation (司法确认).
  if (p.fate === 'success' && sessionAt !== null && p.index % 4 !== 0 && rng.chance(0.3)) {
    let j = resolvedAt;
    for (const [kind, days] of [
      ['judicial_apply', rng.int(1, 5)],
      ['judicial_accept', rng.int(2, 4)],
      ['judicial_decide', rng.int(5, 12)],
    ] as const)
      steps.push({ at: (j = onDay(rng, j, days, j)), kind, by: '@worker' });
  }
  if (rng.chance(0.85)) add('rate', 'intake', rng.int(1, 5));
  for (const days of [30, 90])
    if (rng.chance(0.92))
      steps.push({
        at: onDay(rng, resolvedAt, days + rng.int(0, 5), resolvedAt),
        kind: 'followups',
        by: '@holder',
      });
  if (rng.chance(0.5))
    steps.push({
      at: onDay(rng, resolvedAt, rng.int(96, 110), resolvedAt),
      kind: 'archive',
      by: 'dispatcher',
    });
  return { steps, sessionAt };
}

/** The plans of `count` cases up to `now`, the same for the same count and moment. */
export function planDemoCases(count: number, now: Date, seed = 20261125): CasePlan[] {
  const rng = createRng(seed);
  const plans: CasePlan[] = [];
  const booked = new Set<string>();
  for (let index = 0; index < count; index++) {
    const channel = rng.weighted(
      CHANNEL_WEIGHTS.map((c) => c[0]),
      CHANNEL_WEIGHTS.map((c) => c[1]),
    );
    const registeredAt = registrationTime(rng, now.getTime(), channel);
    // Wage arrears peak before the Spring Festival (the winter campaign 根治欠薪冬季专项行动).
    const winter = now.getTime() - registeredAt < 30 * DAY_MS;
    const story = rng.weighted(
      DEMO_STORIES,
      DEMO_STORIES.map((s) => s.weight * (winter && s.category === 'wage_arrears' ? 3 : 1)),
    );
    const community = rng.pick(DEMO_COMMUNITIES);
    const registrar =
      channel === 'online' || channel === 'open311'
        ? null
        : channel === 'grid_report'
          ? gridWorkerFor(community)
          : channel === 'court_referral'
            ? 'dispatcher'
            : channel === 'walk_in' && community.startsWith(`${D}-DH`) && rng.chance(0.3)
              ? 'street1'
              : channel === 'walk_in' && community.startsWith(`${D}-XS`) && rng.chance(0.3)
                ? 'street2'
                : 'intake';
    const [minPeople, maxPeople] = story.people ?? [2, 2];
    const base = {
      index,
      registeredAt,
      channel,
      story,
      community,
      gridPick: channel === 'grid_report' ? 0 : rng.int(0, 11),
      spot: [0.15 + rng.next() * 0.7, 0.15 + rng.next() * 0.7] as [number, number],
      registrar,
      applicant: demoPerson(rng, story.migrant ? rng.pick(MIGRANT_REGIONS) : undefined),
      respondent: story.organisations ? rng.pick(story.organisations) : demoPerson(rng),
      amountYuan: story.amountYuan
        ? Math.round(rng.int(story.amountYuan[0], story.amountYuan[1]) / 100) * 100
        : null,
      people: rng.int(minPeople, maxPeople),
      handlerOrg: handlerOrgOf(story, community, channel),
      fate: pickFate(rng, channel, story),
      rating: rng.weighted(['satisfied', 'basically_satisfied', 'dissatisfied'] as const, [72, 22, 6]),
    };
    if (base.fate === 'failure')
      base.rating = rng.weighted(['satisfied', 'basically_satisfied', 'dissatisfied'] as const, [30, 45, 25]);
    plans.push({ ...base, ...planSteps(rng, base, now.getTime(), booked) });
  }
  return plans;
}
