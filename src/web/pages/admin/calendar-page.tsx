/**
 * 工作日历 (district admin): a year at a glance — holidays red, adjusted working days (调休) blue, each with
 * its name — from the official State Council schedules shipped with the system and the admin's edits. A
 * click on a day sets it as a holiday, a working day, or back to the weekday rule.
 */
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { isProblem } from '../../api/client.ts';
import { useCalendarYear } from '../../features/calendar/calendar.api.ts';
import { byDay } from '../../features/calendar/month-grid.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { useCardSize } from '../cases/use-card-size.ts';
import { CalendarDayModal, type DayTarget } from './calendar-day-modal.tsx';
import { CalendarMonth, DAY_STYLES } from './calendar-month.tsx';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);
const SAMPLE_DATES = { holiday: 1, workday: 8, weekend: 6 } as const;

function Legend() {
  const { t } = useI18n();
  const swatch = (kind: 'holiday' | 'workday' | 'weekend', label: string) => (
    <Space size={4} key={kind}>
      <span
        aria-hidden
        style={{
          ...DAY_STYLES[kind],
          display: 'inline-block',
          minWidth: 26,
          textAlign: 'center',
          borderRadius: 4,
        }}
      >
        {SAMPLE_DATES[kind]}
      </span>
      <Typography.Text type="secondary">{label}</Typography.Text>
    </Space>
  );
  return (
    <Space wrap size={16}>
      {swatch('holiday', t('workCalendar.kind.holiday'))}
      {swatch('workday', t('workCalendar.kind.workday'))}
      {swatch('weekend', t('workCalendar.weekend'))}
    </Space>
  );
}

/** The current year in Shanghai. */
function shanghaiYear(): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date()),
  );
}

export function CalendarPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const cardSize = useCardSize();
  const [year, setYear] = useState(shanghaiYear);
  const [target, setTarget] = useState<DayTarget>();
  const calendar = useCalendarYear(year);
  const items = useMemo(
    () => (calendar.data?.year === year ? calendar.data.items : []),
    [calendar.data, year],
  );
  const exceptions = useMemo(() => byDay(items), [items]);

  return (
    <Card
      size={cardSize}
      title={t('workCalendar.title')}
      extra={
        <Space size={4}>
          <Button
            icon={<LeftOutlined />}
            aria-label={t('workCalendar.prevYear')}
            onClick={() => setYear((y) => y - 1)}
          />
          <Typography.Text
            strong
            style={{ minWidth: 56, display: 'inline-block', textAlign: 'center' }}
            data-testid="calendar-year"
          >
            {t('workCalendar.year', { year })}
          </Typography.Text>
          <Button
            icon={<RightOutlined />}
            aria-label={t('workCalendar.nextYear')}
            onClick={() => setYear((y) => y + 1)}
          />
        </Space>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('workCalendar.intro')}</Typography.Text>
        <Legend />
        {calendar.isError && (
          <Alert
            type="error"
            showIcon
            title={isProblem(calendar.error) ? problemText(i18n, calendar.error) : String(calendar.error)}
          />
        )}
        {!calendar.isPending && items.length === 0 && (
          <Alert type="warning" showIcon title={t('workCalendar.noData', { year })} />
        )}
        <Spin spinning={calendar.isFetching}>
          <Row gutter={[12, 12]}>
            {MONTHS.map((month) => (
              <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
                <CalendarMonth
                  year={year}
                  month={month}
                  exceptions={exceptions}
                  items={items}
                  onPick={(day, weekday) => setTarget({ day, weekday, exception: exceptions.get(day) })}
                />
              </Col>
            ))}
          </Row>
        </Spin>
      </Space>
      <CalendarDayModal target={target} onClose={() => setTarget(undefined)} />
    </Card>
  );
}
