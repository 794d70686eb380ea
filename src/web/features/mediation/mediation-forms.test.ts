import { describe, expect, it } from 'vitest';
import {
  agreementFieldPath,
  asRecord,
  mediationAccess,
  recordFormValues,
  toAgreementBody,
  toRecordBody,
  toScheduleBody,
} from './mediation-forms.ts';

/** A stand-in for the picker's Dayjs: formats a fixed wall-clock time for the two templates used. */
const wallClock = (iso: string) => ({
  format: (template: string) =>
    template === 'YYYY-MM-DDTHH:mm:ss' ? iso : template === 'YYYY-MM-DD' ? iso.slice(0, 10) : '?',
});

describe('mediationAccess', () => {
  const base = {
    status: 'in_progress',
    currentOrgId: 'committee',
    visibleOrgIds: new Set(['committee']),
    roles: ['mediator'],
  };

  it('lets the holder of a case in progress schedule, record, refuse and agree', () => {
    expect(mediationAccess(base)).toEqual({
      visible: true,
      schedule: true,
      record: true,
      refuse: true,
      agree: true,
      checkTerms: true,
      undisputedFacts: false,
      judicial: false,
    });
  });

  it('hides the workspace before the case is in progress or when another organisation holds it', () => {
    expect(mediationAccess({ ...base, status: 'dispatched' }).visible).toBe(false);
    expect(mediationAccess({ ...base, currentOrgId: 'street' }).visible).toBe(false);
  });

  it('follows the statuses each route accepts', () => {
    const success = mediationAccess({ ...base, status: 'mediated_success' });
    expect([success.schedule, success.agree, success.judicial, success.refuse]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    const failed = mediationAccess({ ...base, status: 'mediated_failed' });
    expect([failed.undisputedFacts, failed.agree, failed.record]).toEqual([true, false, true]);
    const resolved = mediationAccess({ ...base, status: 'resolved' });
    expect([resolved.visible, resolved.checkTerms, resolved.judicial, resolved.record]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('shows a leader the workspace without the buttons of mediation work', () => {
    const leader = mediationAccess({ ...base, roles: ['leader'] });
    expect(leader.visible).toBe(true);
    expect(leader.schedule || leader.agree || leader.record).toBe(false);
  });
});

describe('toScheduleBody', () => {
  it('reads the picked time as Beijing time and drops the place of an online session', () => {
    expect(
      toScheduleBody({
        startsAt: wallClock('2026-03-05T09:30:00'),
        online: true,
        place: '第一调解室',
        mediatorIds: ['lead', 'second'],
        inviteePartyIds: ['p1'],
      }),
    ).toEqual({
      startsAt: '2026-03-05T09:30:00+08:00',
      online: true,
      mediatorIds: ['lead', 'second'],
      inviteePartyIds: ['p1'],
    });
    expect(toScheduleBody({ startsAt: wallClock('2026-03-05T09:30:00'), place: ' 第一调解室 ' })).toEqual({
      startsAt: '2026-03-05T09:30:00+08:00',
      place: '第一调解室',
      mediatorIds: [],
    });
  });
});

describe('the record', () => {
  it('keeps every party’s attendance but only the statements with text', () => {
    expect(
      toRecordBody({
        parties: [
          { partyId: 'a', present: true, statement: ' 要求支付工资 ' },
          { partyId: 'b', present: false, statement: '  ' },
        ],
        facts: '欠薪属实',
      }),
    ).toEqual({
      attendance: [
        { partyId: 'a', present: true },
        { partyId: 'b', present: false },
      ],
      statements: [{ partyId: 'a', text: '要求支付工资' }],
      facts: '欠薪属实',
      proposals: '',
    });
  });

  it('starts a new record with every party present, and an old one from what was recorded', () => {
    expect(recordFormValues(['a', 'b'], null).parties).toEqual([
      { partyId: 'a', present: true, statement: '' },
      { partyId: 'b', present: true, statement: '' },
    ]);
    const stored = asRecord({
      attendance: [{ partyId: 'a', present: true }],
      statements: [{ partyId: 'a', text: '同意' }],
      facts: 'f',
      proposals: 'p',
    });
    expect(recordFormValues(['a', 'b'], stored)).toEqual({
      parties: [
        { partyId: 'a', present: true, statement: '同意' },
        { partyId: 'b', present: false, statement: '' },
      ],
      facts: 'f',
      proposals: 'p',
    });
    expect(asRecord('not a record')).toBeNull();
  });
});

describe('toAgreementBody', () => {
  it('turns yuan into fen and dates into days, leaving out what is empty', () => {
    expect(
      toAgreementBody({
        form: 'written',
        facts: ' 拖欠工资 ',
        disputedMatters: '支付时间',
        terms: [
          {
            obligorPartyId: 'company',
            obligation: '支付工资',
            amountYuan: 20000.1,
            dueDate: wallClock('2026-04-01T00:00:00'),
          },
          { obligation: '出具欠条', amountYuan: null },
        ],
        performanceCheck: '  ',
        copies: 3,
      }),
    ).toEqual({
      form: 'written',
      facts: '拖欠工资',
      disputedMatters: '支付时间',
      terms: [
        { obligorPartyId: 'company', obligation: '支付工资', amountFen: 2000010, dueDate: '2026-04-01' },
        { obligation: '出具欠条' },
      ],
      copies: 3,
    });
  });

  it('maps server pointers to the form’s fields', () => {
    expect(agreementFieldPath('#/facts')).toEqual(['facts']);
    expect(agreementFieldPath('#/terms/1/amountFen')).toEqual(['terms', 1, 'amountYuan']);
    expect(agreementFieldPath('#/terms/0/obligorPartyId')).toEqual(['terms', 0, 'obligorPartyId']);
    expect(agreementFieldPath('#/terms')).toBeUndefined();
    expect(agreementFieldPath('#/unknown')).toBeUndefined();
  });
});
