/**
 * The district calendar (DESIGN.md §3): public holidays and adjusted working days (调休)
 * on top of the weekday rule, and the working-day arithmetic deadlines count on.
 */
export {
  listCalendarYear,
  setCalendarDay,
  deleteCalendarDay,
  loadCalendar,
  requireDistrictAdmin,
  type CalendarDayView,
} from './calendar.service.ts';
export {
  buildCalendar,
  isWorkingDay,
  addWorkingDays,
  workingDaysBetween,
  isValidDay,
  shiftDay,
  weekdayOf,
  type CalendarLookup,
  type CalendarDayKind,
} from './working-days.ts';
export { calendarRoutes } from './calendar.routes.ts';
