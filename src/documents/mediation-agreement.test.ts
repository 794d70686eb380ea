import { describe, expect, it } from 'vitest';
import { expectDocx } from '../../test/support/docx.ts';
import {
  COMPANY_CREDIT_CODE,
  LI_ID,
  ZHANG_ID,
  sampleAgreement,
} from '../../test/support/document-fixtures.ts';
import { mediationAgreement } from './mediation-agreement.ts';

describe('mediationAgreement', () => {
  it('writes the 人民调解协议书 with committee, number, full particulars, numbered terms and signatures', async () => {
    const docx = expectDocx(await mediationAgreement(sampleAgreement));
    expect(docx.paragraphs.slice(0, 3)).toEqual([
      '诸暨市枫桥镇人民调解委员会',
      '人民调解协议书',
      '编号：SFQ-TW-LD〔2026〕第12号',
    ]);
    expect(docx.paragraphs).toContain(
      `申请人：张三，男，汉族，1980年1月1日出生，身份证号码：${ZHANG_ID}，住址：浙江省诸暨市枫桥镇枫源村12号，联系电话：13900001111。`,
    );
    expect(docx.text).toContain(`申请人：李梅，女，汉族，1992年3月15日出生，身份证号码：${LI_ID}`);
    expect(docx.paragraphs).toContain(
      `被申请人：诸暨市某某建筑劳务有限公司，统一社会信用代码：${COMPANY_CREDIT_CODE}，住所：浙江省诸暨市暨阳街道某某路88号，法定代表人：王五（总经理），联系电话：0575-87001234。`,
    );
    expect(docx.paragraphs).toContain('委托代理人：赵六，该公司项目经理，联系电话：13700002222。');
    expect(docx.text).toContain('纠纷主要事实：\n申请人张三、李梅于2025年6月');
    expect(docx.text).toContain('争议事项：\n被申请人应否支付所欠劳务费、支付的数额和期限。');
    expect(docx.text).toContain(
      [
        '经调解，自愿达成如下协议：',
        '一、被申请人诸暨市某某建筑劳务有限公司于2026年3月31日前向申请人张三支付拖欠的劳务费，金额为人民币4,000.00元（肆仟元整）。',
        '二、被申请人诸暨市某某建筑劳务有限公司于2026年4月30日前向申请人李梅支付拖欠的劳务费，金额为人民币8,345.67元（捌仟叁佰肆拾伍元陆角柒分）。',
        '三、申请人收到上述款项后，双方就本纠纷再无其他争议。',
        '履行方式、时限：',
        '被申请人通过银行转账方式支付至申请人本人账户；人民调解委员会于付款期限届满后七日内回访核实。',
        '本协议书一式四份，当事人、人民调解委员会各持一份。',
      ].join('\n'),
    );
    expect(docx.text).toContain(
      '本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。',
    );
    expect(docx.paragraphs.slice(-2)).toEqual(['诸暨市枫桥镇人民调解委员会（印）', '2026年3月2日']);
    expect(docx.text).toContain('被申请人：诸暨市某某建筑劳务有限公司\n（签名、盖章或按指印）');
    expect(docx.text).toContain('人民调解员：陈调解\n（签名）');
  });

  it('lists applicants before respondents and the lead mediator first among the signatures', async () => {
    const docx = expectDocx(await mediationAgreement(sampleAgreement));
    const at = (text: string) => docx.paragraphs.findIndex((p) => p.startsWith(text));
    expect(at('申请人：李梅，')).toBeLessThan(at('被申请人：诸暨市'));
    expect(at('人民调解员：陈调解')).toBeLessThan(at('人民调解员：周调解'));
  });

  it('uses the standard performance sentence when none is given', async () => {
    const docx = expectDocx(await mediationAgreement({ ...sampleAgreement, performanceCheck: undefined }));
    expect(docx.text).toContain('履行方式、时限：\n各方当事人应当按照本协议约定的期限和方式履行义务。');
  });

  it('refuses an agreement without terms or copies', () => {
    expect(() => mediationAgreement({ ...sampleAgreement, terms: [] })).toThrow(RangeError);
    expect(() => mediationAgreement({ ...sampleAgreement, copies: 0 })).toThrow(RangeError);
  });

  it('keeps its text stable', async () => {
    expect(expectDocx(await mediationAgreement(sampleAgreement)).paragraphs).toMatchSnapshot();
  });
});
