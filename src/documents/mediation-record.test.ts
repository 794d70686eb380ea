import { describe, expect, it } from 'vitest';
import { expectDocx } from '../../test/support/docx.ts';
import { sampleRecord } from '../../test/support/document-fixtures.ts';
import { mediationRecord } from './mediation-record.ts';

describe('mediationRecord', () => {
  it('writes time, place, mediators, attendance, statements, facts, proposals and outcome', async () => {
    const docx = expectDocx(await mediationRecord(sampleRecord));
    expect(docx.paragraphs.slice(0, 3)).toEqual([
      '诸暨市枫桥镇人民调解委员会',
      '调解笔录',
      '案件编号：FQ-2026-000123',
    ]);
    expect(docx.paragraphs).toEqual(
      expect.arrayContaining([
        '案由：张三、李梅与诸暨市某某建筑劳务有限公司劳务费纠纷',
        '时间：2026年3月2日9时00分至10时30分',
        '地点：枫桥镇人民调解委员会调解室',
        '调解员：陈调解（主持）、周调解',
        '记录人：周调解',
        '参加人员：申请人张三（到场）；申请人李梅（未到场，委托张三代为陈述）；被申请人委托代理人赵六（到场）',
      ]),
    );
    expect(docx.text).toContain(
      '申请人张三：我和李梅在工地干了半年活，公司一直拖着工钱不给。\n要求公司在本月底前把钱付清。',
    );
    expect(docx.text).toContain('被申请人委托代理人赵六：公司承认欠款，但目前资金紧张，希望分两期支付。');
    expect(docx.text).toContain('查明事实：\n被申请人确认尚欠申请人劳务费合计12,345.67元。');
    expect(docx.text).toContain('调解意见：\n建议被申请人分两期支付');
    expect(docx.text).toContain('调解结果：\n达成调解协议。');
    expect(docx.text).toContain('告知事项：');
  });

  it('gives a place to sign only to those present, then mediators (lead first) and the recorder', async () => {
    const docx = expectDocx(await mediationRecord(sampleRecord));
    const signatures = docx.paragraphs.slice(
      docx.paragraphs.indexOf('以上笔录已经当事人阅看（或已向当事人宣读），确认无误。'),
    );
    expect(signatures.filter((p) => p.includes('：') && !p.startsWith('以上'))).toEqual([
      '申请人：张三',
      '被申请人委托代理人：赵六',
      '调解员：陈调解',
      '调解员：周调解',
      '记录人：周调解',
    ]);
  });

  it('writes 网上调解 for an online session and the reason of a failed one', async () => {
    const docx = expectDocx(
      await mediationRecord({
        ...sampleRecord,
        online: true,
        endsAt: undefined,
        rightsNotified: false,
        outcome: 'failed',
        outcomeReason: '双方对金额分歧较大。',
      }),
    );
    expect(docx.paragraphs).toContain('地点：网上调解');
    expect(docx.paragraphs).toContain('时间：2026年3月2日9时00分');
    expect(docx.paragraphs).toContain('调解不成。原因：双方对金额分歧较大。');
    expect(docx.text).not.toContain('告知事项');
  });

  it('keeps its text stable', async () => {
    expect(expectDocx(await mediationRecord(sampleRecord)).paragraphs).toMatchSnapshot();
  });
});
