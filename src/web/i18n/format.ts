/**
 * Dates are stored in UTC and shown in Asia/Shanghai (DESIGN.md §6).
 */
import type { Locale } from './translate.ts';

const FORMATTERS = new Map<Locale, Intl.DateTimeFormat>();

/** `2025-03-01 14:05` in Shanghai time; the input itself when it is not a date. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let formatter = FORMATTERS.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'en' ? 'en-CA' : 'zh-CN', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    FORMATTERS.set(locale, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The calendar day of an instant in Shanghai, as numbers (for a written date: 2025 年 3 月 1 日). */
export function shanghaiDateParts(iso: string): { year: number; month: number; day: number } | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  // Beijing time is UTC+8 all year (no daylight saving), so shifting by eight hours gives its calendar day.
  const shifted = new Date(date.getTime() + 8 * 60 * 60 * 1000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** An amount in fen as yuan with two decimals and thousands separators: 123456 → `1,234.56`. */
export function formatFen(fen: number): string {
  return (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
