import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../test/support/app.ts';
import {
  buildConsultationWorld,
  convene,
  coreParticipants,
  notificationsOf,
  type ConsultationWorld,
} from '../../../test/support/consultations.ts';

let w: ConsultationWorld;

beforeAll(async () => {
  w = await buildConsultationWorld();
});
afterAll(() => w.t.close());

const auditRows = (action: string, targetId: string) =>
  w.t.db
    .selectFrom('auditLog')
    .selectAll()
    .where('action', '=', action)
    .where('targetId', '=', targetId)
    .execute();

const timeline = async (caseId: string) =>
  (await w.api('leader', 'GET', `/cases/${caseId}`)).json().events as {
    type: string;
    note: string | null;
    data: Record<string, unknown> | null;
  }[];

describe('convening', () => {
  it('a leader convenes with the "3" and a department; invitees are told; audited and on the timeline', async () => {
    const c = await w.caseOfStreetA();
    const k = await convene(w, 'leader', c.id);
    expect(k).toMatchObject({
      caseId: c.id,
      status: 'scheduled',
      convenedBy: w.users.leader!.id,
      minutes: null,
    });
    expect(k.participants.map((p) => [p.kind, p.name, p.attended])).toEqual([
      ['judge', '区人民法院 王法官', null],
      ['chief_mediator', expect.stringMatching(/^测试用户/), null],
      ['legal_aid', '区法律援助中心 李律师', null],
      ['department', '区人社局', null],
    ]);
    expect(await notificationsOf(w, 'chief', 'consultation_invitation', c.id)).toHaveLength(1);
    const [deptInvite] = await notificationsOf(w, 'deptHandler', 'consultation_invitation', c.id);
    expect(deptInvite!.body).toContain('区矛调中心会商室');
    expect(deptInvite!.body).toContain('2026-03-03 10:00');
    expect(await auditRows('consultation.convene', k.id)).toHaveLength(1);
    expect(await timeline(c.id)).toContainEqual(
      expect.objectContaining({
        type: 'consultation_convened',
        data: expect.objectContaining({ consultationId: k.id }),
      }),
    );
    const list = (await w.api('leaderA', 'GET', `/cases/${c.id}/consultations`)).json().items;
    expect(list.map((x: { id: string }) => x.id)).toEqual([k.id]);
  });

  it('without the "3" it is refused at #/participants, naming what is missing, and nothing is written', async () => {
    const c = await w.caseOfStreetA();
    const res = await w.api('leader', 'POST', `/cases/${c.id}/consultations`, {
      title: '会商',
      scheduledAt: '2026-03-03T02:00:00.000Z',
      place: '会商室',
      participants: [
        { kind: 'judge', name: '王法官' },
        { kind: 'department', orgId: w.tree.department },
      ],
    });
    const problem = expectProblem(res, 400, 'validation-failed');
    expect(problem.errors).toEqual([
      expect.objectContaining({ pointer: '#/participants', code: 'missing_core' }),
    ]);
    expect(problem.errors![0]!.detail).toContain('chief_mediator, legal_aid');
    expect((await w.api('leader', 'GET', `/cases/${c.id}/consultations`)).json().items).toEqual([]);
  });

  it('invitees outside the leader’s subtree and malformed participants are refused, naming the field', async () => {
    const c = await w.caseOfStreetA();
    const res = await w.api('leaderA', 'POST', `/cases/${c.id}/consultations`, {
      title: '会商',
      scheduledAt: '2026-03-03T02:00:00.000Z',
      place: '会商室',
      participants: [
        { kind: 'judge', name: '王法官' },
        { kind: 'chief_mediator', userId: w.users.chief!.id },
        { kind: 'legal_aid', name: '李律师' },
        { kind: 'department', orgId: w.tree.communityB },
        { kind: 'department', name: '住建局' },
      ],
    });
    expect(expectProblem(res, 400, 'validation-failed').errors!.map((e) => e.pointer)).toEqual([
      '#/participants/4/orgId',
      '#/participants/1/userId',
      '#/participants/3/orgId',
    ]);
    const bad = await w.api('leader', 'POST', `/cases/${c.id}/consultations`, {
      title: '会商',
      scheduledAt: 'tomorrow',
      place: '会商室',
      participants: coreParticipants(w),
    });
    expect(expectProblem(bad, 400, 'validation-failed').errors!.map((e) => e.pointer)).toEqual([
      '#/scheduledAt',
    ]);
  });

  it('only a leader convenes (403), and another street gets 404', async () => {
    const c = await w.caseOfStreetA();
    const payload = {
      title: '会商',
      scheduledAt: '2026-03-03T02:00:00.000Z',
      place: '会商室',
      participants: coreParticipants(w),
    };
    for (const who of ['dispatcher', 'intakeA'])
      expectProblem(await w.api(who, 'POST', `/cases/${c.id}/consultations`, payload), 403, 'forbidden');
    expectProblem(await w.api('leaderB', 'POST', `/cases/${c.id}/consultations`, payload), 404, 'not-found');
  });
});

