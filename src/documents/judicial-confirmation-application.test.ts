import { describe, expect, it } from 'vitest';
import { expectDocx } from '../../test/support/docx.ts';
import { LI_ID, ZHANG_ID, sampleJudicialConfirmation } from '../../test/support/document-fixtures.ts';
import { judicialConfirmationApplication } from './judicial-confirmation-application.ts';

describe('judicialConfirmationApplication', () => {
  it('writes every party as 申请人 with full particulars, the request, the reasons and the promises', async () => {
    const docx = expectDocx(await judicialConfirmationApplication(sampleJudicialConfirmation));
    expect(docx.paragraphs[0]).toBe('司法确认申请书');
    expect(docx.text).toContain(`申请人：张三，男，汉族，1980年1月1日出生，身份证号码：${ZHANG_ID}`);
    expect(docx.text).toContain(`申请人：李梅，女，汉族，1992年3月15日出生，身份证号码：${LI_ID}`);
    expect(docx.text).toContain('申请人：诸暨市某某建筑劳务有限公司，统一社会信用代码：');
    expect(docx.paragraphs.some((p) => p.startsWith('被申请人：'))).toBe(false);
    expect(docx.text).toContain(
      '请求事项：\n确认申请人于2026年3月2日经诸暨市枫桥镇人民调解委员会主持调解达成的人民调解协议（编号：SFQ-TW-LD〔2026〕第12号）有效。',
    );
    expect(docx.text).toContain('申请人张三、李梅与诸暨市某某建筑劳务有限公司因劳务费纠纷，于2026年3月2日');
    expect(docx.text).toContain(
      '一、诸暨市某某建筑劳务有限公司于2026年3月31日前向申请人张三支付拖欠的劳务费，金额为人民币4,000.00元（肆仟元整）。',
    );
    expect(docx.text).toContain('不损害国家利益、社会公共利益和他人合法权益');
    expect(docx.text).toContain(
      '各方当事人承诺：\n一、出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；',
    );
    expect(docx.text).toContain(
      '二、如果因为该协议内容而给他人造成损害的，愿意承担相应的民事责任和其他法律责任；',
    );
    expect(docx.text).toContain('此致\n浙江省诸暨市人民法院');
    expect(docx.text).toContain('2026年3月5日\n附件：\n1. 人民调解协议书一份\n2. 申请人身份证明复印件三份');
  });

  it('says 双方 for two parties and attaches the agreement by default', async () => {
    const docx = expectDocx(
      await judicialConfirmationApplication({
        ...sampleJudicialConfirmation,
        parties: sampleJudicialConfirmation.parties.slice(0, 2),
        attachments: undefined,
      }),
    );
    expect(docx.text).toContain('双方当事人承诺：');
    expect(docx.text).toContain('附件：\n1. 人民调解协议书一份');
  });

  it('refuses an application by one party or without terms', () => {
    const one = sampleJudicialConfirmation.parties.slice(0, 1);
    expect(() => judicialConfirmationApplication({ ...sampleJudicialConfirmation, parties: one })).toThrow(
      RangeError,
    );
    expect(() => judicialConfirmationApplication({ ...sampleJudicialConfirmation, terms: [] })).toThrow(
      RangeError,
    );
  });

  it('keeps its text stable', async () => {
    expect(
      expectDocx(await judicialConfirmationApplication(sampleJudicialConfirmation)).paragraphs,
    ).toMatchSnapshot();
  });
});
