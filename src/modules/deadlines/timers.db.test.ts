/** The timer service API the case state machine and the sweep call, on a real database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import {
  caseDeadline,
  extendTimer,
  listOpenTimersForSweep,
  listTimers,
  markTimerLevel,
  pauseTimers,
  pickProfile,
  recordCustody,
  resumeTimers,
  startTimer,
  stopAllTimers,
  stopTimer,
} from './index.ts';

let t: TestApp;
let tree: OrgTree;
let intakeName: string;

/** Local Asia/Shanghai wall time → ISO instant. */
const local = (s: string) => new Date(`${s.replace(' ', 'T')}:00+08:00`).toISOString();
/** The end (24:00 local) of a local day, as an ISO instant. */
const endOf = (day: string, plusDays = 0) =>
  new Date(Date.parse(`${day}T00:00:00+08:00`) + (plusDays + 1) * 86_400_000).toISOString();
const at = (s: string) => t.clock.set(local(s));
/** Registers a case at the current clock (signing in afresh: the clock jumps past session lifetimes). */
const newCase = async () => (await registerViaApi(t.app, await signIn(t.app, intakeName))).id;
const timersOf = async (caseId: string, kind?: string) =>
  (await listTimers(t.system, caseId)).items.filter((x) => !kind || x.kind === kind);

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  intakeName = (await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] })).username;
});
afterAll(() => t.close());

describe('startTimer', () => {
  it('copies unit and amount from the profile; runs several kinds at once; a restart stops the old timer', async () => {
    at('2026-03-02 09:00');
    const caseId = await newCase();
    const handling = await startTimer(t.system, { caseId, kind: 'handling', profileCode: 'handling' });
    expect(handling).toMatchObject({
      unit: 'calendar_days',
      amount: 30,
      status: 'running',
      dueAt: endOf('2026-04-01'),
    });
    const urgent = await startTimer(t.system, { caseId, kind: 'urgent', profileCode: 'urgent_response' });
    expect(urgent).toMatchObject({ unit: 'hours', amount: 24, dueAt: local('2026-03-03 09:00') });

    at('2026-03-03 09:00');
    const again = await startTimer(t.system, { caseId, kind: 'handling', profileCode: 'handling' });
    expect(again.dueAt).toBe(endOf('2026-04-02'));
    const all = await timersOf(caseId);
    // Registration itself started the acceptance clock.
    expect(all.map((x) => `${x.kind}:${x.status}`).sort()).toEqual([
      'acceptance:running',
      'handling:running',
      'handling:stopped',
      'urgent:running',
    ]);
    expect(all.find((x) => x.status === 'stopped')!.stoppedAt).toBe(local('2026-03-03 09:00'));
  });

  it('refuses an unknown profile or case', async () => {
    const caseId = await newCase();
    await expect(
      startTimer(t.system, { caseId, kind: 'handling', profileCode: 'nope' }),
    ).rejects.toMatchObject({
      kind: 'validation-failed',
      errors: [expect.objectContaining({ pointer: '#/profileCode' })],
    });
    await expect(
      startTimer(t.system, { caseId: 'no-such-case', kind: 'handling', profileCode: 'handling' }),
    ).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('joins the caller’s transaction: a rollback leaves no timer', async () => {
    const caseId = await newCase();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await startTimer({ ...t.system, db: trx }, { caseId, kind: 'rolled_back', profileCode: 'handling' });
        throw new Error('the action failed later');
      }),
    ).rejects.toThrow('the action failed later');
    expect(await timersOf(caseId, 'rolled_back')).toEqual([]);
  });
});

describe('pause and resume (中止/恢复)', () => {
  it('a suspended clock does not run: the deadline moves by the paused time', async () => {
    at('2026-03-02 09:00');
    const caseId = await newCase();
    await startTimer(t.system, { caseId, kind: 'handling', profileCode: 'handling' });
    at('2026-03-05 09:00');
    // The acceptance clock started at registration pauses too.
    expect(await pauseTimers(t.system, caseId, '等待伤残鉴定')).toBe(2);
    const [paused] = await timersOf(caseId, 'handling');
    expect(paused).toMatchObject({
      status: 'paused',
      isPaused: true,
      pauses: [{ reason: '等待伤残鉴定', resumedAt: null }],
    });

    at('2026-03-10 09:00');
    const [still] = await timersOf(caseId, 'handling');
    expect(still!.usedShare).toBe(paused!.usedShare);
    expect(await pauseTimers(t.system, caseId, 'again')).toBe(0);
    expect(await resumeTimers(t.system, caseId)).toBe(2);
    const [resumed] = await timersOf(caseId, 'handling');
    expect(resumed).toMatchObject({ status: 'running', isPaused: false, dueAt: endOf('2026-04-06') });
    expect(resumed!.pauses[0]!.resumedAt).toBe(local('2026-03-10 09:00'));
  });
});

