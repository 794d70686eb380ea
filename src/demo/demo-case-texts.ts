/**
 * Dispute stories for the demo cases, one per kind of dispute a district centre sees,
 * with the wording of a real intake form. `{A}` is the applicant, `{B}` the respondent
 * (a person or one of `organisations`), `{N}` the people involved, `{Y}` the amount in
 * yuan, `{P}` the place (community or village).
 */
export interface DemoStory {
  category: string;
  weight: number;
  subject: string;
  description: string;
  /** The respondent is one of these organisations; a person when absent. */
  organisations?: readonly string[];
  /** Range of the amount in dispute, in yuan; none when absent. */
  amountYuan?: readonly [number, number];
  people?: readonly [number, number];
  /** What the respondent undertakes in the agreement. */
  obligation: string;
  /** Applicants from migrant workers' home counties. */
  migrant?: boolean;
}

export const DEMO_STORIES: readonly DemoStory[] = [
  {
    category: 'wage_arrears',
    weight: 12,
    subject: '{B}拖欠农民工工资',
    description:
      '申请人{A}等{N}名农民工在{B}承建的{P}安置房项目务工，工程主体完工后尚欠工资共计{Y}元。包工头以工程款未结算为由一再拖延，工人多次讨要未果，情绪激动。',
    organisations: [
      '鑫达建筑劳务有限公司',
      '恒远建设工程有限公司',
      '华辰装饰工程有限公司',
      '宏基市政工程有限公司',
    ],
    amountYuan: [30_000, 480_000],
    people: [3, 28],
    obligation: '分两期向申请人支付拖欠工资共计{Y}元',
    migrant: true,
  },
  {
    category: 'noise',
    weight: 9,
    subject: '楼上住户夜间噪音扰民',
    description:
      '{A}反映楼上住户{B}家中经常在夜间十一点后拖动家具、小孩跑跳，严重影响其家中老人休息。双方多次沟通未果，近日在楼道内发生口角，请求社区出面调解。',
    obligation: '晚十点后不再产生明显噪音，并在客厅铺设隔音地垫',
  },
  {
    category: 'water_leak',
    weight: 5,
    subject: '卫生间漏水殃及楼下住户',
    description:
      '{A}家天花板因楼上{B}家卫生间防水层老化长期渗水，墙面霉变、吊顶脱落，要求对方维修并赔偿损失{Y}元，对方认为漏水原因不明拒绝赔偿。',
    amountYuan: [2_000, 15_000],
    obligation: '十五日内完成卫生间防水维修并赔偿楼下住户损失{Y}元',
  },
  {
    category: 'property_fee',
    weight: 7,
    subject: '业主拒交物业费纠纷',
    description:
      '业主{A}因小区电梯长期故障、绿化无人养护，拒交两年物业费共计{Y}元。{B}多次催缴并停止为其办理门禁卡，双方矛盾激化。',
    organisations: ['绿城物业服务有限公司', '安居物业管理有限公司', '锦华物业服务有限公司'],
    amountYuan: [3_000, 12_000],
    obligation: '一个月内完成电梯维修和绿化补种；业主同步补缴物业费{Y}元',
  },
  {
    category: 'property_service',
    weight: 4,
    subject: '小区停车管理引发业主集体不满',
    description:
      '{P}小区{N}户业主反映{B}擅自将公共绿地改为收费停车位，停车费上调一倍且未经业主大会同意，业主代表{A}等要求物业恢复原状并公开收支。',
    organisations: ['绿城物业服务有限公司', '安居物业管理有限公司'],
    people: [8, 36],
    obligation: '暂停收取新增停车费，于业主大会表决后执行并公开收支明细',
  },
  {
    category: 'land_transfer',
    weight: 6,
    subject: '土地流转租金未按期支付',
    description:
      '{P}{A}等{N}户村民将承包地流转给{B}种植苗木，合同约定每年年底支付流转费，该公司已拖欠两年共计{Y}元，村民要求解除合同收回土地。',
    organisations: ['绿野农业开发有限公司', '丰源苗木专业合作社', '禾丰家庭农场'],
    amountYuan: [40_000, 260_000],
    people: [6, 35],
    obligation: '三个月内付清拖欠的土地流转费{Y}元，此后按合同按期支付',
  },
  {
    category: 'homestead',
    weight: 4,
    subject: '宅基地界址纠纷',
    description:
      '{P}村民{A}翻建房屋时与邻居{B}就两家之间约一米宽的通道归属发生争执，双方各执一词，施工被迫停止。',
    obligation: '按村委会测量结果确定界址，通道作为两家共用通道不得占用',
  },
  {
    category: 'divorce',
    weight: 4,
    subject: '离婚后子女抚养费纠纷',
    description: '{A}与{B}协议离婚后，{B}未按约定每月支付子女抚养费，已累计拖欠{Y}元，{A}多次催要无果。',
    amountYuan: [6_000, 36_000],
    obligation: '一次性补付拖欠抚养费{Y}元，此后每月十日前按时支付',
  },
  {
    category: 'support',
    weight: 4,
    subject: '子女推诿赡养老人',
    description:
      '{P}八旬老人{A}育有三名子女，长子{B}等以分家时财产分配不均为由互相推诿，老人生活无人照料、医药费无着落。',
    obligation: '三名子女轮流照料老人，每人每月支付赡养费八百元',
  },
  {
    category: 'inheritance',
    weight: 3,
    subject: '老宅继承纠纷',
    description: '{A}与兄长{B}因父母去世后遗留的老宅拆迁补偿款{Y}元如何分配发生争执，兄弟二人多年不相往来。',
    amountYuan: [200_000, 900_000],
    obligation: '拆迁补偿款{Y}元由双方按约定份额分配，于十日内完成转账',
  },
  {
    category: 'traffic_injury',
    weight: 6,
    subject: '电动车与轿车相撞致人受伤',
    description:
      '{A}骑电动自行车在{P}路口与{B}驾驶的小型轿车相撞，造成{A}左腿骨折。交警认定轿车方负主要责任，双方就医疗费、误工费等赔偿金额{Y}元协商未果。',
    amountYuan: [20_000, 150_000],
    obligation: '在保险理赔外另行赔偿医疗费、误工费等共计{Y}元',
  },
  {
    category: 'traffic_property',
    weight: 3,
    subject: '停车场倒车刮擦车辆损失纠纷',
    description: '{B}在超市停车场倒车时刮擦{A}停放的车辆，双方对维修费用{Y}元及车辆贬值损失有争议。',
    amountYuan: [3_000, 20_000],
    obligation: '赔偿车辆维修费用{Y}元',
  },
  {
    category: 'medical_damage',
    weight: 4,
    subject: '术后并发症引发医疗纠纷',
    description:
      '患者{A}在{B}接受膝关节置换手术后出现感染，再次手术后仍行走不便。家属认为医院术后护理存在过错，要求赔偿{Y}元，并多次到医院讨说法。',
    organisations: ['示范区第一人民医院', '示范区中医院', '东湖街道社区卫生服务中心'],
    amountYuan: [50_000, 400_000],
    obligation: '医院一次性补偿患者医疗费、护理费等共计{Y}元',
  },
  {
    category: 'product_quality',
    weight: 3,
    subject: '新购冰箱质量问题退换纠纷',
    description: '{A}在{B}购买的双开门冰箱使用一个月即出现不制冷，多次维修未好，商家拒绝退货只同意再次维修。',
    organisations: ['国美电器示范区店', '苏宁易购示范区店', '惠民家电商场'],
    amountYuan: [4_000, 12_000],
    obligation: '为消费者办理退货并全额退还货款{Y}元',
  },
  {
    category: 'prepaid_card',
    weight: 3,
    subject: '健身房闭店预付卡无法退费',
    description: '{B}突然闭店，{A}等{N}名会员的预付卡余额共计约{Y}元无法使用，会员多次联系经营者未果。',
    organisations: ['力美健身工作室', '悦动健身俱乐部'],
    amountYuan: [30_000, 200_000],
    people: [8, 34],
    obligation: '分三期向会员退还预付卡余额共计{Y}元',
  },
  {
    category: 'house_lease',
    weight: 4,
    subject: '租房押金不予退还',
    description:
      '{A}租住{B}名下的{P}一套住房，租期届满退房后，房东以墙面污损为由扣留押金{Y}元，双方各执一词。',
    amountYuan: [2_000, 8_000],
    obligation: '扣除保洁费三百元后，退还剩余押金',
  },
  {
    category: 'private_loan',
    weight: 3,
    subject: '亲戚间借款到期未还',
    description: '{B}三年前向表亲{A}借款{Y}元用于开店，约定一年内归还，至今分文未还，双方关系恶化。',
    amountYuan: [20_000, 200_000],
    obligation: '分六个月归还借款本金{Y}元',
  },
  {
    category: 'labour_contract',
    weight: 3,
    subject: '解除劳动合同经济补偿纠纷',
    description: '{A}在{B}工作六年，公司以经营困难为由口头通知解除劳动合同，未支付经济补偿金{Y}元。',
    organisations: ['佳美电子有限公司', '新兴纺织有限公司', '顺达物流有限公司'],
    amountYuan: [20_000, 90_000],
    obligation: '支付解除劳动合同经济补偿金{Y}元并出具离职证明',
  },
  {
    category: 'expropriation_compensation',
    weight: 3,
    subject: '房屋征收补偿标准争议',
    description:
      '{P}{A}等{N}户被征收户认为评估价格低于周边市场价，对附属物补偿标准有异议，拒绝签订补偿协议，要求重新评估。',
    people: [5, 40],
    obligation: '委托第三方重新评估附属物价值，按新评估结果补足差额',
  },
  {
    category: 'pollution_noise',
    weight: 3,
    subject: '夜间施工噪声扰民',
    description: '{P}周边居民{A}等反映{B}工地连续多日夜间施工至凌晨，噪声严重影响{N}户居民休息。',
    organisations: ['恒远建设工程有限公司', '宏基市政工程有限公司'],
    people: [10, 40],
    obligation: '晚十点至次日六点停止产生噪声的作业，确需连续施工的提前公告',
  },
  {
    category: 'personal_injury',
    weight: 3,
    subject: '饲养犬只咬伤路人',
    description: '{A}在{P}散步时被{B}未拴绳的犬只咬伤小腿，注射狂犬疫苗并缝合伤口，要求赔偿医疗费等{Y}元。',
    amountYuan: [2_000, 10_000],
    obligation: '赔偿医疗费、误工费等{Y}元，今后遛狗一律拴绳',
  },
  {
    category: 'passage_light',
    weight: 2,
    subject: '加建围墙影响邻居通行采光',
    description: '{B}在自家院落外加建两米高围墙，堵住{A}家的出行通道并遮挡采光，双方多次争吵。',
    obligation: '拆除超出原界址的围墙部分，恢复通道',
  },
];

/** Fills the placeholders of a story's text. */
export function fillStory(
  text: string,
  values: { A: string; B: string; N: number; Y: number | null; P: string },
): string {
  return text
    .replaceAll('{A}', values.A)
    .replaceAll('{B}', values.B)
    .replaceAll('{N}', String(values.N))
    .replaceAll('{Y}', values.Y === null ? '' : values.Y.toLocaleString('en-US'))
    .replaceAll('{P}', values.P);
}
