/**
 * 调解日程 (/mediation/calendar): the sessions the signed-in mediator leads or joins, in a month calendar
 * with a chip per session (a dot on phones), and the selected day's sessions listed with their cases.
 * Days are Beijing days (DESIGN.md §6).
 */
import { Calendar, Card, Col, Empty, List, Row, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
// Registers dayjs's Chinese calendar names (周一…, 十一月) and Monday-first weeks, which Ant Design's
// pickers and calendar look up by the zh_CN locale; without it they fall back to English.
import 'dayjs/locale/zh-cn';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { calendarRange, groupByDay, shanghaiTime } from '../../features/mediation/mediation-dates.ts';
import { useCalendar, type CalendarSession } from '../../features/mediation/mediation.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { OutcomeTag, ProblemAlert, SessionStatusTag } from './mediation-ui.tsx';

const DAY = 'YYYY-MM-DD';

function Chip({ session }: { session: CalendarSession }) {
  return (
    <div
      title={`${session.caseNumber} ${session.caseSubject}`}
      data-testid="calendar-chip"
      style={{
        fontSize: 12,
        lineHeight: '18px',
        padding: '0 4px',
        marginBottom: 2,
        borderRadius: 4,
        background: session.status === 'cancelled' ? '#f5f5f5' : '#e6f4ff',
        borderInlineStart: `3px solid ${session.isLead ? '#722ed1' : '#1677ff'}`,
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        textDecoration: session.status === 'cancelled' ? 'line-through' : undefined,
      }}
    >
      {shanghaiTime(session.startsAt)} {session.caseSubject}
    </div>
  );
}

function DayList({ day, sessions }: { day: Dayjs; sessions: readonly CalendarSession[] }) {
  const { t } = useI18n();
  const cardSize = useCardSize();
  return (
    <Card size={cardSize} title={t('calendar.dayTitle', { day: day.format(DAY) })} data-testid="calendar-day">
      {sessions.length === 0 ? (
        <Empty description={t('calendar.dayEmpty')} />
      ) : (
        <List
          dataSource={[...sessions]}
          renderItem={(session) => (
            <List.Item key={session.id}>
              <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap size={6}>
                  <Typography.Text strong>{shanghaiTime(session.startsAt)}</Typography.Text>
                  <Link to={`/cases/${encodeURIComponent(session.caseId)}`}>{session.caseNumber}</Link>
                  {session.isLead && <Tag color="purple">{t('session.lead')}</Tag>}
                  <SessionStatusTag status={session.status} />
                  <OutcomeTag outcome={session.outcome} />
                </Space>
                <Typography.Text>{session.caseSubject}</Typography.Text>
                <Typography.Text type="secondary">
                  {session.isOnline ? t('session.onlineYes') : session.place}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export function MediationCalendarPage() {
  const { t } = useI18n();
  const cardSize = useCardSize();
  const isPhone = cardSize === 'small';
  const [selected, setSelected] = useState<Dayjs>(() => dayjs());
  const [panel, setPanel] = useState<Dayjs>(() => dayjs());
  const range = calendarRange(panel.year(), panel.month() + 1);
  const calendar = useCalendar(range.from, range.to);
  const byDay = useMemo(() => groupByDay(calendar.data ?? []), [calendar.data]);
  const ofDay = (day: Dayjs) => byDay.get(day.format(DAY)) ?? [];

  return (
    <Space orientation="vertical" size={isPhone ? 8 : 16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('calendar.title')}
      </Typography.Title>
      <ProblemAlert error={calendar.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={17}>
          <Card
            size={cardSize}
            styles={{ body: { padding: isPhone ? 4 : 12 } }}
            data-testid="mediation-calendar"
          >
            <Calendar
              fullscreen={!isPhone}
              value={selected}
              onSelect={(day) => {
                setSelected(day);
                setPanel(day);
              }}
              onPanelChange={(day) => setPanel(day)}
              fullCellRender={
                isPhone
                  ? (day, info) =>
                      info.type === 'date' ? (
                        <div className="ant-picker-cell-inner" style={{ position: 'relative' }}>
                          {day.date()}
                          {ofDay(day).length > 0 && (
                            <span
                              data-testid="calendar-dot"
                              style={{
                                position: 'absolute',
                                left: '50%',
                                bottom: -3,
                                width: 5,
                                height: 5,
                                marginLeft: -2,
                                borderRadius: '50%',
                                background: '#1677ff',
                              }}
                            />
                          )}
                        </div>
                      ) : (
                        info.originNode
                      )
                  : undefined
              }
              cellRender={(day, info) =>
                info.type === 'date' && !isPhone
                  ? ofDay(day).map((session) => <Chip key={session.id} session={session} />)
                  : null
              }
            />
          </Card>
        </Col>
        <Col xs={24} xxl={7}>
          <DayList day={selected} sessions={ofDay(selected)} />
        </Col>
      </Row>
    </Space>
  );
}
