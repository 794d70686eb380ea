import { describe, expect, it } from 'vitest';
import { mediatorNames, orderMediators, termSentence } from './mediation-vocabulary.ts';
import { asSentence } from './paragraphs.ts';

describe('termSentence', () => {
  it.each([
    [
      { obligor: '李四', obligation: '向张三支付劳务费', amountFen: 400000, dueDate: '2026-03-31' },
      '李四于2026年3月31日前向张三支付劳务费，金额为人民币4,000.00元（肆仟元整）。',
    ],
    [{ obligor: '李四', obligation: '向张三赔礼道歉。' }, '李四向张三赔礼道歉。'],
    [{ obligation: '双方就本纠纷再无其他争议；' }, '双方就本纠纷再无其他争议。'],
    [
      { obligation: '双方各自承担一半修缮费用', amountFen: 100005 },
      '双方各自承担一半修缮费用，金额为人民币1,000.05元（壹仟元零伍分）。',
    ],
  ])('writes %j', (term, sentence) => {
    expect(termSentence(term)).toBe(sentence);
  });
});

describe('mediators', () => {
  const mediators = [{ name: '周调解' }, { name: '陈调解', isLead: true }, { name: '吴调解' }];

  it('puts the lead first and marks 主持', () => {
    expect(orderMediators(mediators).map((m) => m.name)).toEqual(['陈调解', '周调解', '吴调解']);
    expect(mediatorNames(mediators)).toBe('陈调解（主持）、周调解、吴调解');
  });

  it('lists mediators without a lead as given', () => {
    expect(mediatorNames([{ name: '周调解' }, { name: '吴调解' }])).toBe('周调解、吴调解');
  });
});

describe('asSentence', () => {
  it.each([
    ['事实', '事实。'],
    ['事实。', '事实。'],
    ['事实；', '事实。'],
    [' 事实， ', '事实。'],
  ])('ends %j with one 。', (text, sentence) => {
    expect(asSentence(text)).toBe(sentence);
  });
});
