import { describe, expect, it } from 'vitest';
import type { CaseTimer } from './deadlines.api.ts';
import { formatAmount, levelColor, mostUrgentTimer, profileLabel, usedPercent } from './deadline-view.ts';

const timer = (overrides: Partial<CaseTimer>): CaseTimer => ({
  id: 't',
  kind: 'handling',
  profileCode: 'handling',
  unit: 'working_days',
  amount: 15,
  extensionAmount: 0,
  status: 'running',
  startedAt: '2026-11-25T00:00:00.000Z',
  stoppedAt: null,
  dueAt: '2026-12-15T16:00:00.000Z',
  usedShare: 0.1,
  level: 'normal',
  remaining: 10,
  isPaused: false,
  pauses: [],
  byOrg: [],
  ...overrides,
});

describe('deadline bar helpers', () => {
  it('colours by level: green, amber, red', () => {
    expect(levelColor('normal')).toBe('#52c41a');
    expect(levelColor('yellow')).toBe('#faad14');
    expect(levelColor('red')).toBe('#ff4d4f');
    expect(levelColor('unheard-of')).toBe('#52c41a');
  });

  it('shows the time used as 0–100 %, overdue staying full', () => {
    expect(usedPercent(0)).toBe(0);
    expect(usedPercent(0.755)).toBe(76);
    expect(usedPercent(1.8)).toBe(100);
    expect(usedPercent(Number.NaN)).toBe(0);
  });

  it('picks the most urgent open timer: highest level, then earliest due', () => {
    const late = timer({ id: 'late', dueAt: '2026-12-30T00:00:00.000Z' });
    const early = timer({ id: 'early', dueAt: '2026-12-01T00:00:00.000Z' });
    const red = timer({ id: 'red', level: 'red', dueAt: '2027-01-01T00:00:00.000Z' });
    const stopped = timer({ id: 'stopped', level: 'red', status: 'stopped' });
    expect(mostUrgentTimer([late, early])?.id).toBe('early');
    expect(mostUrgentTimer([late, red, early, stopped])?.id).toBe('red');
    expect(mostUrgentTimer([stopped])).toBeUndefined();
  });

  it('writes amounts and profile names for people', () => {
    expect(formatAmount(3)).toBe('3');
    expect(formatAmount(2.46)).toBe('2.5');
    const profiles = [{ code: 'acceptance', nameZh: '受理时限', nameEn: 'Acceptance' }];
    expect(profileLabel(profiles, 'acceptance', 'zh-CN')).toBe('受理时限');
    expect(profileLabel(profiles, 'acceptance', 'en')).toBe('Acceptance');
    expect(profileLabel(profiles, 'gone', 'zh-CN')).toBe('gone');
    expect(profileLabel(profiles, null, 'zh-CN')).toBe('');
  });
});
