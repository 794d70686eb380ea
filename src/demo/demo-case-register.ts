/**
 * Registration of a demo case: the story told with its people, placed at a point of its
 * grid, through registerCase (or, for a court's referral, registerCourtReferral).
 */
import type { Actor, ServiceContext } from '../lib/context.ts';
import { listCaseParties, registerCase, type RegisterCaseBody } from '../modules/cases/index.ts';
import { registerCourtReferral } from '../modules/linkage/index.ts';
import { localYear } from '../lib/time.ts';
import { DAY_MS, type CasePlan } from './demo-case-plan.ts';
import { fillStory } from './demo-case-texts.ts';
import { DEMO_DISTRICT_CODE as D } from './demo-orgs.ts';

interface OrgRow {
  id: string;
  code: string;
  name: string;
  type: string;
  parentId: string | null;
  boundary: string | null;
}

export interface DemoWorld {
  byCode: Map<string, OrgRow>;
  byId: Map<string, OrgRow>;
  gridsOf: Map<string, OrgRow[]>;
  actors: Map<string, Actor>;
}

export interface CaseState {
  id: string;
  applicantId: string;
  respondentId: string;
  transferId: string | null;
  sessionId: string | null;
  judicialId: string | null;
}

export type CtxFor = (actor: Actor | null) => ServiceContext;

export function actor(world: DemoWorld, username: string): Actor {
  const found = world.actors.get(username);
  if (!found) throw new Error(`demo: no user ${username}`);
  return found;
}

/** A point inside a grid's rectangle, at the given fractions of its width and height. */
function pointIn(boundary: string, [fx, fy]: [number, number]): { lat: number; lng: number } {
  const ring = (JSON.parse(boundary) as { coordinates: number[][][] }).coordinates[0]!;
  const lngs = ring.map((p) => p[0]!);
  const lats = ring.map((p) => p[1]!);
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return {
    lng: round(Math.min(...lngs) + fx * (Math.max(...lngs) - Math.min(...lngs))),
    lat: round(Math.min(...lats) + fy * (Math.max(...lats) - Math.min(...lats))),
  };
}

export function storyValues(world: DemoWorld, plan: CasePlan) {
  const respondent = typeof plan.respondent === 'string' ? plan.respondent : plan.respondent.name;
  return {
    A: plan.applicant.name,
    B: respondent,
    N: plan.people,
    Y: plan.amountYuan,
    P: world.byCode.get(plan.community)!.name,
  };
}

function caseBody(world: DemoWorld, plan: CasePlan): RegisterCaseBody {
  const grids = world.gridsOf.get(plan.community)!;
  const grid = grids[plan.gridPick % grids.length]!;
  const values = storyValues(world, plan);
  const { applicant: a, respondent: r } = plan;
  const big = plan.people >= 30;
  return {
    channel: plan.channel,
    category: plan.story.category,
    ...(plan.channel === 'petition' ? { petitionType: plan.index % 3 === 0 ? 'complaint' : 'appeal' } : {}),
    subject: fillStory(plan.story.subject, values).slice(0, 100),
    description: fillStory(plan.story.description, values),
    occurredAt: new Date(plan.registeredAt - ((plan.index % 9) + 1) * DAY_MS).toISOString(),
    ...pointIn(grid.boundary!, plan.spot),
    address: `${values.P}${(plan.index % 28) + 1}号`,
    peopleInvolved: plan.people,
    ...(plan.amountYuan === null ? {} : { amountFen: plan.amountYuan * 100 }),
    risk: big ? 'high' : (plan.amountYuan ?? 0) >= 200_000 || plan.index % 5 === 0 ? 'medium' : 'low',
    ...(big
      ? { flags: ['group_incident' as const] }
      : plan.index % 17 === 0
        ? { flags: ['urgent' as const] }
        : {}),
    parties: [
      {
        kind: 'person',
        role: 'applicant',
        name: a.name,
        gender: a.gender,
        idNumber: a.idNumber,
        phone: a.phone,
      },
      typeof r === 'string'
        ? { kind: 'organisation', role: 'respondent', name: r }
        : {
            kind: 'person',
            role: 'respondent',
            name: r.name,
            gender: r.gender,
            phone: r.phone,
            ...(plan.index % 2 === 0 ? { idNumber: r.idNumber } : {}),
          },
    ],
  };
}

export async function registerDemoCase(world: DemoWorld, plan: CasePlan, ctxFor: CtxFor): Promise<CaseState> {
  const body = caseBody(world, plan);
  let id: string;
  let transferId: string | null = null;
  if (plan.channel === 'court_referral') {
    const { channel: _channel, ...referred } = body;
    const view = await registerCourtReferral(ctxFor(actor(world, 'dispatcher')), {
      court: '示范区人民法院',
      courtCaseNumber: `（${localYear(new Date(plan.registeredAt))}）浙0681民诉前调${1000 + plan.index}号`,
      referralKind: plan.index % 3 === 0 ? 'entrusted' : 'pre_litigation',
      case: referred,
    });
    ({ caseId: id, id: transferId } = view);
  } else {
    const ctx = ctxFor(plan.registrar ? actor(world, plan.registrar) : null);
    ({ id } = await registerCase(ctx, body, { orgId: world.byCode.get(D)!.id }));
  }
  const parties = await listCaseParties(ctxFor(null), id);
  return {
    id,
    applicantId: parties.find((p) => p.role === 'applicant')!.id,
    respondentId: parties.find((p) => p.role === 'respondent')!.id,
    transferId,
    sessionId: null,
    judicialId: null,
  };
}

export async function caseRow(ctx: ServiceContext, id: string) {
  return ctx.db
    .selectFrom('cases')
    .select(['status', 'version', 'currentOrgId'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}
