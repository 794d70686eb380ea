import { describe, expect, it } from 'vitest';
import { ROLES } from '../../db/tables.ts';
import type { Actor } from '../../lib/context.ts';
import { type DomainError } from '../../lib/errors.ts';
import {
  ACTIONS,
  STATUSES,
  TRANSITIONS,
  allowedActions,
  decideAction,
  type ActionPayload,
  type CaseFacts,
} from './case-lifecycle.ts';

const everyone: Actor = {
  userId: 'u',
  username: 'all',
  displayName: '全能',
  orgId: 'o',
  orgPath: '/o/',
  roles: [...ROLES],
  via: 'session',
};
const full: ActionPayload = { orgId: 'x', reason: '原因', outcome: 'success', extensionAmount: 5 };
const facts = (status: (typeof STATUSES)[number], extra: Partial<CaseFacts> = {}): CaseFacts => ({
  status,
  isSuspended: false,
  hasExtensionRequest: false,
  ...extra,
});

const pairs = STATUSES.flatMap((status) => ACTIONS.map((action) => [status, action] as const));

describe('the transition table', () => {
  it.each(pairs)('%s × %s: allowed exactly when the table says so', (status, action) => {
    const t = TRANSITIONS[action];
    const fits =
      (t.from as readonly string[]).includes(status) && (!('guard' in t) || t.guard(facts(status)));
    if (fits) {
      expect(decideAction(facts(status), action, everyone, true, full).to).toBeDefined();
    } else {
      const err = (() => {
        try {
          decideAction(facts(status), action, everyone, true, full);
        } catch (e) {
          return e as DomainError;
        }
        return undefined;
      })();
      expect(err?.kind).toBe('action-not-allowed');
      expect(err?.extensions.currentStatus).toBe(status);
      expect(err?.extensions.allowedActions).toEqual(allowedActions(facts(status), everyone, true));
    }
  });

  it('leads record_outcome to success or failure by the payload', () => {
    expect(
      decideAction(facts('in_progress'), 'record_outcome', everyone, true, { outcome: 'success' }).to,
    ).toBe('mediated_success');
    expect(
      decideAction(facts('in_progress'), 'record_outcome', everyone, true, { outcome: 'failure' }).to,
    ).toBe('mediated_failed');
  });

  it('keeps the status for clock and extension actions', () => {
    expect(decideAction(facts('in_progress'), 'suspend', everyone, true, full).to).toBe('in_progress');
    expect(decideAction(facts('in_progress', { isSuspended: true }), 'resume', everyone, true, {}).to).toBe(
      'in_progress',
    );
  });

  it('guards on the clock and on a pending extension', () => {
    expect(allowedActions(facts('in_progress', { isSuspended: true }), everyone, true)).toEqual(
      expect.arrayContaining(['resume', 'request_extension']),
    );
    expect(allowedActions(facts('in_progress', { isSuspended: true }), everyone, true)).not.toContain(
      'suspend',
    );
    expect(allowedActions(facts('in_progress', { isSuspended: true }), everyone, true)).not.toContain(
      'resolve',
    );
    expect(allowedActions(facts('in_progress', { hasExtensionRequest: true }), everyone, true)).toContain(
      'approve_extension',
    );
    expect(allowedActions(facts('in_progress'), everyone, true)).not.toContain('approve_extension');
  });

  it('requires what each action must carry', () => {
    expect(() => decideAction(facts('registered'), 'reject', everyone, true, {})).toThrow(
      /reason is required/,
    );
    expect(() => decideAction(facts('accepted'), 'dispatch', everyone, true, {})).toThrow(
      /orgId is required/,
    );
    expect(() => decideAction(facts('dispatched'), 'return', everyone, true, { reason: '  ' })).toThrow(
      /reason is required/,
    );
  });

  it('gives no actions to a user whose organisation does not hold the case, and only their roles’ actions', () => {
    expect(allowedActions(facts('accepted'), everyone, false)).toEqual([]);
    const mediator: Actor = { ...everyone, roles: ['mediator'] };
    expect(allowedActions(facts('dispatched'), mediator, true).sort()).toEqual(
      ['escalate', 'request_extension', 'return', 'start'].sort(),
    );
    expect(() => decideAction(facts('accepted'), 'dispatch', mediator, true, full)).toThrow(
      /needs one of the roles: dispatcher/,
    );
  });
});
