/**
 * Pure helpers of the deadline bar (DESIGN.md §3: near a deadline a case turns yellow 预警, past it red 超期).
 */
import type { Locale } from '../../i18n/translate.ts';
import type { CaseTimer, DeadlineProfile } from './deadlines.api.ts';

export type DeadlineLevel = 'normal' | 'reminder' | 'yellow' | 'red';

/** The bar's colour per level: green while on time, amber when warned, red when overdue. */
export const LEVEL_COLORS: Record<DeadlineLevel, string> = {
  normal: '#52c41a',
  reminder: '#52c41a',
  yellow: '#faad14',
  red: '#ff4d4f',
};

/** The colour of a level the server sent (unknown levels count as normal). */
export function levelColor(level: string): string {
  return LEVEL_COLORS[level as DeadlineLevel] ?? LEVEL_COLORS.normal;
}

/** The share of the time used as a whole percentage for the bar: 0–100 (overdue stays at 100). */
export function usedPercent(usedShare: number): number {
  if (!Number.isFinite(usedShare) || usedShare <= 0) return 0;
  return Math.min(100, Math.round(usedShare * 100));
}

const LEVEL_RANK: Record<string, number> = { red: 3, yellow: 2, reminder: 1, normal: 0 };

/**
 * The most urgent open timer (the server's `deadline` of a case): the highest level, then the earliest due.
 * Stopped timers no longer count; undefined when none is open.
 */
export function mostUrgentTimer(timers: readonly CaseTimer[]): CaseTimer | undefined {
  return timers
    .filter((timer) => timer.status !== 'stopped')
    .sort(
      (a, b) => (LEVEL_RANK[b.level] ?? 0) - (LEVEL_RANK[a.level] ?? 0) || a.dueAt.localeCompare(b.dueAt),
    )[0];
}

/** A time amount for people: whole units as they are, fractions to one decimal (`2.5`). */
export function formatAmount(amount: number): string {
  const rounded = Math.round(amount * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** A profile's name in the UI language, found by code; the code itself when unknown. */
export function profileLabel(
  profiles: readonly Pick<DeadlineProfile, 'code' | 'nameZh' | 'nameEn'>[] | undefined,
  code: string | null | undefined,
  locale: Locale,
): string {
  if (!code) return '';
  const profile = profiles?.find((item) => item.code === code);
  if (!profile) return code;
  return locale === 'en' ? profile.nameEn : profile.nameZh;
}
