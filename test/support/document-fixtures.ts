/**
 * Sample inputs for the document builders of `src/documents` (fictional people, computed ID
 * numbers): a labour-fee dispute between a worker and a company, mediated by a street committee.
 */
import type {
  DocumentParty,
  JudicialConfirmationApplicationInput,
  LitigationSummaryInput,
  MediationAgreementInput,
  MediationRecordInput,
  PetitionReplyInput,
  UndisputedFactsInput,
} from '../../src/documents/index.ts';
import { idNumber } from './identities.ts';

/** 张三's full ID number (male, born 1980-01-01). */
export const ZHANG_ID = idNumber('330681', '19800101', 123);
/** 李梅's full ID number (female, born 1992-03-15). */
export const LI_ID = idNumber('330681', '19920315', 242);
export const COMPANY_CREDIT_CODE = '91330681MA2ABCDE1X';
export const COMMITTEE = '诸暨市枫桥镇人民调解委员会';
export const AGREEMENT_NUMBER = 'SFQ-TW-LD〔2026〕第12号';

/** A worker, a company with an agent, and a second worker on the applicant's side. */
export const sampleParties: DocumentParty[] = [
  {
    kind: 'person',
    role: 'applicant',
    name: '张三',
    ethnicity: '汉族',
    idNumber: ZHANG_ID,
    address: '浙江省诸暨市枫桥镇枫源村12号',
    phone: '13900001111',
  },
  {
    kind: 'organisation',
    role: 'respondent',
    name: '诸暨市某某建筑劳务有限公司',
    creditCode: COMPANY_CREDIT_CODE,
    legalRepresentative: '王五（总经理）',
    address: '浙江省诸暨市暨阳街道某某路88号',
    phone: '0575-87001234',
    agent: { name: '赵六', description: '该公司项目经理', phone: '13700002222' },
  },
  {
    kind: 'person',
    role: 'applicant',
    name: '李梅',
    ethnicity: '汉族',
    idNumber: LI_ID,
    address: '浙江省诸暨市枫桥镇新枫路3号',
    phone: '13600003333',
  },
];

export const sampleAgreement: MediationAgreementInput = {
  committee: COMMITTEE,
  number: AGREEMENT_NUMBER,
  parties: sampleParties,
  facts:
    '申请人张三、李梅于2025年6月至2025年12月在被申请人承建的枫桥镇某某安置房工地务工。工程完工后，被申请人尚欠申请人劳务费合计12,345.67元未付，申请人多次催要未果，遂申请调解。',
  disputedMatters: '被申请人应否支付所欠劳务费、支付的数额和期限。',
  terms: [
    {
      obligor: '诸暨市某某建筑劳务有限公司',
      obligation: '向申请人张三支付拖欠的劳务费',
      amountFen: 400000,
      dueDate: '2026-03-31',
    },
    {
      obligor: '诸暨市某某建筑劳务有限公司',
      obligation: '向申请人李梅支付拖欠的劳务费',
      amountFen: 834567,
      dueDate: '2026-04-30',
    },
    { obligation: '申请人收到上述款项后，双方就本纠纷再无其他争议。' },
  ],
  performanceCheck:
    '被申请人通过银行转账方式支付至申请人本人账户；人民调解委员会于付款期限届满后七日内回访核实。',
  copies: 4,
  mediators: [{ name: '陈调解', isLead: true }, { name: '周调解' }],
  date: '2026-03-02',
};

export const sampleRecord: MediationRecordInput = {
  committee: COMMITTEE,
  caseNumber: 'FQ-2026-000123',
  caseTitle: '张三、李梅与诸暨市某某建筑劳务有限公司劳务费纠纷',
  startsAt: '2026-03-02T01:00:00.000Z',
  endsAt: '2026-03-02T02:30:00.000Z',
  place: '枫桥镇人民调解委员会调解室',
  mediators: [{ name: '周调解' }, { name: '陈调解', isLead: true }],
  recorder: '周调解',
  attendees: [
    { name: '张三', role: '申请人', present: true },
    { name: '李梅', role: '申请人', present: false, note: '委托张三代为陈述' },
    { name: '赵六', role: '被申请人委托代理人', present: true },
  ],
  statements: [
    {
      speaker: '申请人张三',
      text: '我和李梅在工地干了半年活，公司一直拖着工钱不给。\n要求公司在本月底前把钱付清。',
    },
    { speaker: '被申请人委托代理人赵六', text: '公司承认欠款，但目前资金紧张，希望分两期支付。' },
  ],
  facts: '被申请人确认尚欠申请人劳务费合计12,345.67元。',
  proposals:
    '建议被申请人分两期支付，第一期于2026年3月31日前支付张三4,000元，第二期于2026年4月30日前支付李梅8,345.67元。',
  outcome: 'agreed',
};

