/**
 * 待办 and 待分流: the cases the caller's own organisation holds now (`held=true`), narrowed by status,
 * deadline level or supervision. Pure: the tabs and their query strings.
 */
import type { ListCasesQuery } from '../../../modules/cases/cases.schemas.ts';
import type { CaseStatus } from '../../../modules/cases/case-lifecycle.ts';

/** The part of `GET /api/v1/cases`'s query the held lists use. */
export type HeldQuery = Pick<ListCasesQuery, 'status' | 'overdue' | 'deadlineLevel' | 'supervised'> &
  ({ held: true } | { heldBelow: true });

/** Statuses in which a case is still being worked (the server's OPEN_STATUSES). */
export const OPEN_STATUSES = [
  'registered',
  'accepted',
  'dispatched',
  'returned',
  'in_progress',
  'mediated_success',
  'mediated_failed',
] as const satisfies readonly CaseStatus[];

/** Cases waiting for the dispatcher (分流交办): new, accepted, or returned by the handler. */
export const AWAITING_DISPATCH = [
  'registered',
  'accepted',
  'returned',
] as const satisfies readonly CaseStatus[];

export const TODO_TABS = [
  'all',
  'dispatched',
  'in_progress',
  'returned',
  'yellow',
  'overdue',
  'supervised',
] as const;
export type TodoTab = (typeof TODO_TABS)[number];

const open = OPEN_STATUSES.join(',');

/** The list query of a to-do tab; every tab keeps to open cases (a resolved case is no longer to do). */
export function todoQuery(tab: TodoTab): HeldQuery {
  switch (tab) {
    case 'dispatched':
    case 'in_progress':
    case 'returned':
      return { held: true, status: tab };
    case 'yellow':
      return { held: true, status: open, deadlineLevel: 'yellow' };
    case 'overdue':
      return { held: true, status: open, overdue: true };
    case 'supervised':
      return { held: true, status: open, supervised: true };
    default:
      return { held: true, status: open };
  }
}

/** The dispatcher's desk: what their organisation holds and has not handed on yet. */
/** The desk covers the dispatcher's whole subtree: a grid's or community's case waits for its street. */
export const DISPATCH_QUERY: HeldQuery = { heldBelow: true, status: AWAITING_DISPATCH.join(',') };

/** A tab name from the URL (`?tab=`), `all` for anything unknown. */
export function parseTodoTab(value: string | null): TodoTab {
  return TODO_TABS.find((tab) => tab === value) ?? 'all';
}