describe('extendTimer (延期)', () => {
  it('moves the deadline within the profile’s limit and refuses more, naming #/amount', async () => {
    at('2026-03-02 09:00');
    const caseId = await newCase();
    await startTimer(t.system, { caseId, kind: 'petition_handling', profileCode: 'petition_handling' });
    const extended = await extendTimer(t.system, caseId, 'petition_handling', 20);
    expect(extended).toMatchObject({ extensionAmount: 20, dueAt: endOf('2026-05-01', 20) });
    await expect(extendTimer(t.system, caseId, 'petition_handling', 11)).rejects.toMatchObject({
      kind: 'validation-failed',
      errors: [expect.objectContaining({ pointer: '#/amount', code: 'too-large' })],
    });
    await expect(extendTimer(t.system, caseId, 'petition_handling', 0)).rejects.toMatchObject({
      errors: [expect.objectContaining({ pointer: '#/amount', code: 'invalid' })],
    });
    await expect(extendTimer(t.system, caseId, 'mediation', 5)).rejects.toMatchObject({ kind: 'not-found' });
    expect((await timersOf(caseId, 'petition_handling'))[0]!.extensionAmount).toBe(20);
  });
});

describe('stopping and the most urgent deadline', () => {
  it('caseDeadline picks the most urgent open timer; stopped timers drop out', async () => {
    at('2026-03-02 09:00');
    const caseId = await newCase();
    await stopAllTimers(t.system, caseId);
    expect(await caseDeadline(t.system, caseId)).toBeNull();
    await startTimer(t.system, { caseId, kind: 'handling', profileCode: 'handling' });
    await startTimer(t.system, { caseId, kind: 'urgent', profileCode: 'urgent_response' });
    at('2026-03-03 10:00');
    expect(await caseDeadline(t.system, caseId)).toMatchObject({
      kind: 'urgent',
      profileCode: 'urgent_response',
      level: 'red',
      dueAt: local('2026-03-03 09:00'),
      isPaused: false,
    });
    expect(await stopTimer(t.system, caseId, 'urgent')).toMatchObject({ status: 'stopped', level: 'red' });
    expect(await stopTimer(t.system, caseId, 'urgent')).toBeNull();
    expect(await caseDeadline(t.system, caseId)).toMatchObject({ kind: 'handling', level: 'normal' });
    expect(await stopAllTimers(t.system, caseId)).toBe(1);
    expect(await caseDeadline(t.system, caseId)).toBeNull();
  });
});

describe('the sweep', () => {
  it('lists a timer once per new stage; an extension lets the new deadline warn again', async () => {
    at('2026-03-02 09:00');
    const caseId = await newCase();
    const { id } = await startTimer(t.system, { caseId, kind: 'urgent', profileCode: 'urgent_response' });
    const swept = async () => (await listOpenTimersForSweep(t.system, 10_000)).find((x) => x.id === id);

    expect(await swept()).toBeUndefined();
    at('2026-03-03 15:00');
    expect(await swept()).toMatchObject({ stage: 'red', level: 'red', lastLevel: null, reminderShare: 0.5 });
    await markTimerLevel(t.system, id, 'red');
    expect(await swept()).toBeUndefined();

    const extended = await extendTimer(t.system, caseId, 'urgent', 24);
    expect(extended).toMatchObject({ stage: 'reminder', lastLevel: 'reminder', level: 'normal' });
    expect(await swept()).toBeUndefined();
    at('2026-03-03 23:00');
    expect(await swept()).toMatchObject({ stage: 'yellow', lastLevel: 'reminder' });
  });
});

describe('custody and per-organisation time', () => {
  it('attributes counted working days to the organisation that held the case', async () => {
    at('2026-03-02 09:00');
    const caseId = await newCase();
    await startTimer(t.system, { caseId, kind: 'handling', profileCode: 'labour_handling' });
    await recordCustody(t.system, caseId, tree.streetA);
    at('2026-03-05 12:00');
    await recordCustody(t.system, caseId, tree.committee);
    await recordCustody(t.system, caseId, tree.committee);
    at('2026-03-10 12:00');
    const { items, custody } = await listTimers(t.system, caseId);
    expect(custody.map((c) => [c.orgId, c.orgName, c.endedAt])).toEqual([
      [tree.streetA, '甲街道', local('2026-03-05 12:00')],
      [tree.committee, '区劳动争议人民调解委员会', null],
    ]);
    const handling = items.find((x) => x.kind === 'handling')!;
    expect(handling.byOrg).toEqual([
      { orgId: tree.streetA, orgName: '甲街道', used: 2.5 },
      { orgId: tree.committee, orgName: '区劳动争议人民调解委员会', used: 3 },
    ]);
    expect(handling.remaining).toBe(9.5);
    await expect(recordCustody(t.system, caseId, 'no-such-org')).rejects.toMatchObject({
      errors: [expect.objectContaining({ pointer: '#/orgId' })],
    });
  });
});

describe('pickProfile', () => {
  it.each([
    ['wage_arrears', 'labour', 'accepted', 'labour_handling'],
    ['labour', 'labour', 'accepted', 'labour_handling'],
    ['noise', 'neighbour', 'accepted', 'handling'],
    ['noise', 'neighbour', 'registered', 'acceptance'],
    ['noise', 'neighbour', 'in_progress', 'mediation'],
    ['noise', 'neighbour', 'archived', null],
  ])('%s (%s) in %s → %s', async (categoryCode, topCategoryCode, state, code) => {
    const profile = await pickProfile(t.system, { categoryCode, topCategoryCode, state });
    expect(profile?.code ?? null).toBe(code);
  });
});
