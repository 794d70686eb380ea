/**
 * Words for generated cases: names, places, companies and the phrases that join
 * sentences. Everything is invented; nothing here names a real person or firm.
 */

/** Space-separated words as a list. */
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

/** Common surnames, most frequent first (the generator favours the first twenty). */
export const SURNAMES = [
  ...Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡'),
  ...Array.from('余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯'),
  ...words('欧阳 上官 司马'),
];

/** Characters common in given names. */
export const GIVEN_CHARS = Array.from(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志海文辉鹏波斌宇浩凯' +
    '婷雪琳晨欣怡佳子梓轩博睿思雨晓春秋冬梅林德福根荣发金银宝长永庆生凤翠莲香淑慧彬亮',
);

/** Birth-place codes (GB/T 2260) for ID numbers: Zhejiang, Anhui, Jiangxi, Henan, Sichuan, Hunan, Guizhou. */
export const REGION_CODES = words(`
  330106 330102 330110 330203 330302 330481 330602 331002 340104 340202 341122 360102
  360722 410102 410323 411421 510104 511102 513901 430102 430524 431021 520102 522401`);

/** Mobile prefixes of the three carriers. */
export const MOBILE_PREFIXES = words(`
  130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159
  166 173 175 176 177 180 181 182 183 185 186 187 188 189 191 199`);

export const ETHNICITIES = words('汉族 汉族 汉族 汉族 汉族 汉族 回族 畲族 苗族 土家族 壮族');

/** Housing estates (小区) of the demo district. */
export const ESTATES = words(`
  锦绣花园 阳光家园 湖滨雅苑 柳岸人家 桂园新村 山前公寓 枫林晚苑 青石名邸 翠苑一区 翠苑二区
  金色港湾 东湖国际 西山御府 南桥新城 荷塘月色 紫荆花园 星河湾 碧水云天 绿城桂花园 香樟苑`);

/** Villages and their groups (村民小组). */
export const VILLAGES = words('南桥村 石桥村 荷塘村 上塘村 下沙村 白鹭村 桑园村 茶山村');
export const VILLAGE_GROUPS = words('第一村民小组 第二村民小组 第三村民小组 第五村民小组 第七村民小组');

export const ROADS = words('湖滨路 柳岸街 桂园路 山前大道 枫林路 青石巷 南桥大街 荷塘东路 文一路 建设路');

/** Words that start company names (字号). */
export const TRADE_NAMES = words(`
  恒信 华宇 金鑫 东方 盛达 鸿运 宏图 瑞丰 兴隆 嘉禾 天成 永安 新锐 博远 中恒
  远航 锦程 聚源 通达 润泽 百川 汇丰源 安居 鼎盛 同创 佳和 融信 万象 森宇 广厦`);

export const PLACE_PREFIXES = words('杭州 枫桥 示范区 浙江 东湖 西山');

/** Industries by the kind of dispute a company is a respondent in. */
export const INDUSTRIES = {
  construction: words('建筑劳务 建设工程 装饰工程 市政工程 钢结构工程'),
  property: words('物业管理 物业服务'),
  realty: words('房地产开发 置业'),
  service: words('餐饮管理 美容美发 健身服务 教育培训 文化传媒 家政服务'),
  retail: words('商贸 电器销售 家居 汽车销售 电子科技'),
  factory: words('服装制造 五金制品 塑料制品 食品 纺织 机械制造'),
  transport: words('物流 运输 出租汽车'),
  medical: words('医院 口腔门诊部 诊所'),
} as const;

export type Industry = keyof typeof INDUSTRIES;

export const MEDICAL_FACILITIES = words(
  '区人民医院 区中医院 东湖街道社区卫生服务中心 南桥镇卫生院 区妇幼保健院',
);

export const VEHICLES = words('小型轿车 电动自行车 面包车 重型货车 摩托车 出租车');

/** Sentences that open a description. */
export const OPENINGS = [
  '{date}，申请人{A}来到中心反映：',
  '{date}，{A}到窗口反映，',
  '据申请人{A}反映，',
  '{A}来电反映，',
  '网格员走访时了解到，',
  '12345热线转来工单：',
  '申请人{A}称，',
  '群众{A}来访反映，',
] as const;

/** Phrases that join one sentence to the next ('' joins without one). */
export const CONNECTORS = [
  '此后，',
  '其间，',
  '另外，',
  '与此同时，',
  '事后，',
  '截至目前，',
  '经了解，',
  '据其介绍，',
  '后来，',
  '',
];

/**
 * Particulars that make each account its own (slots as in dispute-phrases.ts, plus {age},
 * {period}, {num}, {paid}, {evidence}, {relative}, {relation}, {tail}).
 */
export const PARTICULARS = [
  '申请人今年{age}岁，家住{estate}{room}室。',
  '事情发生在{date}{period}，地点在{road}{num}号附近。',
  '涉及金额约{amount}元，对方已支付{paid}元。',
  '申请人提供了{evidence}等材料。',
  '申请人的{relative}{P}陪同前来。',
  '据了解，双方系{relation}关系，平时就有些矛盾。',
  '该问题已持续{months}个月，申请人先后{n}次反映。',
  '{P}表示愿意出面做双方的工作。',
  '对方当事人的手机尾号为{tail}。',
  '申请人称家中还有{age}岁的老人需要照顾，生活困难。',
] as const;

export const PERIODS = words('上午 中午 下午 傍晚 晚上 深夜 凌晨');
export const EVIDENCE = words('聊天记录 转账记录 现场照片 视频 合同复印件 收据 病历 借条 录音 考勤记录');
export const RELATIVES = words('儿子 女儿 妻子 丈夫 侄子 外甥 女婿 儿媳');
export const RELATIONS = words('邻居 同事 亲戚 朋友 同村村民 房东与租客 前夫妻 生意伙伴');

/** What the parties have tried. */
export const ATTEMPTS = [
  '双方多次协商未果。',
  '申请人多次讨要无果。',
  '曾找社区调解，未能达成一致。',
  '对方以各种理由推脱，至今未解决。',
  '双方矛盾逐渐激化，曾发生口角。',
  '申请人曾拨打110报警，民警到场后劝离。',
  '对方表示愿意协商，但对金额分歧较大。',
  '申请人情绪激动，表示如不解决将继续上访。',
  '村委会曾出面协调，双方各执一词。',
  '物业公司曾上门沟通，效果不明显。',
] as const;

/** What the applicant asks for. */
export const REQUESTS = [
  '请求中心协调解决。',
  '希望相关部门尽快处理。',
  '请求依法维护其合法权益。',
  '要求对方赔偿损失。',
  '请求组织双方调解。',
  '希望尽快给予答复。',
  '请求有关部门介入调查。',
] as const;

/** A phrase used in very few cases (the "rare term" query finds about 1 case in 2,000). */
export const RARE_SENTENCE = '纠纷起因于村集体鱼塘承包合同到期后的续包问题。';
export const RARE_TERM = '鱼塘承包';

/** A query no generated case contains. */
export const ABSENT_TERM = '量子纠缠';
