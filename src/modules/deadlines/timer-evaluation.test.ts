import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDAR } from '../../db/migrations/202611251100_create_calendar_days.ts';
import { buildCalendar } from '../calendar/index.ts';
import {
  evaluateTimer,
  reminderShareOf,
  usedByOrg,
  type PauseInput,
  type TimerInput,
} from './timer-evaluation.ts';

const calendar = buildCalendar(OFFICIAL_CALENDAR.map(([day, kind]) => ({ day, kind })));

/** Local Asia/Shanghai wall time → ISO instant. */
const local = (s: string) => new Date(`${s.replace(' ', 'T')}:00+08:00`).toISOString();
/** The end (24:00 local) of a local day, as an ISO instant. */
const endOf = (day: string) => new Date(Date.parse(`${day}T00:00:00+08:00`) + 86_400_000).toISOString();

function timer(over: Partial<TimerInput>): TimerInput {
  return { unit: 'working_days', amount: 3, extensionAmount: 0, startedAt: '', stoppedAt: null, ...over };
}

describe('dueAt against the real calendar', () => {
  it.each([
    // 9/30 not counted; 10/1–10/8 holidays; 10/9 Thu, 10/10 Fri, 10/11 the 调休 Saturday.
    ['3 working days across National Day 2025', 'working_days', 3, '2025-09-30 10:00', endOf('2025-10-11')],
    ['1 working day from the 调休 Sunday 9/28', 'working_days', 1, '2025-09-28 09:00', endOf('2025-09-29')],
    [
      '3 working days into the 2026 Spring Festival',
      'working_days',
      3,
      '2026-02-13 10:00',
      endOf('2026-02-25'),
    ],
    ['1 working day from the 调休 Saturday 2/14', 'working_days', 1, '2026-02-14 09:00', endOf('2026-02-24')],
    [
      '15 working days across the Spring Festival',
      'working_days',
      15,
      '2026-02-10 09:00',
      endOf('2026-03-09'),
    ],
    ['10 calendar days count the holidays', 'calendar_days', 10, '2026-02-13 10:00', endOf('2026-02-23')],
    ['30 calendar days', 'calendar_days', 30, '2026-03-02 09:00', endOf('2026-04-01')],
    [
      'a start just before midnight still skips the start day',
      'calendar_days',
      1,
      '2026-03-02 23:59',
      endOf('2026-03-03'),
    ],
    ['24 hours count elapsed time', 'hours', 24, '2026-03-02 09:30', local('2026-03-03 09:30')],
  ] as const)('%s', (_name, unit, amount, start, due) => {
    const ev = evaluateTimer(
      timer({ unit, amount, startedAt: local(start) }),
      [],
      calendar,
      new Date(local(start)),
    );
    expect(ev.dueAt).toBe(due);
    expect(ev.usedShare).toBe(0);
    expect(ev.level).toBe('normal');
  });

  it('recomputes when the calendar changes: a new holiday moves a working-day deadline', () => {
    const t = timer({ unit: 'working_days', amount: 3, startedAt: local('2026-03-02 10:00') });
    const now = new Date(local('2026-03-03 12:00'));
    expect(evaluateTimer(t, [], calendar, now).dueAt).toBe(endOf('2026-03-05'));
    const edited = buildCalendar(
      [...calendar.exceptions]
        .map(([day, kind]) => ({ day, kind }))
        .concat([{ day: '2026-03-04', kind: 'holiday' }]),
    );
    expect(evaluateTimer(t, [], edited, now).dueAt).toBe(endOf('2026-03-06'));
  });
});

