import { describe, expect, it } from 'vitest';
import { referralPathOfPointer, toCourtReferralBody } from './court-referral-form.ts';

describe('toCourtReferralBody', () => {
  it('sends the court’s particulars and the case without a channel (the server sets it)', () => {
    const body = toCourtReferralBody({
      court: '  示范区人民法院 ',
      courtCaseNumber: ' （2026）浙0681民诉前调1234号 ',
      referralKind: 'entrusted',
      category: ['contract', 'sale'],
      subject: ' 买卖合同货款纠纷 ',
      description: '法院委派调解',
      amountYuan: 8800.5,
      flags: [],
      parties: [{ kind: 'person', role: 'applicant', name: ' 张三 ', idNumber: '', phone: '13800000000' }],
    });
    expect(body).toEqual({
      court: '示范区人民法院',
      courtCaseNumber: '（2026）浙0681民诉前调1234号',
      referralKind: 'entrusted',
      case: {
        category: 'sale',
        subject: '买卖合同货款纠纷',
        description: '法院委派调解',
        amountFen: 880050,
        parties: [{ kind: 'person', role: 'applicant', name: '张三', phone: '13800000000' }],
      },
    });
    expect(body.case).not.toHaveProperty('channel');
  });

  it('defaults to 诉前调解 and leaves blanks blank for the server to name', () => {
    expect(toCourtReferralBody({})).toEqual({
      court: '',
      courtCaseNumber: '',
      referralKind: 'pre_litigation',
      case: { category: '', subject: '', description: '', parties: [] },
    });
  });
});

describe('referralPathOfPointer', () => {
  it.each([
    ['#/court', ['court']],
    ['#/courtCaseNumber', ['courtCaseNumber']],
    ['#/referralKind', ['referralKind']],
    ['#/case/subject', ['subject']],
    ['#/case/amountFen', ['amountYuan']],
    ['#/case/parties/1/idNumber', ['parties', 1, 'idNumber']],
    ['#/case', undefined],
    ['#/elsewhere', undefined],
    [undefined, undefined],
  ])('%s → %j', (pointer, path) => {
    expect(referralPathOfPointer(pointer)).toEqual(path);
  });
});
