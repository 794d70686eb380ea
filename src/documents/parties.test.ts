import { describe, expect, it } from 'vitest';
import { idNumber } from '../../test/support/identities.ts';
import {
  type DocumentParty,
  describeAgent,
  describeParticulars,
  namesInProse,
  orderParties,
  partiesInProse,
} from './parties.ts';

const MALE_1980 = idNumber('330681', '19800101', 123);
const FEMALE_1992 = idNumber('330681', '19920315', 242);

describe('describeParticulars', () => {
  it.each([
    [
      'a person, gender and birth date read from the ID number',
      {
        kind: 'person',
        name: '张三',
        ethnicity: '汉族',
        idNumber: MALE_1980,
        address: '枫源村12号',
        phone: '13900001111',
      },
      `张三，男，汉族，1980年1月1日出生，身份证号码：${MALE_1980}，住址：枫源村12号，联系电话：13900001111。`,
    ],
    [
      'a woman by her ID number',
      { kind: 'person', name: '李梅', idNumber: FEMALE_1992 },
      `李梅，女，1992年3月15日出生，身份证号码：${FEMALE_1992}。`,
    ],
    [
      'given gender and birth date over the ID number',
      { kind: 'person', name: '王芳', gender: 'female', birthDate: '1990-05-06', idNumber: MALE_1980 },
      `王芳，女，1990年5月6日出生，身份证号码：${MALE_1980}。`,
    ],
    ['a person with a name only', { kind: 'person', name: '赵六' }, '赵六。'],
    [
      'an organisation',
      {
        kind: 'organisation',
        name: '某某有限公司',
        creditCode: '91330681MA2ABCDE1X',
        address: '某某路88号',
        legalRepresentative: '王五（总经理）',
        phone: '0575-87001234',
      },
      '某某有限公司，统一社会信用代码：91330681MA2ABCDE1X，住所：某某路88号，法定代表人：王五（总经理），联系电话：0575-87001234。',
    ],
  ] as const)('describes %s', (_, party, text) => {
    expect(describeParticulars(party)).toBe(text);
  });
});

describe('describeAgent', () => {
  it('writes the agent line', () => {
    expect(describeAgent({ name: '赵六', description: '律师，某某律师事务所', phone: '13700002222' })).toBe(
      '委托代理人：赵六，律师，某某律师事务所，联系电话：13700002222。',
    );
  });
});

const parties: DocumentParty[] = [
  { kind: 'organisation', role: 'respondent', name: '某某公司' },
  { kind: 'person', role: 'applicant', name: '张三' },
  { kind: 'person', role: 'party', name: '王五' },
  { kind: 'person', role: 'applicant', name: '李梅' },
];

describe('orderParties and prose', () => {
  it('orders 申请人, 被申请人, 当事人, keeping the order within a side', () => {
    expect(orderParties(parties).map((p) => p.name)).toEqual(['张三', '李梅', '某某公司', '王五']);
  });

  it.each([
    [parties.slice(0, 2), '申请人张三与被申请人某某公司', '张三与某某公司'],
    [parties, '申请人张三、李梅与被申请人某某公司与当事人王五', '张三、李梅与某某公司与王五'],
    [parties.slice(2, 3), '当事人王五', '王五'],
  ])('names %j in prose', (group, labelled, plain) => {
    expect(partiesInProse(group)).toBe(labelled);
    expect(namesInProse(group)).toBe(plain);
  });
});