describe('pauses (中止): a suspended clock does not run', () => {
  const start = local('2026-03-02 10:00');
  const pause: PauseInput = { pausedAt: local('2026-03-05 00:00'), resumedAt: local('2026-03-10 00:00') };

  it.each([
    // 10 working days end 3/16; the pause 3/5–3/9 takes out 3/5, 3/6, 3/9: three working days.
    [
      'working days: moves by the paused working days',
      'working_days',
      10,
      endOf('2026-03-16'),
      endOf('2026-03-19'),
    ],
    [
      'calendar days: moves by the five paused days',
      'calendar_days',
      10,
      endOf('2026-03-12'),
      endOf('2026-03-17'),
    ],
    ['hours: moves by the paused hours', 'hours', 240, local('2026-03-12 10:00'), local('2026-03-17 10:00')],
  ] as const)('%s', (_name, unit, amount, without, withPause) => {
    const t = timer({ unit, amount, startedAt: start });
    const now = new Date(local('2026-03-11 12:00'));
    expect(evaluateTimer(t, [], calendar, now).dueAt).toBe(without);
    expect(evaluateTimer(t, [pause], calendar, now).dueAt).toBe(withPause);
  });

  it('hours across a closed pause count only the running time', () => {
    const t = timer({ unit: 'hours', amount: 24, startedAt: '2026-03-02T00:00:00.000Z' });
    const p = { pausedAt: '2026-03-02T06:00:00.000Z', resumedAt: '2026-03-02T09:00:00.000Z' };
    const ev = evaluateTimer(t, [p], calendar, new Date('2026-03-02T12:00:00.000Z'));
    expect(ev).toMatchObject({ dueAt: '2026-03-03T03:00:00.000Z', usedShare: 9 / 24, remaining: 15 });
    expect(ev.isPaused).toBe(false);
  });

  it('an open pause stops the count; the deadline is projected as if resumed now', () => {
    const t = timer({ unit: 'hours', amount: 24, startedAt: '2026-03-02T00:00:00.000Z' });
    const p = { pausedAt: '2026-03-02T06:00:00.000Z', resumedAt: null };
    const at10 = evaluateTimer(t, [p], calendar, new Date('2026-03-02T10:00:00.000Z'));
    const at20 = evaluateTimer(t, [p], calendar, new Date('2026-03-02T20:00:00.000Z'));
    expect(at10).toMatchObject({ isPaused: true, usedShare: 0.25, dueAt: '2026-03-03T04:00:00.000Z' });
    expect(at20).toMatchObject({ isPaused: true, usedShare: 0.25, dueAt: '2026-03-03T14:00:00.000Z' });
  });

  it('overlapping pauses are not subtracted twice', () => {
    const t = timer({ unit: 'hours', amount: 24, startedAt: '2026-03-02T00:00:00.000Z' });
    const pauses = [
      { pausedAt: '2026-03-02T02:00:00.000Z', resumedAt: '2026-03-02T05:00:00.000Z' },
      { pausedAt: '2026-03-02T04:00:00.000Z', resumedAt: '2026-03-02T06:00:00.000Z' },
    ];
    expect(evaluateTimer(t, pauses, calendar, new Date('2026-03-02T10:00:00.000Z')).usedMs).toBe(
      6 * 3_600_000,
    );
  });
});

describe('extensions and stops', () => {
  it('an extension moves the deadline by its amount', () => {
    const t = timer({ unit: 'calendar_days', amount: 30, startedAt: local('2026-03-02 09:00') });
    const now = new Date(local('2026-03-20 09:00'));
    expect(evaluateTimer(t, [], calendar, now).dueAt).toBe(endOf('2026-04-01'));
    expect(evaluateTimer({ ...t, extensionAmount: 10 }, [], calendar, now).dueAt).toBe(endOf('2026-04-11'));
  });

  it('a stopped timer counts nothing after its stop', () => {
    const t = timer({ unit: 'hours', amount: 10, startedAt: '2026-03-02T00:00:00.000Z' });
    const ev = evaluateTimer(
      { ...t, stoppedAt: '2026-03-02T04:00:00.000Z' },
      [],
      calendar,
      new Date('2026-03-03T00:00:00.000Z'),
    );
    expect(ev).toMatchObject({ usedShare: 0.4, level: 'normal', remaining: 6, isPaused: false });
  });
});

