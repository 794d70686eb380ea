import { describe, expect, it } from 'vitest';
import { STATUSES } from '../cases/index.ts';
import {
  STATUS_TEXT,
  citizenTimeline,
  localDateTime,
  upcomingSessions,
  type SessionInput,
} from './portal-view.ts';

const session = (over: Partial<SessionInput> = {}): SessionInput => ({
  id: 's1',
  startsAt: '2026-03-05T02:00:00.000Z',
  place: '第一调解室',
  isOnline: false,
  status: 'scheduled',
  inviteePartyIds: ['me', 'other'],
  mediators: [
    { name: '李调解', isLead: true },
    { name: '王助理', isLead: false },
  ],
  ...over,
});

describe('the citizen’s view', () => {
  it('has plain words for every status', () => {
    for (const status of STATUSES) expect(STATUS_TEXT[status], status).toBeTruthy();
  });

  it('shows times in Asia/Shanghai', () => {
    expect(localDateTime('2026-03-05T02:00:00.000Z')).toBe('2026-03-05 10:00');
    expect(localDateTime('2026-03-05T16:30:00.000Z')).toBe('2026-03-06 00:30');
  });

  const ctx = { partyId: 'me', sessions: [session()], agreements: [{ id: 'a1', number: '调〔2026〕第1号' }] };

  it.each<[string, { type: string; data: unknown }, string | undefined]>([
    ['online registration', { type: 'registered', data: { channel: 'online' } }, '纠纷已在网上提交登记'],
    [
      'a dispatch, naming the body',
      { type: 'dispatch', data: { orgName: '区劳动调委会', userId: 'u1' } },
      '已交由区劳动调委会办理',
    ],
    ['a transfer, without its reason', { type: 'transfer', data: { orgName: '某局' } }, '办理单位调整中'],
    [
      'a session, naming only the lead mediator',
      { type: 'session_scheduled', data: { sessionId: 's1' } },
      '安排调解：2026-03-05 10:00，第一调解室，调解员李调解',
    ],
    [
      'an agreement, by its number',
      { type: 'agreement_reached', data: { agreementId: 'a1' } },
      '达成调解协议（调〔2026〕第1号）',
    ],
    [
      'a refusal, without who refused',
      { type: 'mediation_refused', data: { partyName: '赵老板' } },
      '有当事人拒绝调解，调解终止',
    ],
    [
      'a session moved, with its new time',
      {
        type: 'session_rescheduled',
        data: { sessionId: 's1', from: '2026-03-05T02:00:00.000Z', startsAt: '2026-03-06T06:30:00.000Z' },
      },
      '调解改期：改为2026-03-06 14:30',
    ],
    [
      'a session called off, without the staff’s reason',
      { type: 'session_cancelled', data: { sessionId: 's1', startsAt: '2026-03-05T02:00:00.000Z' } },
      '原定2026-03-05 10:00的调解已取消，如有新的安排会另行通知',
    ],
    [
      'an agreement voided, by its number',
      { type: 'agreement_voided', data: { agreementId: 'a1', number: '调〔2026〕第1号' } },
      '调解协议（调〔2026〕第1号）已作废',
    ],
    [
      'the citizen’s own confirmation of a draft',
      { type: 'room_draft_confirmed', data: { partyId: 'me', sessionId: 's1' } },
      '您已在网上调解室确认协议草案',
    ],
    [
      'another party’s confirmation: left out',
      { type: 'room_draft_confirmed', data: { partyId: 'other', sessionId: 's1' } },
      undefined,
    ],
    ['the citizen’s own rating', { type: 'rated', data: { partyId: 'me' } }, '您已提交满意度评价'],
    ['another party’s rating: left out', { type: 'rated', data: { partyId: 'other' } }, undefined],
    ['a supervision: left out', { type: 'supervise', data: {} }, undefined],
    ['a visit: left out', { type: 'visit', data: { note: 'x' } }, undefined],
    ['a rating review: left out', { type: 'rating_review', data: {} }, undefined],
    ['a suspension: left out', { type: 'suspend', data: {} }, undefined],
    ['an unknown event: left out', { type: 'something_new', data: {} }, undefined],
  ])('%s', (_name, event, text) => {
    const out = citizenTimeline([{ at: '2026-03-02T01:00:00.000Z', ...event }], ctx);
    expect(out.map((e) => e.text)).toEqual(text ? [text] : []);
  });

  it.each(['session_scheduled', 'session_rescheduled', 'session_cancelled'])(
    'leaves out %s for sessions the citizen is not invited to',
    (type) => {
      const notMine = { ...ctx, sessions: [session({ inviteePartyIds: ['other'] })] };
      const data = { sessionId: 's1', startsAt: '2026-03-05T02:00:00.000Z' };
      expect(citizenTimeline([{ at: 'x', type, data }], notMine)).toEqual([]);
    },
  );

  it('lists only sessions to come that invite the citizen, soonest first', () => {
    const now = new Date('2026-03-04T00:00:00.000Z');
    const list = upcomingSessions(
      [
        session({ id: 'late', startsAt: '2026-03-09T02:00:00.000Z', isOnline: true, place: '内部会议号' }),
        session({ id: 'past', startsAt: '2026-03-03T02:00:00.000Z' }),
        session({ id: 'cancelled', status: 'cancelled' }),
        session({ id: 'other', inviteePartyIds: ['other'] }),
        session({ id: 'soon' }),
      ],
      'me',
      now,
    );
    expect(list).toEqual([
      {
        id: 'soon',
        startsAt: '2026-03-05T02:00:00.000Z',
        place: '第一调解室',
        isOnline: false,
        mediator: '李调解',
      },
      { id: 'late', startsAt: '2026-03-09T02:00:00.000Z', place: null, isOnline: true, mediator: '李调解' },
    ]);
  });
});
