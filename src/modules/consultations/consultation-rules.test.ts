import { describe, expect, it } from 'vitest';
import {
  decisionKey,
  isOverdue,
  missingCoreKinds,
  participantErrors,
  type ParticipantShape,
} from './consultation-rules.ts';

const judge: ParticipantShape = { kind: 'judge', name: '王法官' };
const chief: ParticipantShape = { kind: 'chief_mediator', userId: 'u-chief' };
const lawyer: ParticipantShape = { kind: 'legal_aid', orgId: 'o-aid' };

describe('missingCoreKinds', () => {
  it.each([
    [['judge', 'chief_mediator', 'legal_aid'], []],
    [['judge', 'chief_mediator', 'legal_aid', 'department', 'department'], []],
    [['judge', 'legal_aid'], ['chief_mediator']],
    [
      ['department', 'other'],
      ['judge', 'chief_mediator', 'legal_aid'],
    ],
    [[], ['judge', 'chief_mediator', 'legal_aid']],
  ])('%j lacks %j', (kinds, missing) => {
    expect(missingCoreKinds(kinds)).toEqual(missing);
  });
});

describe('participantErrors', () => {
  it.each<[string, ParticipantShape[], { pointer: string; code: string }[]]>([
    ['the "3" alone', [judge, chief, lawyer], []],
    ['the "3" plus a department', [judge, chief, lawyer, { kind: 'department', orgId: 'o-dept' }], []],
    [
      'no legal-aid lawyer',
      [judge, chief, { kind: 'department', orgId: 'o-dept' }],
      [{ pointer: '#/participants', code: 'missing_core' }],
    ],
    [
      'a department without an organisation',
      [judge, chief, lawyer, { kind: 'department', name: '住建局' }],
      [{ pointer: '#/participants/3/orgId', code: 'required' }],
    ],
    [
      'a participant with nothing to say who',
      [judge, chief, lawyer, { kind: 'other', name: '  ' }],
      [{ pointer: '#/participants/3', code: 'required' }],
    ],
    [
      'the same user twice',
      [judge, chief, lawyer, { kind: 'other', userId: 'u-chief' }],
      [{ pointer: '#/participants/3', code: 'duplicate' }],
    ],
    [
      'the same outside person twice',
      [judge, { ...judge, name: ' 王法官 ' }, chief, lawyer],
      [{ pointer: '#/participants/1', code: 'duplicate' }],
    ],
  ])('%s', (_label, participants, expected) => {
    expect(participantErrors(participants).map(({ pointer, code }) => ({ pointer, code }))).toEqual(expected);
  });

  it('names the missing kinds', () => {
    const [error] = participantErrors([judge]);
    expect(error!.detail).toContain('chief_mediator, legal_aid');
  });
});

describe('decisionKey', () => {
  const base = { content: '住建局牵头核查房屋质量', ownerOrgId: 'o1', dueOn: '2026-03-10' };
  it.each([
    ['whitespace around and inside', { ...base, content: '  住建局牵头核查房屋质量 ' }, true],
    ['no owner user and a null owner user', { ...base, ownerUserId: null }, true],
    ['another owner organisation', { ...base, ownerOrgId: 'o2' }, false],
    ['another owner user', { ...base, ownerUserId: 'u1' }, false],
    ['another due day', { ...base, dueOn: '2026-03-11' }, false],
    ['other content', { ...base, content: '住建局牵头核查' }, false],
  ])('%s: same task is %s', (_label, other, same) => {
    expect(decisionKey(base) === decisionKey(other)).toBe(same);
  });
});

describe('isOverdue', () => {
  it.each([
    ['open', '2026-03-01', '2026-03-02', true],
    ['open', '2026-03-02', '2026-03-02', false],
    ['open', '2026-03-03', '2026-03-02', false],
    ['done', '2026-03-01', '2026-03-02', false],
  ])('%s due %s on %s → %s', (status, dueOn, today, expected) => {
    expect(isOverdue({ status, dueOn }, today)).toBe(expected);
  });
});