describe('levels', () => {
  const t = timer({ unit: 'hours', amount: 100, startedAt: '2026-03-02T00:00:00.000Z' });
  const at = (h: number) => new Date(Date.parse('2026-03-02T00:00:00.000Z') + h * 3_600_000);
  it.each([
    [0, 'normal', null, 100],
    [49, 'normal', null, 51],
    [50, 'normal', 'reminder', 50],
    [74, 'normal', 'reminder', 26],
    [75, 'yellow', 'yellow', 25],
    [99, 'yellow', 'yellow', 1],
    [100, 'red', 'red', 0],
    [150, 'red', 'red', -50],
  ] as const)('after %i of 100 hours: %s (%s), %i hours left', (h, level, stage, remaining) => {
    expect(evaluateTimer(t, [], calendar, at(h))).toMatchObject({
      level,
      stage,
      remaining,
      usedShare: h / 100,
    });
  });

  it.each([
    [[0.8], 50, 'normal', null],
    [[0.8], 80, 'yellow', 'yellow'],
    [[0.3, 0.6, 0.9], 65, 'normal', 'reminder'],
    [[0.3, 0.6, 0.9], 90, 'yellow', 'yellow'],
    [[], 99, 'normal', null],
  ] as const)('with shares %j after %i hours: %s', (warnShares, h, level, stage) => {
    expect(evaluateTimer({ ...t, warnShares }, [], calendar, at(h))).toMatchObject({ level, stage });
  });
});

describe('usedByOrg: counted time per organisation that held the case', () => {
  it('splits working days at the hand-over and leaves out rest days and pauses', () => {
    const t = timer({ unit: 'working_days', amount: 10, startedAt: local('2026-03-02 10:00') });
    const custody = [
      { orgId: 'street', startedAt: local('2026-03-02 10:00'), endedAt: local('2026-03-06 00:00') },
      { orgId: 'committee', startedAt: local('2026-03-06 00:00'), endedAt: null },
    ];
    const pause = { pausedAt: local('2026-03-04 00:00'), resumedAt: local('2026-03-04 12:00') };
    const now = new Date(local('2026-03-10 12:00'));
    // street: 3/3, 3/4 (half paused), 3/5 = 2.5; committee: 3/6, 3/9, half of 3/10 = 2.5.
    expect(usedByOrg(t, [pause], custody, calendar, now)).toEqual([
      { orgId: 'street', usedMs: 2.5 * 86_400_000, used: 2.5 },
      { orgId: 'committee', usedMs: 2.5 * 86_400_000, used: 2.5 },
    ]);
    expect(evaluateTimer(t, [pause], calendar, now).usedMs).toBe(5 * 86_400_000);
  });

  it('adds up the time of an organisation that held the case twice (a return)', () => {
    const t = timer({ unit: 'hours', amount: 48, startedAt: '2026-03-02T00:00:00.000Z' });
    const custody = [
      { orgId: 'a', startedAt: '2026-03-02T00:00:00.000Z', endedAt: '2026-03-02T05:00:00.000Z' },
      { orgId: 'b', startedAt: '2026-03-02T05:00:00.000Z', endedAt: '2026-03-02T08:00:00.000Z' },
      { orgId: 'a', startedAt: '2026-03-02T08:00:00.000Z', endedAt: null },
    ];
    const byOrg = usedByOrg(t, [], custody, calendar, new Date('2026-03-02T10:00:00.000Z'));
    expect(byOrg.map(({ orgId, used }) => [orgId, used])).toEqual([
      ['a', 7],
      ['b', 3],
    ]);
  });
});

describe('reminderShareOf', () => {
  it.each([
    [undefined, 0.5],
    [[0.75, 0.5], 0.5],
    [[0.8], 1],
    [[0.3, 0.6, 0.9], 0.3],
    [[], 1],
  ] as const)('shares %j → reminder at %d', (shares, expected) => {
    expect(reminderShareOf(shares)).toBe(expected);
  });
});
