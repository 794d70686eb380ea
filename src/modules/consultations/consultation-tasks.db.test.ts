import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../test/support/app.ts';
import {
  buildConsultationWorld,
  convene,
  notificationsOf,
  type ConsultationWorld,
} from '../../../test/support/consultations.ts';
import { runJobNow } from '../../jobs/index.ts';

const START = '2026-03-02T01:00:00.000Z';
let w: ConsultationWorld;

beforeAll(async () => {
  w = await buildConsultationWorld();
});
let clockMoved = false;
afterEach(async () => {
  if (!clockMoved) return;
  clockMoved = false;
  w.t.clock.set(START);
  await w.signInAll();
});

/** Moves the clock; sessions idle longer than their lifetime are signed in again. */
async function setClock(at: string) {
  w.t.clock.set(at);
  clockMoved = true;
  await w.signInAll();
}
afterAll(() => w.t.close());

type Task = { id: string; content: string; status: string; isOverdue: boolean; doneNote: string | null };

/** A held consultation on a new case with the given decisions; returns the case and its task ids. */
async function decide(decisions: object[]) {
  const c = await w.caseOfStreetA();
  const k = await convene(w, 'leader', c.id);
  const res = await w.api('leader', 'PUT', `/consultations/${k.id}/minutes`, {
    minutes: '会商纪要',
    decisions,
  });
  expect(res.statusCode, res.body).toBe(200);
  return { caseId: c.id, taskIds: res.json().addedTaskIds as string[] };
}

const tasksOf = async (who: string, query = '') =>
  (await w.api(who, 'GET', `/consultation-tasks${query}`)).json().items as Task[];
const ids = (tasks: Task[]) => tasks.map((t) => t.id);

