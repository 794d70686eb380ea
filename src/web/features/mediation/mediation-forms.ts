/**
 * Pure rules and mappings of the mediation screens: who may see and do what on a case (the server's
 * `requireWorkableCase` and the statuses each route accepts), and the forms' values to request bodies
 * (amounts in yuan → fen, picked times read as Beijing time, empty text left out), and back from the
 * server's error pointers to form fields.
 */
import { shanghaiIso, yuanToFen, type WallClock } from '../cases/case-form.ts';
import type { CreateAgreementBody, ScheduleSessionBody, SessionRecordBody } from './mediation.api.ts';

/** Roles that may do mediation work (sessions.service.ts MEDIATING_ROLES). */
export const MEDIATING_ROLES = ['mediator', 'handler', 'grid_worker', 'dispatcher'] as const;

/** Statuses in which the workspace shows: in progress and every status after it (DESIGN.md §3). */
export const WORKSPACE_STATUSES = [
  'in_progress',
  'mediated_success',
  'mediated_failed',
  'resolved',
  'archived',
] as const;

export interface MediationAccess {
  /** The case is in progress or later and held within the user's subtree. */
  visible: boolean;
  schedule: boolean;
  record: boolean;
  refuse: boolean;
  agree: boolean;
  checkTerms: boolean;
  undisputedFacts: boolean;
  judicial: boolean;
}

/**
 * What the user may do on the case now. The server checks the same (role, holder, status) and stays the
 * authority; this only spares people buttons that would be refused.
 */
export function mediationAccess(args: {
  status: string;
  currentOrgId: string;
  /** The organisations of the user's subtree (`GET /orgs`). */
  visibleOrgIds: ReadonlySet<string>;
  roles: readonly string[];
}): MediationAccess {
  const held = args.visibleOrgIds.has(args.currentOrgId);
  const visible = held && (WORKSPACE_STATUSES as readonly string[]).includes(args.status);
  const works = visible && MEDIATING_ROLES.some((role) => args.roles.includes(role));
  const in_ = (...statuses: string[]) => works && statuses.includes(args.status);
  return {
    visible,
    schedule: in_('in_progress'),
    record: in_('in_progress', 'mediated_success', 'mediated_failed'),
    refuse: in_('in_progress'),
    agree: in_('in_progress', 'mediated_success'),
    checkTerms: in_('in_progress', 'mediated_success', 'mediated_failed', 'resolved'),
    undisputedFacts: visible && args.status === 'mediated_failed',
    judicial: in_('mediated_success', 'resolved'),
  };
}

const text = (value: string | undefined | null) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

export interface ScheduleFormValues {
  startsAt?: WallClock | null;
  online?: boolean;
  place?: string;
  mediatorIds?: string[];
  inviteePartyIds?: string[];
}

export function toScheduleBody(values: ScheduleFormValues): ScheduleSessionBody {
  const place = text(values.place);
  return {
    startsAt: values.startsAt ? shanghaiIso(values.startsAt) : '',
    ...(values.online ? { online: true } : {}),
    ...(place && !values.online ? { place } : {}),
    mediatorIds: values.mediatorIds ?? [],
    ...(values.inviteePartyIds ? { inviteePartyIds: values.inviteePartyIds } : {}),
  };
}

export interface RecordFormValues {
  parties?: { partyId: string; present?: boolean; statement?: string }[];
  facts?: string;
  proposals?: string;
}

/** The record body; a party who said nothing has no statement (the server wants text in each). */
export function toRecordBody(values: RecordFormValues): SessionRecordBody {
  const parties = values.parties ?? [];
  return {
    attendance: parties.map((p) => ({ partyId: p.partyId, present: p.present === true })),
    statements: parties.flatMap((p) => {
      const statement = text(p.statement);
      return statement ? [{ partyId: p.partyId, text: statement }] : [];
    }),
    facts: text(values.facts) ?? '',
    proposals: text(values.proposals) ?? '',
  };
}

/** The record editor's values for a session: what was recorded, else every party present and silent. */
export function recordFormValues(
  partyIds: readonly string[],
  record: SessionRecordBody | null | undefined,
): RecordFormValues {
  return {
    parties: partyIds.map((partyId) => ({
      partyId,
      present: record ? (record.attendance.find((a) => a.partyId === partyId)?.present ?? false) : true,
      statement: record?.statements.find((s) => s.partyId === partyId)?.text ?? '',
    })),
    facts: record?.facts ?? '',
    proposals: record?.proposals ?? '',
  };
}

/** Reads a session's stored record (typed `unknown` by the server schema). */
export function asRecord(value: unknown): SessionRecordBody | null {
  if (!value || typeof value !== 'object') return null;
  const record = value as Partial<SessionRecordBody>;
  return Array.isArray(record.attendance) && Array.isArray(record.statements)
    ? (record as SessionRecordBody)
    : null;
}

export interface TermFormValues {
  obligorPartyId?: string;
  obligation?: string;
  amountYuan?: number | null;
  dueDate?: WallClock | null;
}

export interface AgreementFormValues {
  form?: 'written' | 'oral';
  facts?: string;
  disputedMatters?: string;
  terms?: TermFormValues[];
  performanceCheck?: string;
  copies?: number | null;
  sessionId?: string;
  effectiveOn?: WallClock | null;
}

export function toAgreementBody(values: AgreementFormValues): CreateAgreementBody {
  const performanceCheck = text(values.performanceCheck);
  return {
    form: values.form ?? 'written',
    facts: text(values.facts) ?? '',
    disputedMatters: text(values.disputedMatters) ?? '',
    terms: (values.terms ?? []).map((term) => ({
      ...(term.obligorPartyId ? { obligorPartyId: term.obligorPartyId } : {}),
      obligation: text(term.obligation) ?? '',
      ...(term.amountYuan === null || term.amountYuan === undefined
        ? {}
        : { amountFen: yuanToFen(term.amountYuan) }),
      ...(term.dueDate ? { dueDate: term.dueDate.format('YYYY-MM-DD') } : {}),
    })),
    ...(performanceCheck ? { performanceCheck } : {}),
    ...(values.copies ? { copies: values.copies } : {}),
    ...(values.sessionId ? { sessionId: values.sessionId } : {}),
    ...(values.effectiveOn ? { effectiveOn: values.effectiveOn.format('YYYY-MM-DD') } : {}),
  };
}

const AGREEMENT_FIELDS = new Set(['form', 'facts', 'disputedMatters', 'performanceCheck', 'copies']);
const TERM_FIELDS = new Set(['obligorPartyId', 'obligation', 'dueDate']);

/**
 * The agreement form's field a server pointer names: `#/facts` → `['facts']`, `#/terms/1/amountFen` →
 * `['terms', 1, 'amountYuan']`; undefined when the form has no such field (shown above the form).
 */
export function agreementFieldPath(pointer: string | undefined): (string | number)[] | undefined {
  const [head, index, field] = (pointer ?? '').replace(/^#/, '').split('/').filter(Boolean);
  if (head === 'terms' && index !== undefined && field !== undefined) {
    const row = Number(index);
    if (!Number.isInteger(row)) return undefined;
    if (field === 'amountFen') return ['terms', row, 'amountYuan'];
    return TERM_FIELDS.has(field) ? ['terms', row, field] : undefined;
  }
  if (head === 'effectiveOn' || head === 'sessionId') return [head];
  return head !== undefined && index === undefined && AGREEMENT_FIELDS.has(head) ? [head] : undefined;
}
