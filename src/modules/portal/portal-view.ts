/**
 * What a citizen sees of their case (issue 6, "Progress"): the status in plain words, the
 * body handling it, the sessions they are invited to, the documents meant for them and a
 * timeline. Pure. The timeline is built from a whitelist of event types: anything not
 * listed (internal steps, supervision, notes, other modules' events) is left out, and no
 * event's note, actor or other party's particulars are ever copied into it — only the
 * lead mediator of a session is named.
 */
import { TIME_ZONE } from '../../lib/time.ts';

/** Each status in plain Chinese words for the citizen. */
export const STATUS_TEXT: Record<string, string> = {
  registered: '已登记，等待受理',
  accepted: '已受理，正在确定办理单位',
  rejected: '不予受理',
  dispatched: '已交办，等待办理单位处理',
  returned: '正在重新确定办理单位',
  in_progress: '正在办理',
  mediated_success: '调解成功，等待办结',
  mediated_failed: '调解未成功，正在依法处理',
  resolved: '已办结',
  archived: '已办结',
};

const OUTCOME_TEXT: Record<string, string> = {
  agreed: '调解达成协议',
  partly_agreed: '调解达成部分协议',
  failed: '本次调解未达成协议',
};

/** A time as the citizen reads it: `2026-03-05 10:00`, Asia/Shanghai. */
export function localDateTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

export interface EventInput {
  at: string;
  type: string;
  data: unknown;
}

export interface SessionInput {
  id: string;
  startsAt: string;
  place: string | null;
  isOnline: boolean;
  status: string;
  inviteePartyIds: string[];
  mediators: { name: string; isLead: boolean }[];
}

export interface AgreementInput {
  id: string;
  number: string;
}

export interface TimelineEntry {
  at: string;
  /** The event type, for the page's icon. */
  kind: string;
  text: string;
}

/** The lead mediator's name of a session (the one staff name a citizen is shown). */
export function leadMediator(session: Pick<SessionInput, 'mediators'>): string | null {
  return (session.mediators.find((m) => m.isLead) ?? session.mediators[0])?.name ?? null;
}

function sessionText(session: SessionInput): string {
  const where = session.isOnline ? '网上调解' : (session.place ?? '');
  const mediator = leadMediator(session);
  return `安排调解：${localDateTime(session.startsAt)}，${where}${mediator ? `，调解员${mediator}` : ''}`;
}

function field(data: unknown, key: string): string | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** The session an event is about, when `partyId` is invited to it. */
function invitedTo(e: EventInput, ctx: { partyId: string; sessions: SessionInput[] }) {
  const session = ctx.sessions.find((s) => s.id === field(e.data, 'sessionId'));
  return session?.inviteePartyIds.includes(ctx.partyId) ? session : undefined;
}

/** One event in plain words for `partyId`, or undefined to leave it out. */
function describe(
  e: EventInput,
  ctx: { partyId: string; sessions: SessionInput[]; agreements: AgreementInput[] },
): string | undefined {
  switch (e.type) {
    case 'registered':
      return field(e.data, 'channel') === 'online' ? '纠纷已在网上提交登记' : '纠纷已登记';
    case 'accept':
      return '已受理';
    case 'reject':
      return '不予受理';
    case 'dispatch':
      return field(e.data, 'orgName') ? `已交由${field(e.data, 'orgName')}办理` : '已交办';
    case 'transfer':
    case 'return':
    case 'escalate':
      return '办理单位调整中';
    case 'start':
      return '开始办理';
    case 'session_scheduled': {
      const session = invitedTo(e, ctx);
      return session ? sessionText(session) : undefined;
    }
    case 'session_rescheduled': {
      const session = invitedTo(e, ctx);
      const startsAt = field(e.data, 'startsAt');
      if (!session || !startsAt) return undefined;
      return `调解改期：改为${localDateTime(startsAt)}`;
    }
    case 'session_cancelled': {
      const startsAt = field(e.data, 'startsAt');
      if (!invitedTo(e, ctx) || !startsAt) return undefined;
      return `原定${localDateTime(startsAt)}的调解已取消，如有新的安排会另行通知`;
    }
    case 'session_outcome':
      return OUTCOME_TEXT[field(e.data, 'outcome') ?? ''];
    case 'mediation_refused':
      return '有当事人拒绝调解，调解终止';
    case 'agreement_reached': {
      const agreement = ctx.agreements.find((a) => a.id === field(e.data, 'agreementId'));
      return agreement ? `达成调解协议（${agreement.number}）` : '达成调解协议';
    }
    case 'agreement_voided': {
      const number = field(e.data, 'number');
      return number ? `调解协议（${number}）已作废` : '调解协议已作废';
    }
    case 'room_draft_confirmed':
      return field(e.data, 'partyId') === ctx.partyId ? '您已在网上调解室确认协议草案' : undefined;
    case 'record_outcome':
      return field(e.data, 'outcome') === 'success' ? '调解成功' : '调解未成功';
    case 'resolve':
      return '已办结';
    case 'reopen':
      return '重新办理';
    case 'archive':
      return '已归档';
    case 'rated':
      return field(e.data, 'partyId') === ctx.partyId ? '您已提交满意度评价' : undefined;
    default:
      return undefined;
  }
}

/** The case's events in plain words, oldest first, leaving out everything not meant for the citizen. */
export function citizenTimeline(
  events: EventInput[],
  ctx: { partyId: string; sessions: SessionInput[]; agreements: AgreementInput[] },
): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const e of events) {
    const text = describe(e, ctx);
    if (text) out.push({ at: e.at, kind: e.type, text });
  }
  return out;
}

/** Sessions still to come that invite `partyId`, soonest first. */
export function upcomingSessions(sessions: SessionInput[], partyId: string, now: Date) {
  return sessions
    .filter(
      (s) =>
        s.status === 'scheduled' &&
        s.inviteePartyIds.includes(partyId) &&
        Date.parse(s.startsAt) >= now.getTime(),
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((s) => ({
      id: s.id,
      startsAt: s.startsAt,
      place: s.isOnline ? null : s.place,
      isOnline: s.isOnline,
      mediator: leadMediator(s),
    }));
}