describe('minutes and decisions', () => {
  it('record the meeting as held and turn each decision into a tracked task whose owner is told', async () => {
    const c = await w.caseOfStreetA();
    const k = await convene(w, 'leader', c.id);
    const res = await w.api('leader', 'PUT', `/consultations/${k.id}/minutes`, {
      minutes: '会商认为：开发商应于十日内完成房屋质量检测，人社局核查工资支付情况。',
      attendance: [
        { participantId: k.participants[0]!.id, attended: true },
        { participantId: k.participants[3]!.id, attended: false },
      ],
      decisions: [
        { content: '核查开发商欠薪情况', ownerOrgId: w.tree.department, dueOn: '2026-03-10' },
        {
          content: '入户走访受影响业主',
          ownerOrgId: w.tree.communityA,
          ownerUserId: w.users.communityWorker!.id,
          dueOn: '2026-03-05',
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const held = res.json();
    expect(held).toMatchObject({ status: 'held', heldAt: '2026-03-02T01:00:00.000Z' });
    expect(held.participants.map((p: { attended: boolean | null }) => p.attended)).toEqual([
      true,
      null,
      null,
      false,
    ]);
    expect(held.addedTaskIds).toHaveLength(2);
    // Earliest due first.
    expect(held.tasks).toEqual([
      expect.objectContaining({
        content: '入户走访受影响业主',
        ownerUserId: w.users.communityWorker!.id,
        dueOn: '2026-03-05',
      }),
      expect.objectContaining({
        content: '核查开发商欠薪情况',
        ownerOrgName: '区人社局',
        status: 'open',
        isOverdue: false,
      }),
    ]);
    expect(await notificationsOf(w, 'deptHandler', 'consultation_task', c.id)).toEqual([
      expect.objectContaining({ body: expect.stringContaining('核查开发商欠薪情况') }),
    ]);
    expect(await notificationsOf(w, 'communityWorker', 'consultation_task', c.id)).toHaveLength(1);
    const events = await timeline(c.id);
    expect(events.filter((e) => e.type === 'consultation_task').map((e) => e.note)).toEqual([
      '核查开发商欠薪情况',
      '入户走访受影响业主',
    ]);
    expect(events.map((e) => e.type)).toContain('consultation_held');
    expect(await auditRows('consultation.minutes', k.id)).toHaveLength(1);
  });

  it('amending adds new decisions only: the same decision sent again is the same task', async () => {
    const c = await w.caseOfStreetA();
    const k = await convene(w, 'leader', c.id);
    const first = { content: '核查开发商欠薪情况', ownerOrgId: w.tree.department, dueOn: '2026-03-10' };
    const put = (decisions: object[], minutes = '纪要') =>
      w.api('leader', 'PUT', `/consultations/${k.id}/minutes`, { minutes, decisions });
    expect((await put([first])).json().addedTaskIds).toHaveLength(1);
    const again = (await put([{ ...first, content: ' 核查开发商欠薪情况 ' }], '纪要（修订）')).json();
    expect(again).toMatchObject({
      minutes: '纪要（修订）',
      addedTaskIds: [],
      heldAt: '2026-03-02T01:00:00.000Z',
    });
    const second = { content: '街道牵头组织业主代表对话', ownerOrgId: w.tree.streetA, dueOn: '2026-03-06' };
    const amended = (await put([first, second])).json();
    expect(amended.addedTaskIds).toHaveLength(1);
    expect(amended.tasks.map((t: { content: string }) => t.content)).toEqual([second.content, first.content]);
    expect((await put([])).json().tasks).toHaveLength(2);
    expect((await timeline(c.id)).filter((e) => e.type === 'consultation_task')).toHaveLength(2);
    expectProblem(await put([second, second]), 400, 'validation-failed');
  });

  it('bad decisions and attendance are refused naming the field, and nothing changes', async () => {
    const c = await w.caseOfStreetA();
    const k = await convene(w, 'leader', c.id);
    const res = await w.api('leader', 'PUT', `/consultations/${k.id}/minutes`, {
      minutes: '纪要',
      attendance: [{ participantId: 'nobody', attended: true }],
      decisions: [
        { content: '逾期事项', ownerOrgId: w.tree.department, dueOn: '2026-03-01' },
        { content: '外单位事项', ownerOrgId: 'no-such-org', dueOn: '2026-03-10' },
        {
          content: '指定人员',
          ownerOrgId: w.tree.department,
          ownerUserId: w.users.handlerB!.id,
          dueOn: '2026-03-10',
        },
      ],
    });
    expect(expectProblem(res, 400, 'validation-failed').errors!.map((e) => e.pointer)).toEqual([
      '#/attendance/0/participantId',
      '#/decisions/0/dueOn',
      '#/decisions/1/ownerOrgId',
      '#/decisions/2/ownerUserId',
    ]);
    expect((await w.api('leader', 'GET', `/consultations/${k.id}`)).json()).toMatchObject({
      status: 'scheduled',
      minutes: null,
      tasks: [],
    });
  });

  it('belong to the convener or a leader above them (403 for a leader below), and a cancelled one has none', async () => {
    const c = await w.caseOfStreetA();
    const k = await convene(w, 'leader', c.id);
    const body = { minutes: '纪要', decisions: [] };
    expectProblem(await w.api('leaderA', 'PUT', `/consultations/${k.id}/minutes`, body), 403, 'forbidden');
    expectProblem(await w.api('intakeA', 'PUT', `/consultations/${k.id}/minutes`, body), 403, 'forbidden');
    const mine = await convene(w, 'leaderA', c.id, {
      participants: coreParticipants(w, [{ kind: 'department', orgId: w.tree.communityA }]).map((p) =>
        p.kind === 'chief_mediator' ? { kind: 'chief_mediator', name: '区首席调解员 赵某' } : p,
      ),
    });
    expect((await w.api('leader', 'PUT', `/consultations/${mine.id}/minutes`, body)).statusCode).toBe(200);
    const cancelled = await w.api('leader', 'POST', `/consultations/${k.id}/cancel`, {
      reason: '当事人已和解',
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '当事人已和解' });
    expect(await notificationsOf(w, 'chief', 'consultation_invitation', c.id)).toHaveLength(2);
    expectProblem(await w.api('leader', 'PUT', `/consultations/${k.id}/minutes`, body), 409, 'conflict');
    expectProblem(
      await w.api('leader', 'POST', `/consultations/${k.id}/cancel`, { reason: '再次' }),
      409,
      'conflict',
    );
  });
});

describe('scope', () => {
  it('another street gets 404 on every consultation route', async () => {
    const c = await w.caseOfStreetA();
    const k = await convene(w, 'leader', c.id);
    const held = await w.api('leader', 'PUT', `/consultations/${k.id}/minutes`, {
      minutes: '纪要',
      decisions: [{ content: '核查', ownerOrgId: w.tree.department, dueOn: '2026-03-10' }],
    });
    const taskId = held.json().addedTaskIds[0] as string;
    for (const who of ['leaderB', 'handlerB']) {
      expectProblem(await w.api(who, 'GET', `/cases/${c.id}/consultations`), 404, 'not-found');
      expectProblem(await w.api(who, 'GET', `/consultations/${k.id}`), 404, 'not-found');
      expectProblem(
        await w.api(who, 'PUT', `/consultations/${k.id}/minutes`, { minutes: '篡改', decisions: [] }),
        404,
        'not-found',
      );
      expectProblem(
        await w.api(who, 'POST', `/consultations/${k.id}/cancel`, { reason: '取消' }),
        404,
        'not-found',
      );
      expectProblem(
        await w.api(who, 'POST', `/consultation-tasks/${taskId}/done`, { note: '已办' }),
        404,
        'not-found',
      );
      const tasks = (await w.api(who, 'GET', '/consultation-tasks')).json().items as { id: string }[];
      expect(tasks.map((x) => x.id)).not.toContain(taskId);
    }
    expectProblem(await w.api('leader', 'GET', '/consultations/no-such-id'), 404, 'not-found');
    expect((await w.api('leader', 'GET', `/consultations/${k.id}`)).json().minutes).toBe('纪要');
  });
});
