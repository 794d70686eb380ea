/**
 * A world for "3+X" consultation tests: a district tree, leaders at the district and at
 * each street, the people invited and the owners of tasks, signed in through the API.
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { buildTestApp, type TestApp } from './app.ts';
import { registerViaApi } from './cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from './factories.ts';

export interface ConsultationWorld {
  t: TestApp;
  tree: OrgTree;
  users: Record<string, { id: string; username: string }>;
  api: (
    who: string,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
  ) => Promise<LightMyRequestResponse>;
  /** Signs everyone in again (after the clock moved past the session lifetime). */
  signInAll: () => Promise<void>;
  /** A new case registered at street A (visible to street A and the district, not street B). */
  caseOfStreetA: () => Promise<{ id: string; number: string }>;
}

export async function buildConsultationWorld(): Promise<ConsultationWorld> {
  const t = await buildTestApp();
  const tree = await buildOrgTree(t.system);
  const specs = {
    intakeA: { orgId: tree.streetA, roles: ['intake'] },
    leader: { orgId: tree.district, roles: ['leader'] },
    leaderA: { orgId: tree.streetA, roles: ['leader'] },
    leaderB: { orgId: tree.streetB, roles: ['leader', 'handler'] },
    dispatcher: { orgId: tree.district, roles: ['dispatcher'] },
    chief: { orgId: tree.committee, roles: ['mediator'] },
    deptHandler: { orgId: tree.department, roles: ['handler'] },
    communityWorker: { orgId: tree.communityA, roles: ['grid_worker'] },
    handlerB: { orgId: tree.communityB, roles: ['handler'] },
  } as const;
  const users: ConsultationWorld['users'] = {};
  const cookies: Record<string, string> = {};
  for (const [key, spec] of Object.entries(specs))
    users[key] = await buildUser(t.system, { orgId: spec.orgId, roles: [...spec.roles] });
  const signInAll = async () => {
    for (const [key, u] of Object.entries(users)) cookies[key] = await signIn(t.app, u.username);
  };
  await signInAll();
  const api: ConsultationWorld['api'] = (who, method, url, payload) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: cookies[who]! },
      ...(payload ? { payload } : {}),
    });
  return {
    t,
    tree,
    users,
    api,
    signInAll,
    caseOfStreetA: () => registerViaApi(t.app, cookies.intakeA!, { subject: '某小区业主与开发商群体性纠纷' }),
  };
}

/** The "3" (a named judge, the chief mediator as a user, a named legal-aid lawyer) plus `extra`. */
export function coreParticipants(
  world: ConsultationWorld,
  extra: Record<string, unknown>[] = [],
): Record<string, unknown>[] {
  return [
    { kind: 'judge', name: '区人民法院 王法官' },
    { kind: 'chief_mediator', userId: world.users.chief!.id },
    { kind: 'legal_aid', name: '区法律援助中心 李律师' },
    ...extra,
  ];
}

/** Convenes through the API and returns the consultation. */
export async function convene(
  world: ConsultationWorld,
  who: string,
  caseId: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await world.api(who, 'POST', `/cases/${caseId}/consultations`, {
    title: '业主群体性纠纷会商研判',
    scheduledAt: '2026-03-03T02:00:00.000Z',
    place: '区矛调中心会商室',
    participants: coreParticipants(world, [{ kind: 'department', orgId: world.tree.department }]),
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as {
    id: string;
    status: string;
    participants: { id: string; kind: string; name: string; attended: boolean | null }[];
    [k: string]: unknown;
  };
}

/** The caller's notifications of one kind about one case. */
export async function notificationsOf(world: ConsultationWorld, who: string, kind: string, caseId: string) {
  const items = (await world.api(who, 'GET', '/notifications?limit=100')).json().items as {
    kind: string;
    caseId: string | null;
    title: string;
    body: string;
  }[];
  return items.filter((n) => n.kind === kind && n.caseId === caseId);
}