export const sampleUndisputedFacts: UndisputedFactsInput = {
  committee: COMMITTEE,
  caseNumber: 'FQ-2026-000124',
  parties: sampleParties.slice(0, 2),
  disputeType: '劳务费纠纷',
  failureReason: '双方对欠款数额分歧较大',
  undisputedFacts: [
    '申请人张三于2025年6月至2025年12月在被申请人承建的工地务工',
    '被申请人已于2025年10月支付申请人劳务费5,000元。',
  ],
  disputedMatters: ['被申请人尚欠劳务费的具体数额', '被申请人是否应当支付逾期付款利息'],
  mediators: [{ name: '陈调解', isLead: true }],
  date: '2026-03-02',
};

export const sampleJudicialConfirmation: JudicialConfirmationApplicationInput = {
  court: '浙江省诸暨市人民法院',
  parties: sampleParties,
  committee: COMMITTEE,
  disputeType: '劳务费纠纷',
  agreementNumber: AGREEMENT_NUMBER,
  agreementDate: '2026-03-02',
  terms: sampleAgreement.terms,
  attachments: ['人民调解协议书一份', '申请人身份证明复印件三份'],
  date: '2026-03-05',
};

export const samplePetitionReply: PetitionReplyInput = {
  issuer: '诸暨市枫桥镇人民政府',
  number: '枫信复〔2026〕3号',
  petitioners: [
    {
      kind: 'person',
      name: '张三',
      idNumber: ZHANG_ID,
      address: '浙江省诸暨市枫桥镇枫源村12号',
      phone: '13900001111',
    },
  ],
  receivedOn: '2026-02-02',
  channel: '网上信访',
  acceptedOn: '2026-02-04',
  request: '要求镇政府督促某某建筑劳务有限公司支付拖欠的劳务费。',
  factsFound: '经调查，信访人反映的欠薪问题属实。经镇人民调解委员会调解，双方已于2026年3月2日达成调解协议。',
  opinion: '支持信访人的请求。本机关将督促该公司按调解协议约定的期限履行付款义务。',
  basis: '《信访工作条例》《保障农民工工资支付条例》的有关规定。',
  reviewBody: '诸暨市人民政府',
  date: '2026-03-06',
};

export const sampleLitigationSummary: LitigationSummaryInput = {
  sender: '诸暨市枫桥镇矛盾纠纷调处化解中心',
  court: '浙江省诸暨市人民法院诉调对接中心',
  number: '枫调移〔2026〕7号',
  caseNumber: 'FQ-2026-000124',
  courtCaseNumber: '（2026）浙0681民诉前调1234号',
  disputeType: '劳务费纠纷',
  registeredOn: '2026-02-10',
  summary: '申请人张三称被申请人拖欠其劳务费，被申请人对欠款数额有异议。',
  parties: sampleParties.slice(0, 2),
  failureReason: '双方对欠款数额分歧较大',
  undisputedFacts: sampleUndisputedFacts.undisputedFacts,
  sessions: [
    {
      startsAt: '2026-02-20T01:00:00.000Z',
      place: '枫桥镇调解室',
      mediators: ['陈调解', '周调解'],
      outcome: 'failed',
    },
    { startsAt: '2026-03-02T06:30:00.000Z', place: '网上调解', mediators: ['陈调解'], outcome: 'failed' },
  ],
  materials: [
    { name: '调解申请书.pdf', note: '原件扫描' },
    { name: '调解笔录（2026年2月20日）.docx' },
    { name: '调解笔录（2026年3月2日）.docx' },
    { name: '无争议事实确认书.docx' },
    { name: '考勤记录照片.jpg', note: '3张' },
  ],
  contact: { name: '陈调解', phone: '0575-87005678' },
  date: '2026-03-06',
};
