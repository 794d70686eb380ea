import { describe, expect, it } from 'vitest';
import { ACTION_FIELDS, REQUIRED_FIELDS, buildActionBody, orderedActions } from './case-action-fields.ts';

describe('case action fields', () => {
  it('asks for a reason wherever the state machine requires one', () => {
    for (const action of [
      'reject',
      'return',
      'transfer',
      'escalate',
      'suspend',
      'request_extension',
      'reopen',
    ] as const) {
      expect(REQUIRED_FIELDS[action], action).toContain('reason');
    }
    expect(REQUIRED_FIELDS.dispatch).toEqual(['orgId']);
    expect(REQUIRED_FIELDS.record_outcome).toEqual(['outcome']);
    expect(ACTION_FIELDS.start).toEqual([]);
  });

  it('requires only fields the action shows', () => {
    for (const [action, required] of Object.entries(REQUIRED_FIELDS)) {
      const shown: readonly string[] = ACTION_FIELDS[action as keyof typeof ACTION_FIELDS];
      for (const field of required) expect(shown, `${action}.${field}`).toContain(field);
    }
  });

  it('orders the allowed actions and drops unknown ones', () => {
    expect(orderedActions(['return', 'start', 'request_extension', 'dance'])).toEqual([
      'start',
      'request_extension',
      'return',
    ]);
  });
});

describe('buildActionBody', () => {
  it('keeps only the action’s own fields, trimmed, without empty ones', () => {
    expect(
      buildActionBody('dispatch', 4, {
        orgId: 'org-1',
        coHandlerOrgIds: [],
        note: '  请尽快办理 ',
        reason: 'not a dispatch field',
        deadline: '2026-12-20',
        userId: '',
      }),
    ).toEqual({ action: 'dispatch', version: 4, orgId: 'org-1', note: '请尽快办理', deadline: '2026-12-20' });
  });

  it('sends an extension refusal as approved: false', () => {
    expect(buildActionBody('approve_extension', 2, { approved: false, note: '' })).toEqual({
      action: 'approve_extension',
      version: 2,
      approved: false,
    });
  });

  it('sends nothing but the action and version for start', () => {
    expect(buildActionBody('start', 7, { note: 'ignored' })).toEqual({ action: 'start', version: 7 });
  });
});
