import { describe, expect, it } from 'vitest';
import { expectDocx } from '../../test/support/docx.ts';
import { ZHANG_ID, sampleUndisputedFacts } from '../../test/support/document-fixtures.ts';
import { undisputedFacts } from './undisputed-facts.ts';

describe('undisputedFacts', () => {
  it('writes the parties, the numbered undisputed facts, the matters in dispute and the court note', async () => {
    const docx = expectDocx(await undisputedFacts(sampleUndisputedFacts));
    expect(docx.paragraphs.slice(0, 3)).toEqual([
      '诸暨市枫桥镇人民调解委员会',
      '无争议事实确认书',
      '案件编号：FQ-2026-000124',
    ]);
    expect(docx.text).toContain(`身份证号码：${ZHANG_ID}`);
    expect(docx.paragraphs).toContain(
      '申请人张三与被申请人诸暨市某某建筑劳务有限公司劳务费纠纷一案，经诸暨市枫桥镇人民调解委员会调解，未能达成调解协议（双方对欠款数额分歧较大）。经各方当事人同意，现将调解过程中各方当事人没有争议的事实记载如下：',
    );
    expect(docx.text).toContain(
      [
        '各方当事人无争议的事实：',
        '一、申请人张三于2025年6月至2025年12月在被申请人承建的工地务工。',
        '二、被申请人已于2025年10月支付申请人劳务费5,000元。',
        '各方当事人仍有争议的事项：',
        '一、被申请人尚欠劳务费的具体数额。',
        '二、被申请人是否应当支付逾期付款利息。',
      ].join('\n'),
    );
    expect(docx.text).toContain('可以提交人民法院');
    expect(docx.text).toContain('当事人无需对本确认书中已确认的无争议事实举证');
    expect(docx.text).toContain('申请人：张三\n（签名、盖章或按指印）');
    expect(docx.paragraphs.slice(-2)).toEqual(['诸暨市枫桥镇人民调解委员会（印）', '2026年3月2日']);
  });

  it('writes 无 when nothing remains in dispute', async () => {
    const docx = expectDocx(await undisputedFacts({ ...sampleUndisputedFacts, disputedMatters: [] }));
    expect(docx.text).toContain('各方当事人仍有争议的事项：\n无。');
  });

  it('refuses a confirmation without undisputed facts', () => {
    expect(() => undisputedFacts({ ...sampleUndisputedFacts, undisputedFacts: [] })).toThrow(RangeError);
  });

  it('keeps its text stable', async () => {
    expect(expectDocx(await undisputedFacts(sampleUndisputedFacts)).paragraphs).toMatchSnapshot();
  });
});