describe('the task list', () => {
  it('shows open tasks to their owners, overdue ones after the due day, and done ones with their note', async () => {
    const { caseId, taskIds } = await decide([
      { content: '核查开发商欠薪情况', ownerOrgId: w.tree.department, dueOn: '2026-03-04' },
      { content: '入户走访受影响业主', ownerOrgId: w.tree.communityA, dueOn: '2026-03-20' },
    ]);
    const [deptTask, communityTask] = taskIds as [string, string];
    expect(ids(await tasksOf('deptHandler', '?status=open&mine=true'))).toEqual([deptTask]);
    expect(ids(await tasksOf('deptHandler', '?status=overdue'))).not.toContain(deptTask);
    const district = ids(await tasksOf('leader', '?status=open'));
    expect(district).toEqual(expect.arrayContaining([deptTask, communityTask]));
    expect(ids(await tasksOf('leaderA'))).toEqual(expect.arrayContaining([communityTask]));
    expect(ids(await tasksOf('leaderA'))).not.toContain(deptTask);
    expect(ids(await tasksOf('leader', '?mine=true'))).not.toContain(deptTask);

    await setClock('2026-03-04T15:59:00.000Z'); // 23:59 on the due day in Shanghai: not yet overdue
    expect(ids(await tasksOf('deptHandler', '?status=overdue'))).not.toContain(deptTask);
    await setClock('2026-03-04T16:00:00.000Z'); // 00:00 on 5 March in Shanghai
    const overdue = await tasksOf('deptHandler', '?status=overdue');
    expect(overdue).toEqual([expect.objectContaining({ id: deptTask, status: 'open', isOverdue: true })]);
    expect(ids(await tasksOf('leader', '?status=overdue'))).not.toContain(communityTask);

    const done = await w.api('deptHandler', 'POST', `/consultation-tasks/${deptTask}/done`, {
      note: '已责令施工单位三日内足额支付工资',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', isOverdue: false, doneBy: w.users.deptHandler!.id });
    expect(ids(await tasksOf('deptHandler', '?status=overdue'))).not.toContain(deptTask);
    expect(ids(await tasksOf('deptHandler', '?status=open'))).not.toContain(deptTask);
    expect(await tasksOf('deptHandler', '?status=done')).toEqual([
      expect.objectContaining({ id: deptTask, doneNote: '已责令施工单位三日内足额支付工资' }),
    ]);
    const events = (await w.api('leader', 'GET', `/cases/${caseId}`)).json().events as {
      type: string;
      note: string;
    }[];
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'consultation_task_done', note: '已责令施工单位三日内足额支付工资' }),
    );
    expect(await notificationsOf(w, 'leader', 'consultation_task', caseId)).toEqual([
      expect.objectContaining({ title: expect.stringContaining('会商任务已办结') }),
    ]);
    const audit = await w.t.db
      .selectFrom('auditLog')
      .select('action')
      .where('targetId', '=', deptTask)
      .execute();
    expect(audit).toEqual([{ action: 'consultation.task_done' }]);
    expectProblem(
      await w.api('deptHandler', 'POST', `/consultation-tasks/${deptTask}/done`, { note: '再次' }),
      409,
      'conflict',
    );
  });

  it('a task assigned to a user is theirs (mine) and marked done by its owners only', async () => {
    const { taskIds } = await decide([
      {
        content: '组织业主代表座谈',
        ownerOrgId: w.tree.communityA,
        ownerUserId: w.users.communityWorker!.id,
        dueOn: '2026-03-06',
      },
    ]);
    const [task] = taskIds as [string];
    expect(ids(await tasksOf('communityWorker', '?mine=true'))).toContain(task);
    expect(ids(await tasksOf('deptHandler', '?mine=true'))).not.toContain(task);
    // The leaders above see the task but do not own it.
    for (const who of ['leader', 'leaderA'])
      expectProblem(
        await w.api(who, 'POST', `/consultation-tasks/${task}/done`, { note: '已办' }),
        403,
        'forbidden',
      );
    expectProblem(
      await w.api('communityWorker', 'POST', `/consultation-tasks/${task}/done`, { note: '   ' }),
      400,
      'validation-failed',
    );
    expectProblem(
      await w.api('communityWorker', 'POST', `/consultation-tasks/${task}/done`, {}),
      400,
      'validation-failed',
    );
    const done = await w.api('communityWorker', 'POST', `/consultation-tasks/${task}/done`, {
      note: '已座谈，业主代表同意方案',
    });
    expect(done.json()).toMatchObject({ status: 'done' });
    expectProblem(await w.api('leader', 'GET', '/consultation-tasks?status=late'), 400, 'validation-failed');
  });
});

describe('the reminder job', () => {
  it('tells the owner of an overdue task once, however often it runs', async () => {
    const { caseId, taskIds } = await decide([
      {
        content: '提交房屋质量检测报告',
        ownerOrgId: w.tree.communityA,
        ownerUserId: w.users.communityWorker!.id,
        dueOn: '2026-03-03',
      },
    ]);
    const run = async () => {
      const { outcome } = await runJobNow(w.t.app.deps, 'consultation-tasks-due', { log: w.t.system.log });
      expect(outcome.status).toBe('done');
    };
    const reminders = async () =>
      (await notificationsOf(w, 'communityWorker', 'consultation_task', caseId)).filter((n) =>
        n.title.startsWith('会商任务已'),
      );
    const assigned = await notificationsOf(w, 'communityWorker', 'consultation_task', caseId);
    expect(assigned).toHaveLength(1);
    await run();
    expect(await reminders()).toEqual([]);
    await setClock('2026-03-04T02:00:00.000Z');
    await run();
    await run();
    expect(await reminders()).toEqual([
      expect.objectContaining({
        title: expect.stringContaining('会商任务已超期'),
        body: expect.stringContaining('2026-03-03'),
      }),
    ]);
    const row = await w.t.db
      .selectFrom('consultationTasks')
      .select('remindedAt')
      .where('id', '=', taskIds[0]!)
      .executeTakeFirstOrThrow();
    expect(row.remindedAt).toBe('2026-03-04T02:00:00.000Z');
  });
});
