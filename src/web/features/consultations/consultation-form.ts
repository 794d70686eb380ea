/**
 * The consultation forms' values and their mapping to the API, both ways: the convening form (the "3" —
 * judge, chief mediator, legal-aid lawyer — each a colleague picked or a name typed, plus the departments,
 * the "X") becomes `POST /cases/:id/consultations`; the minutes form (attendance ticks, decisions with
 * owner and due day) becomes `PUT /consultations/:cid/minutes`. Server pointers map back to form fields.
 */
import type { ConveneBody, MinutesBody } from '../../../modules/consultations/consultations.schemas.ts';
import type { FieldPath, WallClock } from '../cases/case-form.ts';
import { shanghaiIso } from '../cases/case-form.ts';

/** One of the "3": a colleague (`userId`) or an outside person by name (a judge usually is). */
export interface CoreSeat {
  userId?: string;
  name?: string;
}

/** The form fields of the "3", in the order they are sent (so `#/participants/0` is the judge). */
export const CORE_SEATS = [
  ['judge', 'judge'],
  ['chiefMediator', 'chief_mediator'],
  ['legalAid', 'legal_aid'],
] as const;

export interface ConveneFormValues {
  title?: string;
  scheduledAt?: WallClock | null;
  place?: string;
  judge?: CoreSeat;
  chiefMediator?: CoreSeat;
  legalAid?: CoreSeat;
  /** The departments concerned (the "X"), organisation ids. */
  departmentIds?: string[];
}

const text = (value: string | undefined | null) => value?.trim() ?? '';

function seat(kind: ConveneBody['participants'][number]['kind'], value: CoreSeat | undefined) {
  if (value?.userId) return { kind, userId: value.userId };
  return { kind, name: text(value?.name) };
}

/** The body of `POST /cases/:id/consultations`; the "3" come first, then one entry per department. */
export function toConveneBody(values: ConveneFormValues): ConveneBody {
  return {
    title: text(values.title),
    scheduledAt: values.scheduledAt ? shanghaiIso(values.scheduledAt) : '',
    place: text(values.place),
    participants: [
      ...CORE_SEATS.map(([field, kind]) => seat(kind, values[field])),
      ...[...new Set(values.departmentIds ?? [])].map((orgId) => ({ kind: 'department' as const, orgId })),
    ],
  };
}

const segmentsOf = (pointer: string | undefined) =>
  (pointer ?? '').replace(/^#/, '').split('/').filter(Boolean);

/**
 * The convening form's field a pointer names: `#/title` → `['title']`, `#/participants/1/userId` →
 * `['chiefMediator', 'userId']`, `#/participants/4/orgId` → `['departmentIds']`, `#/participants` (a
 * missing one of the "3") → undefined, shown above the form.
 */
export function convenePathOfPointer(pointer: string | undefined): FieldPath | undefined {
  const [head, index, field] = segmentsOf(pointer);
  if (head === 'title' || head === 'scheduledAt' || head === 'place') return [head];
  if (head !== 'participants' || index === undefined) return undefined;
  const seatIndex = Number(index);
  if (!Number.isInteger(seatIndex)) return undefined;
  const core = CORE_SEATS[seatIndex];
  if (!core) return ['departmentIds'];
  return [core[0], field === 'userId' ? 'userId' : 'name'];
}

export interface DecisionFormValues {
  content?: string;
  ownerOrgId?: string;
  ownerUserId?: string;
  dueOn?: WallClock | null;
}

export interface MinutesFormValues {
  minutes?: string;
  /** Ids of the participants who came. */
  attendedIds?: string[];
  decisions?: DecisionFormValues[];
}

/**
 * The body of `PUT /consultations/:cid/minutes`: every participant's attendance (ticked or not), and the
 * decisions; blank rows (no content) are left out.
 */
export function toMinutesBody(values: MinutesFormValues, participantIds: readonly string[]): MinutesBody {
  const attended = new Set(values.attendedIds ?? []);
  return {
    minutes: text(values.minutes),
    attendance: participantIds.map((participantId) => ({
      participantId,
      attended: attended.has(participantId),
    })),
    decisions: (values.decisions ?? [])
      .filter((d) => text(d.content) !== '')
      .map((d) => ({
        content: text(d.content),
        ownerOrgId: d.ownerOrgId ?? '',
        ...(d.ownerUserId ? { ownerUserId: d.ownerUserId } : {}),
        dueOn: d.dueOn ? d.dueOn.format('YYYY-MM-DD') : '',
      })),
  };
}

/**
 * The minutes form's field a pointer names: `#/minutes` → `['minutes']`, `#/decisions/1/dueOn` →
 * `['decisions', 1, 'dueOn']`, `#/attendance/…` → `['attendedIds']`. The decisions' indexes are those of
 * the body, equal to the form's as long as no blank row precedes them (blank rows are not sent).
 */
export function minutesPathOfPointer(pointer: string | undefined): FieldPath | undefined {
  const [head, index, field] = segmentsOf(pointer);
  if (head === 'minutes') return ['minutes'];
  if (head === 'attendance') return ['attendedIds'];
  if (head !== 'decisions') return undefined;
  const row = Number(index);
  if (!Number.isInteger(row) || !field) return undefined;
  return ['content', 'ownerOrgId', 'ownerUserId', 'dueOn'].includes(field)
    ? ['decisions', row, field]
    : undefined;
}
