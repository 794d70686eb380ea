/**
 * The case state machine (DESIGN.md §3; STYLE.md §5): the statuses, the actions and ONE
 * transition table. For each action: the statuses it may start from, where it leads,
 * the roles that may take it, what it must carry, and any guard on the case's flags.
 * Pure: `decideAction` and `allowedActions` read the table; `applyCaseAction` in
 * case-actions.service.ts is the only writer of a case's status.
 */
import type { Role } from '../../db/tables.ts';
import type { Actor } from '../../lib/context.ts';
import { DomainError, ValidationFailed, type FieldError } from '../../lib/errors.ts';
import { isInSubtree } from '../../lib/scope.ts';

export const STATUSES = [
  'registered', // 登记
  'accepted', // 受理 (awaiting dispatch)
  'rejected', // 不予受理
  'dispatched', // 交办
  'returned', // 退回 (back with the dispatcher)
  'in_progress', // 办理中
  'mediated_success', // 调解成功
  'mediated_failed', // 调解不成
  'resolved', // 办结
  'archived', // 归档
] as const;
export type CaseStatus = (typeof STATUSES)[number];

/** Statuses in which a case is still being worked (deadlines run, to-do lists show it). */
export const OPEN_STATUSES: readonly CaseStatus[] = [
  'registered',
  'accepted',
  'dispatched',
  'returned',
  'in_progress',
  'mediated_success',
  'mediated_failed',
];

export type Requirement = 'reason' | 'orgId' | 'outcome' | 'extensionAmount';

export interface CaseFacts {
  status: CaseStatus;
  isSuspended: boolean;
  hasExtensionRequest: boolean;
}

type Guard = (c: CaseFacts) => boolean;

interface Transition {
  from: readonly CaseStatus[];
  /** Next status; `null` keeps the status (clock, co-handling, extension actions). */
  to: CaseStatus | null | ((payload: ActionPayload) => CaseStatus);
  roles: readonly Role[];
  requires: readonly Requirement[];
  guard?: Guard;
  /** Chinese name for events and the UI. */
  label: string;
}

const WORKERS = ['handler', 'mediator', 'grid_worker'] as const;
const notSuspended: Guard = (c) => !c.isSuspended;

export const TRANSITIONS = {
  accept: {
    from: ['registered'],
    to: 'accepted',
    roles: ['intake', 'dispatcher'],
    requires: [],
    label: '受理',
  },
  reject: {
    from: ['registered'],
    to: 'rejected',
    roles: ['intake', 'dispatcher'],
    requires: ['reason'],
    label: '不予受理',
  },
  dispatch: {
    from: ['accepted', 'returned'],
    to: 'dispatched',
    roles: ['dispatcher'],
    requires: ['orgId'],
    label: '交办',
  },
  co_handle: {
    from: ['dispatched', 'in_progress'],
    to: null,
    roles: ['dispatcher'],
    requires: ['orgId'],
    label: '协办',
  },
  return: {
    from: ['dispatched', 'in_progress'],
    to: 'returned',
    roles: [...WORKERS, 'dispatcher'],
    requires: ['reason'],
    guard: notSuspended,
    label: '退回',
  },
  transfer: {
    from: ['dispatched', 'in_progress', 'returned'],
    to: 'dispatched',
    roles: ['dispatcher'],
    requires: ['orgId', 'reason'],
    guard: notSuspended,
    label: '转办',
  },
  escalate: {
    from: ['accepted', 'dispatched', 'in_progress', 'returned'],
    to: 'accepted',
    roles: [...WORKERS, 'dispatcher'],
    requires: ['reason'],
    guard: notSuspended,
    label: '上报',
  },
  start: {
    from: ['dispatched'],
    to: 'in_progress',
    roles: [...WORKERS, 'dispatcher'],
    requires: [],
    label: '开始办理',
  },
  suspend: {
    from: ['in_progress'],
    to: null,
    roles: [...WORKERS],
    requires: ['reason'],
    guard: notSuspended,
    label: '中止计时',
  },
  resume: {
    from: ['in_progress'],
    to: null,
    roles: [...WORKERS],
    requires: [],
    guard: (c) => c.isSuspended,
    label: '恢复计时',
  },
  request_extension: {
    from: ['dispatched', 'in_progress'],
    to: null,
    roles: [...WORKERS],
    requires: ['reason', 'extensionAmount'],
    guard: (c) => !c.hasExtensionRequest,
    label: '申请延期',
  },
  approve_extension: {
    from: ['dispatched', 'in_progress'],
    to: null,
    roles: ['leader'],
    requires: [],
    guard: (c) => c.hasExtensionRequest,
    label: '审批延期',
  },
  record_outcome: {
    from: ['in_progress'],
    to: (p) => (p.outcome === 'success' ? 'mediated_success' : 'mediated_failed'),
    roles: [...WORKERS],
    requires: ['outcome'],
    guard: notSuspended,
    label: '记录调解结果',
  },
  resolve: {
    from: ['in_progress', 'mediated_success', 'mediated_failed'],
    to: 'resolved',
    roles: [...WORKERS, 'dispatcher'],
    requires: [],
    guard: notSuspended,
    label: '办结',
  },
  reopen: {
    from: ['resolved'],
    to: 'in_progress',
    roles: ['dispatcher', 'leader', ...WORKERS],
    requires: ['reason'],
    label: '重新办理',
  },
  archive: {
    from: ['resolved'],
    to: 'archived',
    roles: ['dispatcher', 'admin'],
    requires: [],
    label: '归档',
  },
} as const satisfies Record<string, Transition>;

