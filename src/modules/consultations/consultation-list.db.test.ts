import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../test/support/app.ts';
import {
  buildConsultationWorld,
  convene,
  type ConsultationWorld,
} from '../../../test/support/consultations.ts';

let w: ConsultationWorld;
/** The "3" by name only: a street leader may not invite the district's people. */
const namedCore = [
  { kind: 'judge', name: '王法官' },
  { kind: 'chief_mediator', name: '张首席调解员' },
  { kind: 'legal_aid', name: '李律师' },
];

beforeAll(async () => {
  w = await buildConsultationWorld();
});
afterAll(() => w.t.close());

type Item = { id: string; caseId: string; caseNumber: string; caseSubject: string; status: string };
const listOf = async (who: string, query = '') => {
  const res = await w.api(who, 'GET', `/consultations${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Item[];
};

describe('GET /consultations', () => {
  it('lists the consultations of cases in the caller’s subtree with their case, latest meeting first', async () => {
    const c = await w.caseOfStreetA();
    const early = await convene(w, 'leader', c.id, { scheduledAt: '2026-03-01T02:00:00.000Z' });
    const late = await convene(w, 'leaderA', c.id, {
      scheduledAt: '2026-03-05T02:00:00.000Z',
      title: '第二次会商',
      participants: namedCore,
    });
    for (const who of ['leader', 'leaderA', 'dispatcher']) {
      const items = (await listOf(who)).filter((k) => k.caseId === c.id);
      expect(items.map((k) => k.id)).toEqual([late.id, early.id]);
      expect(items[0]).toMatchObject({ caseNumber: c.number, caseSubject: '某小区业主与开发商群体性纠纷' });
    }
    const [first] = (await listOf('leader')).filter((k) => k.id === early.id) as unknown as {
      participants: unknown[];
      tasks: unknown[];
    }[];
    expect(first!.participants).toHaveLength(4);
    expect(first!.tasks).toEqual([]);
  });

  it('narrows by status', async () => {
    const c = await w.caseOfStreetA();
    const held = await convene(w, 'leader', c.id);
    const cancelled = await convene(w, 'leader', c.id, { title: '取消的会商' });
    const minutes = await w.api('leader', 'PUT', `/consultations/${held.id}/minutes`, {
      minutes: '纪要',
      decisions: [],
    });
    expect(minutes.statusCode, minutes.body).toBe(200);
    const cancel = await w.api('leader', 'POST', `/consultations/${cancelled.id}/cancel`, { reason: '改期' });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const ids = async (status: string) => (await listOf('leader', `?status=${status}`)).map((k) => k.id);
    expect(await ids('held')).toContain(held.id);
    expect(await ids('held')).not.toContain(cancelled.id);
    expect(await ids('cancelled')).toContain(cancelled.id);
    expect(await ids('scheduled')).not.toContain(held.id);
    expectProblem(await w.api('leader', 'GET', '/consultations?status=done'), 400, 'validation-failed');
  });

  it('never shows another street’s consultations', async () => {
    const c = await w.caseOfStreetA();
    const k = await convene(w, 'leaderA', c.id, { participants: namedCore });
    for (const who of ['leaderB', 'handlerB'])
      expect((await listOf(who)).map((x) => x.id)).not.toContain(k.id);
  });
});
