import { describe, expect, it } from 'vitest';
import { expectDocx } from '../../test/support/docx.ts';
import { ZHANG_ID, sampleLitigationSummary } from '../../test/support/document-fixtures.ts';
import { litigationSummary } from './litigation-summary.ts';

describe('litigationSummary', () => {
  it('writes the letter, case facts, parties, undisputed facts, sessions and material list', async () => {
    const docx = expectDocx(await litigationSummary(sampleLitigationSummary));
    expect(docx.paragraphs.slice(0, 4)).toEqual([
      '诸暨市枫桥镇矛盾纠纷调处化解中心',
      '诉调对接案件移送函',
      '编号：枫调移〔2026〕7号',
      '浙江省诸暨市人民法院诉调对接中心：',
    ]);
    expect(docx.text).toContain(
      '申请人张三与被申请人诸暨市某某建筑劳务有限公司劳务费纠纷一案，经调解，因双方对欠款数额分歧较大，未能达成调解协议。',
    );
    expect(docx.paragraphs).toEqual(
      expect.arrayContaining([
        '案件编号：FQ-2026-000124',
        '法院案号：（2026）浙0681民诉前调1234号',
        '纠纷类型：劳务费纠纷',
        '登记日期：2026年2月10日',
        '案情摘要：申请人张三称被申请人拖欠其劳务费，被申请人对欠款数额有异议。',
        '（一）申请人张三于2025年6月至2025年12月在被申请人承建的工地务工。',
        '（二）被申请人已于2025年10月支付申请人劳务费5,000元。',
        '联系人：陈调解，联系电话：0575-87005678。',
      ]),
    );
    expect(docx.text).toContain(`身份证号码：${ZHANG_ID}`);
    expect(docx.text).toContain(
      '序号\n时间\n地点\n调解员\n结果\n1\n2026年2月20日\n9时00分\n枫桥镇调解室\n陈调解、周调解\n调解不成',
    );
    expect(docx.text).toContain('2\n2026年3月2日\n14时30分\n网上调解\n陈调解\n调解不成');
    expect(docx.text).toContain(
      '序号\n材料名称\n备注\n1\n调解申请书.pdf\n原件扫描\n2\n调解笔录（2026年2月20日）.docx\n\n',
    );
    expect(docx.text).toContain('5\n考勤记录照片.jpg\n3张');
    expect(docx.paragraphs.slice(-2)).toEqual(['诸暨市枫桥镇矛盾纠纷调处化解中心（印）', '2026年3月6日']);
  });

  it('says so when there are no sessions, facts or materials', async () => {
    const docx = expectDocx(
      await litigationSummary({
        ...sampleLitigationSummary,
        sessions: [],
        undisputedFacts: [],
        materials: [],
      }),
    );
    expect(docx.text).toContain('四、调解情况\n无调解记录。');
    expect(docx.text).toContain('三、无争议事实\n无。');
    expect(docx.text).toContain('五、案件材料清单\n无。');
  });

  it('keeps its text stable', async () => {
    expect(expectDocx(await litigationSummary(sampleLitigationSummary)).paragraphs).toMatchSnapshot();
  });
});
