/**
 * The district calendar (DESIGN.md §3): the exceptions to "Monday–Friday work,
 * Saturday–Sunday rest" — public holidays and adjusted working days (调休). Shipped with
 * the State Council schedules, edited by the district admin. Deadlines are evaluated on
 * read against this table, so an edit here moves every open working-day deadline.
 */
import { inTransaction } from '../../db/dialect.ts';
import type { CalendarDaysTable } from '../../db/tables.ts';
import { withDb, type Actor, type ServiceContext } from '../../lib/context.ts';
import { Forbidden, NotFound, invalidField } from '../../lib/errors.ts';
import { requireActor, requireRole } from '../../lib/scope.ts';
import { localYear } from '../../lib/time.ts';
import { recordAudit } from '../audit/index.ts';
import * as q from './calendar.queries.ts';
import { buildCalendar, isValidDay, type CalendarDayKind, type CalendarLookup } from './working-days.ts';

export interface CalendarDayView {
  day: string;
  kind: CalendarDayKind;
  name: string;
  source: 'official' | 'admin';
  updatedAt: string;
}

const toView = (r: CalendarDaysTable): CalendarDayView => ({
  day: r.day,
  kind: r.kind,
  name: r.name,
  source: r.source,
  updatedAt: r.updatedAt,
});

/**
 * District-wide settings (calendar, deadline profiles) are edited only by an admin
 * whose organisation is a root of the tree: a street admin must not move the
 * deadlines of the whole district. @throws Forbidden otherwise.
 */
export function requireDistrictAdmin(ctx: ServiceContext, what = 'district-wide settings'): Actor {
  const actor = requireRole(ctx.actor, 'admin');
  if (actor.orgPath.split('/').filter(Boolean).length !== 1)
    throw new Forbidden(`Only a district admin may edit ${what}`);
  return actor;
}

function checkDay(day: string): void {
  if (!isValidDay(day)) throw invalidField('#/day', 'format', 'day must be a real date YYYY-MM-DD');
}

/** The calendar's exceptions in `year` (default: the current local year); any signed-in user. */
export async function listCalendarYear(
  ctx: ServiceContext,
  year?: number,
): Promise<{ year: number; items: CalendarDayView[] }> {
  requireActor(ctx.actor);
  const y = year ?? localYear(ctx.clock.now());
  return { year: y, items: (await q.selectCalendarYear(ctx.db, y)).map(toView) };
}

/**
 * Marks `day` as a holiday or an adjusted working day (source `admin`), replacing any
 * official entry. District admin only; audited with the previous value.
 * @throws ValidationFailed naming `#/day` for an impossible date.
 */
export async function setCalendarDay(
  ctx: ServiceContext,
  day: string,
  input: { kind: CalendarDayKind; name: string },
): Promise<CalendarDayView> {
  requireDistrictAdmin(ctx, 'the calendar');
  checkDay(day);
  return inTransaction(ctx.db, async (trx) => {
    const before = await q.selectCalendarDay(trx, day);
    const row: CalendarDaysTable = {
      day,
      kind: input.kind,
      name: input.name,
      source: 'admin',
      updatedAt: ctx.clock.now().toISOString(),
    };
    await q.upsertCalendarDay(trx, row);
    await recordAudit(withDb(ctx, trx), {
      action: 'calendar.set',
      targetType: 'calendar_day',
      targetId: day,
      detail: { kind: input.kind, name: input.name, before: before ? toView(before) : null },
    });
    return toView(row);
  });
}

/**
 * Removes the exception for `day`: it follows the weekday rule again. District admin
 * only; audited. @throws NotFound when the day has no exception.
 */
export async function deleteCalendarDay(ctx: ServiceContext, day: string): Promise<void> {
  requireDistrictAdmin(ctx, 'the calendar');
  checkDay(day);
  await inTransaction(ctx.db, async (trx) => {
    const before = await q.selectCalendarDay(trx, day);
    if (!before) throw new NotFound('Calendar exception');
    await q.deleteCalendarDay(trx, day);
    await recordAudit(withDb(ctx, trx), {
      action: 'calendar.delete',
      targetType: 'calendar_day',
      targetId: day,
      detail: { before: toView(before) },
    });
  });
}

/**
 * The whole calendar as a lookup for deadline evaluation. No scope: the calendar is
 * district-wide and public. Read at evaluation time, never cached across requests.
 */
export async function loadCalendar(ctx: ServiceContext): Promise<CalendarLookup> {
  return buildCalendar(await q.selectAllCalendarDays(ctx.db));
}
