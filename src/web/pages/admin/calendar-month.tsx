/**
 * One month of the calendar page: a Monday-first grid where holidays (放假) are red, adjusted working days
 * (调休上班) blue and ordinary weekends grey, each exception named on hover; the month's exceptions listed
 * by name underneath. A click on a day asks to change it.
 */
import { Card, Tooltip, Typography } from 'antd';
import type { CSSProperties } from 'react';
import type { CalendarDay } from '../../features/calendar/calendar.api.ts';
import { dayKind, exceptionRuns, monthWeeks, type DayKind } from '../../features/calendar/month-grid.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export const DAY_STYLES: Record<DayKind, CSSProperties> = {
  holiday: { background: '#fff1f0', color: '#cf1322', border: '1px solid #ffa39e', fontWeight: 600 },
  workday: { background: '#e6f4ff', color: '#0958d9', border: '1px solid #91caff', fontWeight: 600 },
  weekend: { color: '#8c8c8c', border: '1px solid transparent' },
  weekday: { border: '1px solid transparent' },
};

interface Props {
  year: number;
  month: number;
  exceptions: Map<string, CalendarDay>;
  items: readonly CalendarDay[];
  onPick: (day: string, weekday: number) => void;
}

export function CalendarMonth({ year, month, exceptions, items, onPick }: Props) {
  const { t } = useI18n();
  const runs = exceptionRuns(items, year, month);
  return (
    <Card
      size="small"
      title={t('workCalendar.month', { month })}
      data-testid={`calendar-month-${month}`}
      style={{ height: '100%' }}
    >
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, textAlign: 'center' }}>
        {WEEKDAYS.map((weekday) => (
          <Typography.Text key={weekday} type="secondary" style={{ fontSize: 12 }}>
            {t(`workCalendar.weekday.${weekday}`)}
          </Typography.Text>
        ))}
        {monthWeeks(year, month)
          .flat()
          .map((cell, index) => {
            if (!cell) return <span key={`pad-${index}`} />;
            const exception = exceptions.get(cell.day);
            const kind = dayKind(cell.weekday, exception);
            const button = (
              <button
                type="button"
                onClick={() => onPick(cell.day, cell.weekday)}
                data-day={cell.day}
                data-kind={kind}
                aria-label={exception ? `${cell.day} ${exception.name}` : cell.day}
                style={{
                  ...DAY_STYLES[kind],
                  borderRadius: 4,
                  padding: '3px 0',
                  cursor: 'pointer',
                  fontSize: 13,
                  lineHeight: '18px',
                  background: DAY_STYLES[kind].background ?? 'transparent',
                }}
              >
                {cell.date}
              </button>
            );
            return exception ? (
              <Tooltip
                key={cell.day}
                title={`${exception.name} · ${t(`workCalendar.kind.${exception.kind}`)}`}
              >
                {button}
              </Tooltip>
            ) : (
              <span key={cell.day} style={{ display: 'contents' }}>
                {button}
              </span>
            );
          })}
      </div>
      {runs.length > 0 && (
        <div style={{ marginTop: 8, fontSize: 12, lineHeight: '18px' }}>
          {runs.map((run) => (
            <div key={run.first} style={{ color: DAY_STYLES[run.kind].color }}>
              {run.name} · {t(`workCalendar.kind.${run.kind}`)} {run.first.slice(5)}
              {run.last !== run.first ? ` – ${run.last.slice(5)}` : ''}
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
