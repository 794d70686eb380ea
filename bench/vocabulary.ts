/**
 * Words for generated cases: names, places, companies and the phrases that join
 * sentences. Everything is invented; nothing here names a real person or firm.
 */

/** Common surnames, most frequent first (weights fall off along the list). */
export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
  '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金',
  '石', '廖', '贾', '夏', '韦', '付', '方', '白', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '闫', '段', '雷', '侯',
  '欧阳', '上官', '司马',
] as const;

/** Characters common in given names. */
export const GIVEN_CHARS = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀', '霞', '平',
  '刚', '桂', '英', '华', '玉', '兰', '萍', '红', '建', '国', '志', '海', '文', '辉', '鹏', '波', '斌', '宇', '浩', '凯',
  '婷', '雪', '琳', '晨', '欣', '怡', '佳', '子', '梓', '轩', '博', '睿', '思', '雨', '晓', '春', '秋', '冬', '梅', '林',
  '德', '福', '根', '荣', '发', '金', '银', '宝', '长', '永', '庆', '生', '凤', '翠', '莲', '香', '淑', '慧', '彬', '亮',
] as const;

/** Birth-place codes (GB/T 2260) used for generated ID numbers: Zhejiang, Anhui, Jiangxi, Henan, Sichuan, Hunan, Guizhou. */
export const REGION_CODES = [
  '330106', '330102', '330110', '330203', '330302', '330481', '330602', '331002', '340104', '340202', '341122', '360102',
  '360722', '410102', '410323', '411421', '510104', '511102', '513901', '430102', '430524', '431021', '520102', '522401',
] as const;

/** Mobile prefixes of the three carriers. */
export const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158',
  '159', '166', '173', '175', '176', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '199',
] as const;

export const ETHNICITIES = ['汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '回族', '畲族', '苗族', '土家族', '壮族'] as const;

/** Housing estates (小区) of the demo district. */
export const ESTATES = [
  '锦绣花园', '阳光家园', '湖滨雅苑', '柳岸人家', '桂园新村', '山前公寓', '枫林晚苑', '青石名邸', '翠苑一区', '翠苑二区',
  '金色港湾', '东湖国际', '西山御府', '南桥新城', '荷塘月色', '紫荆花园', '星河湾', '碧水云天', '绿城桂花园', '香樟苑',
] as const;

/** Villages and their groups (村民小组). */
export const VILLAGES = ['南桥村', '石桥村', '荷塘村', '上塘村', '下沙村', '白鹭村', '桑园村', '茶山村'] as const;
export const VILLAGE_GROUPS = ['第一村民小组', '第二村民小组', '第三村民小组', '第五村民小组', '第七村民小组'] as const;

export const ROADS = ['湖滨路', '柳岸街', '桂园路', '山前大道', '枫林路', '青石巷', '南桥大街', '荷塘东路', '文一路', '建设路'] as const;

/** Words that start company names (字号). */
export const TRADE_NAMES = [
  '恒信', '华宇', '金鑫', '东方', '盛达', '鸿运', '宏图', '瑞丰', '兴隆', '嘉禾', '天成', '永安', '新锐', '博远', '中恒',
  '远航', '锦程', '聚源', '通达', '润泽', '百川', '汇丰源', '安居', '鼎盛', '同创', '佳和', '融信', '万象', '森宇', '广厦',
] as const;

export const PLACE_PREFIXES = ['杭州', '枫桥', '示范区', '浙江', '东湖', '西山'] as const;

/** Industries by the kind of dispute a company is a respondent in. */
export const INDUSTRIES = {
  construction: ['建筑劳务', '建设工程', '装饰工程', '市政工程', '钢结构工程'],
  property: ['物业管理', '物业服务'],
  realty: ['房地产开发', '置业'],
  service: ['餐饮管理', '美容美发', '健身服务', '教育培训', '文化传媒', '家政服务'],
  retail: ['商贸', '电器销售', '家居', '汽车销售', '电子科技'],
  factory: ['服装制造', '五金制品', '塑料制品', '食品', '纺织', '机械制造'],
  transport: ['物流', '运输', '出租汽车'],
  medical: ['医院', '口腔门诊部', '诊所'],
} as const;

export type Industry = keyof typeof INDUSTRIES;

export const MEDICAL_FACILITIES = ['区人民医院', '区中医院', '东湖街道社区卫生服务中心', '南桥镇卫生院', '区妇幼保健院'] as const;

export const VEHICLES = ['小型轿车', '电动自行车', '面包车', '重型货车', '摩托车', '出租车'] as const;

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

/** Phrases that join one sentence to the next. */
export const CONNECTORS = ['此后，', '其间，', '另外，', '与此同时，', '事后，', '截至目前，', '经了解，', '据其介绍，', '后来，', ''] as const;

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
