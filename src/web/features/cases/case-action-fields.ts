/**
 * What each action of the case state machine asks of the user (DESIGN.md §3): the action panel draws one
 * button per allowed action and its modal shows exactly these fields. The table is checked at compile time
 * against the server's transition table: every field an action `requires` there must be listed here.
 */
import type { TRANSITIONS } from '../../../modules/cases/case-lifecycle.ts';
import type { CaseAction, CaseActionBody } from './case-actions.api.ts';

/** A field of the action body the modal may show. */
export type ActionField = Exclude<keyof CaseActionBody, 'action' | 'version'>;

type Required<A extends CaseAction> = (typeof TRANSITIONS)[A]['requires'][number];

/** The fields of each action's modal, in display order. */
export const ACTION_FIELDS = {
  accept: ['note'],
  reject: ['reason'],
  dispatch: ['orgId', 'coHandlerOrgIds', 'userId', 'deadline', 'note'],
  co_handle: ['orgId', 'note'],
  return: ['reason'],
  transfer: ['orgId', 'userId', 'reason', 'note'],
  escalate: ['reason'],
  start: [],
  suspend: ['reason'],
  resume: [],
  request_extension: ['extensionAmount', 'reason'],
  approve_extension: ['approved', 'note'],
  record_outcome: ['outcome', 'note'],
  resolve: ['note'],
  reopen: ['reason'],
  archive: [],
} as const satisfies { [A in CaseAction]: readonly ActionField[] };

/** Fields the server refuses the action without (the modal marks them required). */
export const REQUIRED_FIELDS = {
  accept: [],
  reject: ['reason'],
  dispatch: ['orgId'],
  co_handle: ['orgId'],
  return: ['reason'],
  transfer: ['orgId', 'reason'],
  escalate: ['reason'],
  start: [],
  suspend: ['reason'],
  resume: [],
  request_extension: ['extensionAmount', 'reason'],
  approve_extension: ['approved'],
  record_outcome: ['outcome'],
  resolve: [],
  reopen: ['reason'],
  archive: [],
} as const satisfies { [A in CaseAction]: readonly (typeof ACTION_FIELDS)[A][number][] };

/**
 * Compiles only when every field the server's transition table `requires` for an action is required here
 * too (so the modal never sends an action the server must refuse for a missing field).
 */
type MissingRequired = {
  [A in CaseAction]: Exclude<Required<A>, (typeof REQUIRED_FIELDS)[A][number]>;
}[CaseAction];
const complete: [MissingRequired] extends [never] ? true : never = true;
void complete;

/** Buttons in this order; the first allowed one of `PRIMARY_ACTIONS` is the primary button. */
export const ACTION_ORDER: readonly CaseAction[] = [
  'accept',
  'dispatch',
  'start',
  'record_outcome',
  'resolve',
  'co_handle',
  'transfer',
  'suspend',
  'resume',
  'request_extension',
  'approve_extension',
  'escalate',
  'return',
  'reject',
  'reopen',
  'archive',
];
export const PRIMARY_ACTIONS: ReadonlySet<CaseAction> = new Set([
  'accept',
  'dispatch',
  'start',
  'record_outcome',
  'resolve',
]);
export const DANGER_ACTIONS: ReadonlySet<CaseAction> = new Set(['reject', 'return']);

/** The known actions among `allowed` (the server's `allowedActions`), in button order. */
export function orderedActions(allowed: readonly string[]): CaseAction[] {
  return ACTION_ORDER.filter((action) => allowed.includes(action));
}

/** What the modal's form holds; `deadline` is already `YYYY-MM-DD`. */
export type ActionFormValues = Partial<Omit<CaseActionBody, 'action' | 'version'>>;

/**
 * The request body of `action`: only the action's own fields, strings trimmed, empty values dropped (the
 * server answers 400 for fields an action does not take only when they break the schema, but an empty
 * `note` would still be recorded as the event's text).
 */
export function buildActionBody(
  action: CaseAction,
  version: number,
  values: ActionFormValues,
): CaseActionBody {
  const body: Record<string, unknown> = { action, version };
  for (const field of ACTION_FIELDS[action] as readonly ActionField[]) {
    const raw = values[field];
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    body[field] = value;
  }
  return body as CaseActionBody;
}