export type CaseAction = keyof typeof TRANSITIONS;
export const ACTIONS = Object.keys(TRANSITIONS) as CaseAction[];

export interface ActionPayload {
  orgId?: string;
  userId?: string;
  note?: string;
  reason?: string;
  deadline?: string;
  outcome?: 'success' | 'failure';
  extensionAmount?: number;
  approved?: boolean;
}

/** The actions the actor may take on the case now (the UI draws its buttons from this). */
export function allowedActions(facts: CaseFacts, actor: Actor, canAct: boolean): CaseAction[] {
  if (!canAct) return [];
  return ACTIONS.filter((action) => {
    const t: Transition = TRANSITIONS[action];
    return (
      t.from.includes(facts.status) &&
      t.roles.some((r) => actor.roles.includes(r)) &&
      (!t.guard || t.guard(facts))
    );
  });
}

/** Actions that fit the case's state, whoever asks (for the 409 answer). */
function actionsForState(facts: CaseFacts): CaseAction[] {
  return ACTIONS.filter((a) => {
    const t: Transition = TRANSITIONS[a];
    return t.from.includes(facts.status) && (!t.guard || t.guard(facts));
  });
}

/**
 * Decides an action: the next status, or an error.
 * @throws DomainError action-not-allowed (409) naming the current status and the
 *         allowed actions when the action does not fit the state; Forbidden-like
 *         action-not-allowed when the role may not take it; ValidationFailed when
 *         the payload lacks what the action must carry.
 */
export function decideAction(
  facts: CaseFacts,
  action: CaseAction,
  actor: Actor,
  canAct: boolean,
  payload: ActionPayload,
): { to: CaseStatus; label: string } {
  const t: Transition = TRANSITIONS[action];
  const allowed = allowedActions(facts, actor, canAct);
  if (!t.from.includes(facts.status) || (t.guard && !t.guard(facts))) {
    throw new DomainError(
      'action-not-allowed',
      `"${action}" does not fit a case that is ${facts.status}${facts.isSuspended ? ' (clock suspended)' : ''}`,
      {
        extensions: {
          currentStatus: facts.status,
          allowedActions: allowed,
          possibleActions: actionsForState(facts),
        },
      },
    );
  }
  if (!canAct || !t.roles.some((r) => actor.roles.includes(r))) {
    throw new DomainError(
      'forbidden',
      canAct
        ? `"${action}" needs one of the roles: ${t.roles.join(', ')}`
        : 'The case is not held by your organisation',
      {
        extensions: { currentStatus: facts.status, allowedActions: allowed },
      },
    );
  }
  const missing: FieldError[] = t.requires
    .filter(
      (field) =>
        payload[field] === undefined ||
        payload[field] === '' ||
        (typeof payload[field] === 'string' && !String(payload[field]).trim()),
    )
    .map((field) => ({
      pointer: `#/${field}`,
      code: 'required',
      detail: `${field} is required for ${action}`,
    }));
  if (missing.length) throw new ValidationFailed(missing.map((m) => m.detail).join('; '), missing);
  const to = t.to === null ? facts.status : typeof t.to === 'function' ? t.to(payload) : t.to;
  return { to, label: t.label };
}

/** Whether the actor's organisation holds the case: its current organisation lies in their subtree. */
export function canActOn(actor: Actor, currentOrgPath: string): boolean {
  return isInSubtree(actor.orgPath, currentOrgPath);
}

/** The facts the table's guards read, from a case row. */
export function factsOf(row: {
  status: string;
  isSuspended: number;
  extensionRequest: string | null;
}): CaseFacts {
  return {
    status: row.status as CaseStatus,
    isSuspended: row.isSuspended === 1,
    hasExtensionRequest: row.extensionRequest !== null,
  };
}
