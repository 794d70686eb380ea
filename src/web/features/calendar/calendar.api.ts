/**
 * The district calendar (DESIGN.md §3: working days follow public holidays and 调休 working days): the
 * exceptions of a year, and the district admin's edits (`PUT` / `DELETE /api/v1/calendar/:day`).
 */
import { useQuery } from '@tanstack/react-query';
import { api, request } from '../../api/client.ts';

export type CalendarKind = 'holiday' | 'workday';

/** One exception day as `GET /api/v1/calendar` lists it. */
export interface CalendarDay {
  /** Local date `YYYY-MM-DD` (Asia/Shanghai). */
  day: string;
  kind: CalendarKind;
  name: string;
  /** `official`: the State Council schedule shipped with the system; `admin`: set by hand. */
  source: 'official' | 'admin';
  updatedAt: string;
}

export const CALENDAR_QUERY_KEY = ['calendar'] as const;

/** The exceptions of `year`. */
export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: [...CALENDAR_QUERY_KEY, year],
    queryFn: ({ signal }) => api.get<{ year: number; items: CalendarDay[] }>('/calendar', { year }, signal),
    placeholderData: (previous) => previous,
  });
}

const dayPath = (day: string) => `/calendar/${encodeURIComponent(day)}`;

export const setCalendarDay = (day: string, kind: CalendarKind, name: string) =>
  request<CalendarDay>('PUT', dayPath(day), { json: { kind, name } });
export const clearCalendarDay = (day: string) => api.delete<void>(dayPath(day));
