import { describe, expect, it } from 'vitest';
import { expectDocx } from '../../test/support/docx.ts';
import { ZHANG_ID, samplePetitionReply } from '../../test/support/document-fixtures.ts';
import { petitionReply } from './petition-reply.ts';

describe('petitionReply', () => {
  it('writes the petitioner, request, facts, opinion with its basis, the review right and the seal line', async () => {
    const docx = expectDocx(await petitionReply(samplePetitionReply));
    expect(docx.paragraphs.slice(0, 3)).toEqual([
      '诸暨市枫桥镇人民政府',
      '信访事项处理意见书',
      '编号：枫信复〔2026〕3号',
    ]);
    expect(docx.paragraphs).toContain(
      `信访人：张三，男，1980年1月1日出生，身份证号码：${ZHANG_ID}，住址：浙江省诸暨市枫桥镇枫源村12号，联系电话：13900001111。`,
    );
    expect(docx.text).toContain(
      '张三：\n你于2026年2月2日以网上信访方式提出的信访事项收悉。本机关已于2026年2月4日依法受理，经调查核实，现将处理意见答复如下：',
    );
    expect(docx.text).toContain('一、信访请求\n要求镇政府督促某某建筑劳务有限公司支付拖欠的劳务费。');
    expect(docx.text).toContain('二、调查核实情况\n经调查，信访人反映的欠薪问题属实。');
    expect(docx.text).toContain('三、处理意见\n支持信访人的请求。');
    expect(docx.text).toContain('依据：《信访工作条例》《保障农民工工资支付条例》的有关规定。');
    expect(docx.text).toContain(
      '如你对本处理意见不服，可以自收到本处理意见书之日起30日内，向诸暨市人民政府书面提出复查申请。',
    );
    expect(docx.paragraphs.slice(-2)).toEqual(['诸暨市枫桥镇人民政府（印）', '2026年3月6日']);
  });

  it('addresses several petitioners as 你们', async () => {
    const docx = expectDocx(
      await petitionReply({
        ...samplePetitionReply,
        petitioners: [...samplePetitionReply.petitioners, { kind: 'person', name: '李梅' }],
        acceptedOn: undefined,
        channel: undefined,
      }),
    );
    expect(docx.text).toContain('张三、李梅：\n你们于2026年2月2日提出的信访事项收悉。本机关依法受理后，');
    expect(docx.text).toContain('如你们对本处理意见不服');
  });

  it('refuses a reply without a petitioner', () => {
    expect(() => petitionReply({ ...samplePetitionReply, petitioners: [] })).toThrow(RangeError);
  });

  it('keeps its text stable', async () => {
    expect(expectDocx(await petitionReply(samplePetitionReply)).paragraphs).toMatchSnapshot();
  });
});
