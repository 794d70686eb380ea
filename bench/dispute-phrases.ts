/**
 * Dispute phrases by category (codes of src/db/migrations/202611251000_create_categories.ts):
 * how often each kind comes in, who the respondent usually is, subjects and facts.
 * Slots in braces are filled by generate.ts: {A} applicant, {R} respondent, {estate},
 * {village}, {group}, {road}, {room}, {amount} (yuan), {months}, {years}, {n}, {date},
 * {hospital}, {vehicle}.
 */
import type { Industry } from './vocabulary.ts';

export interface DisputeKind {
  code: string;
  /** Relative frequency among registrations. */
  weight: number;
  /** Who is complained about: a company of one of these industries, or a person. */
  respondent: Industry | 'person';
  subjects: readonly string[];
  facts: readonly string[];
}

export const DISPUTES: readonly DisputeKind[] = [
  {
    code: 'wage_arrears',
    weight: 12,
    respondent: 'construction',
    subjects: [
      '{R}拖欠农民工工资',
      '{estate}工地拖欠工资',
      '{n}名农民工讨要工资',
      '包工头拖欠工资{amount}元',
    ],
    facts: [
      '申请人等{n}人在{R}承建的{estate}项目工地务工{months}个月，公司以工程款未结算为由拖欠农民工工资共计{amount}元。',
      '包工头{P}以总包单位未拨付工程款为由，拖欠工人工资{amount}元，至今未付。',
      '工程已于去年底完工，但工资一直没有结清，工人们年前回家过年都成问题。',
      '用工单位未与工人签订书面劳动合同，也没有考勤记录，欠薪金额难以核实。',
      '工人们多次到项目部讨薪，项目负责人避而不见，电话也无人接听。',
    ],
  },
  {
    code: 'labour_contract',
    weight: 5,
    respondent: 'factory',
    subjects: ['{R}解除劳动合同未付经济补偿', '员工与{R}劳动合同纠纷', '未签劳动合同要求双倍工资'],
    facts: [
      '申请人在{R}工作{years}年，公司以经营困难为由单方面解除劳动合同，拒绝支付经济补偿金。',
      '入职后公司一直未与其签订书面劳动合同，申请人要求支付未签合同期间的双倍工资。',
      '公司调整岗位后降低工资待遇，申请人不同意，公司随即以旷工为由将其辞退。',
      '申请人加班时间较长，公司未按规定支付加班费，累计约{amount}元。',
    ],
  },
  {
    code: 'work_injury',
    weight: 3,
    respondent: 'factory',
    subjects: ['{A}工伤认定及赔偿纠纷', '工人在{R}受伤要求工伤待遇', '工伤赔偿协商不成'],
    facts: [
      '申请人在{R}车间操作机器时右手受伤，住院治疗{n}天，花去医疗费{amount}元。',
      '公司未为申请人缴纳工伤保险，拒绝承担工伤待遇，双方对工伤认定存在争议。',
      '工伤认定已经作出，伤残等级鉴定为十级，但公司对一次性伤残补助金数额有异议。',
      '受伤后公司只垫付了部分医药费，停工留薪期工资一直未发。',
    ],
  },
  {
    code: 'social_insurance',
    weight: 2,
    respondent: 'service',
    subjects: ['{R}未缴纳社会保险', '要求补缴社会保险费'],
    facts: [
      '申请人在{R}工作{years}年，公司一直未为其缴纳社会保险，现申请人临近退休，要求公司补缴。',
      '公司按最低基数缴纳社保，与实际工资差距较大，申请人要求按实际工资补足。',
      '申请人生育期间公司未缴纳生育保险，导致其无法享受生育津贴。',
    ],
  },
  {
    code: 'noise',
    weight: 6,
    respondent: 'person',
    subjects: ['{estate}楼上噪音扰民', '邻居深夜噪音扰民', '{estate}{room}室噪音纠纷', '广场舞噪音扰民'],
    facts: [
      '{estate}{room}室住户{R}家中经常深夜发出拖拽家具、跑跳的声音，严重影响楼下休息。',
      '楼上住户在家中开设钢琴培训，每天练琴至晚上十点以后，噪音扰民问题突出。',
      '小区广场每晚有人跳广场舞，音响声音很大，周边居民意见很大。',
      '邻居家装修不按规定时间施工，周末和午休时间也在电钻作业。',
      '楼下住户饲养的狗整夜吠叫，影响老人和孩子休息。',
    ],
  },
  {
    code: 'water_leak',
    weight: 5,
    respondent: 'person',
    subjects: ['{estate}楼上漏水', '卫生间漏水致楼下受损', '{room}室房屋漏水纠纷'],
    facts: [
      '{estate}{room}室卫生间防水层老化，导致楼下天花板长期渗水、墙面发霉脱落。',
      '楼上住户改造厨房时水管破裂漏水，淹了楼下的木地板和家具，损失约{amount}元。',
      '申请人要求楼上重做防水，对方认为漏水点不在其家中，拒绝配合检测。',
      '漏水问题持续{months}个月，物业多次上门查看，但楼上住户不让进门。',
    ],
  },
  {
    code: 'passage_light',
    weight: 2,
    respondent: 'person',
    subjects: ['邻居违建影响通行采光', '{village}通行道路被堵'],
    facts: [
      '邻居{R}在两家之间的公共通道上搭建棚子堆放杂物，堵塞了通行道路。',
      '前排住户加盖一层楼房，遮挡了申请人家的采光，冬季整天照不到阳光。',
      '{village}{group}村民在村道上砌墙，导致其他村民的农用车无法通行。',
    ],
  },
  {
    code: 'homestead',
    weight: 3,
    respondent: 'person',
    subjects: ['{village}宅基地边界纠纷', '宅基地界址争议', '翻建房屋占用宅基地'],
    facts: [
      '申请人与邻居{R}对两家宅基地边界有争议，对方翻建房屋时越界占用约{n}平方米。',
      '{village}{group}两户村民因宅基地边界问题发生争执，双方都拿出了不同年份的土地证。',
      '申请人父亲去世后，兄弟之间对老宅基地的使用权分配产生纠纷。',
      '邻居在宅基地边界上砌围墙，申请人认为围墙占了自家的滴水位置。',
    ],
  },
  {
    code: 'house_lease',
    weight: 4,
    respondent: 'person',
    subjects: ['房东不退押金', '{estate}房屋租赁纠纷', '租客拖欠房租'],
    facts: [
      '申请人租住{estate}{room}室，租期届满退房后，房东以房屋有损坏为由拒绝退还押金{amount}元。',
      '租客{R}拖欠房租{months}个月共计{amount}元，且拒绝搬离。',
      '房东提前收回房屋，申请人要求退还剩余租金并赔偿搬家损失。',
      '二房东收取租金后失联，承租人与原房东之间产生纠纷。',
    ],
  },
  {
    code: 'sale_contract',
    weight: 3,
    respondent: 'retail',
    subjects: ['{R}买卖合同货款纠纷', '货款拖欠纠纷'],
    facts: [
      '申请人向{R}供应货物，对方收货后以资金紧张为由拖欠货款{amount}元。',
      '申请人购买的货物与合同约定规格不符，要求退货退款，对方不同意。',
      '双方签订了买卖合同，申请人支付定金后，对方迟迟不发货。',
    ],
  },
  {
    code: 'private_loan',
    weight: 4,
    respondent: 'person',
    subjects: ['民间借贷纠纷', '{R}借款到期不还', '朋友借钱不还'],
    facts: [
      '{R}于{years}年前向申请人借款{amount}元，约定一年内归还，到期后一再拖延。',
      '申请人手中有借条，但对方称款项已部分归还，双方对剩余金额有争议。',
      '借款人以生意亏损为由无力还款，申请人担心对方转移财产。',
    ],
  },
  {
    code: 'partnership',
    weight: 1,
    respondent: 'person',
    subjects: ['合伙经营散伙分账纠纷', '合伙开店利润分配纠纷'],
    facts: [
      '申请人与{R}合伙经营一家饭店，散伙时对店面装修和设备的折价分配存在分歧。',
      '合伙人{R}掌管账目，申请人怀疑其隐瞒收入，要求查账并分配利润{amount}元。',
    ],
  },
  {
    code: 'personal_injury',
    weight: 3,
    respondent: 'person',
    subjects: ['邻里纠纷引发人身损害赔偿', '{A}被打伤要求赔偿', '狗咬伤人赔偿纠纷'],
    facts: [
      '双方因琐事发生争执后动手，申请人被{R}打伤，住院治疗花去医疗费{amount}元。',
      '申请人在小区内被邻居饲养的狗咬伤，注射疫苗及治疗共花费{amount}元，狗主人拒绝赔偿。',
      '申请人在{R}店门口因地面湿滑摔倒骨折，要求店家承担赔偿责任。',
    ],
  },
  {
    code: 'property_damage',
    weight: 2,
    respondent: 'person',
    subjects: ['财产损害赔偿纠纷', '车辆被损坏要求赔偿'],
    facts: [
      '{R}在施工中损坏了申请人停放在路边的车辆，维修费用{amount}元。',
      '邻居家的树木倒伏砸坏了申请人的围墙和屋顶。',
      '高空坠物砸坏了申请人的电动车，楼上住户均不承认。',
    ],
  },
  {
    code: 'land_transfer',
    weight: 2,
    respondent: 'person',
    subjects: ['{village}土地流转租金纠纷', '土地流转合同到期纠纷', '流转土地被改变用途'],
    facts: [
      '{village}{group}{n}户村民将承包地流转给{R}种植苗木，对方已拖欠两年土地流转租金{amount}元。',
      '土地流转合同到期后，承租方未恢复土地原状，村民要求赔偿复垦费用。',
      '流转方擅自在流转的耕地上建造房屋，村民认为改变了土地用途，要求解除土地流转合同。',
      '村民对土地流转时的面积测量结果有异议，认为少算了租金。',
    ],
  },
  {
    code: 'land_contract',
    weight: 2,
    respondent: 'person',
    subjects: ['{village}土地承包经营权纠纷', '承包地调整纠纷'],
    facts: [
      '申请人外出务工多年，回村后发现其承包地被村里重新发包给{R}耕种。',
      '出嫁女要求在{village}保留土地承包经营权，村民小组不同意。',
      '两户村民对承包地的地界有争议，各自耕种时经常发生冲突。',
    ],
  },
  {
    code: 'expropriation_compensation',
    weight: 2,
    respondent: 'person',
    subjects: ['征收补偿标准争议', '{village}房屋征收补偿纠纷'],
    facts: [
      '{village}房屋征收中，申请人对房屋面积认定和征收补偿标准有异议，拒绝签订补偿协议。',
      '申请人家的附属用房和院内果树未列入征收补偿范围，要求重新评估。',
      '家庭成员之间对征收补偿款{amount}元的分配发生争议。',
    ],
  },
  {
    code: 'resettlement',
    weight: 1,
    respondent: 'person',
    subjects: ['安置房分配纠纷', '过渡费发放纠纷'],
    facts: [
      '拆迁户反映安置房交付时间一再推迟，过渡安置费停发{months}个月。',
      '申请人对安置房的选房顺序和楼层分配不满。',
    ],
  },
  {
    code: 'pollution_noise',
    weight: 1,
    respondent: 'factory',
    subjects: ['{R}夜间生产噪声污染', '工地夜间施工噪声污染'],
    facts: [
      '{R}厂房紧邻居民区，夜间生产设备运转噪声很大，周边{n}户居民无法入睡。',
      '工地夜间违规施工，渣土车进出噪声扰民，居民多次投诉。',
    ],
  },
  {
    code: 'pollution_water',
    weight: 1,
    respondent: 'factory',
    subjects: ['{R}排放污水污染河道', '养殖场污水直排'],
    facts: [
      '{R}将生产废水直接排入村边河道，河水发黑发臭，下游鱼塘的鱼大量死亡。',
      '附近养殖场的粪污未经处理直排，污染了农田灌溉用水。',
    ],
  },
  {
    code: 'divorce',
    weight: 4,
    respondent: 'person',
    subjects: ['离婚财产分割纠纷', '{A}与{R}离婚纠纷', '离婚后子女抚养纠纷'],
    facts: [
      '申请人与{R}结婚{years}年，因性格不合长期分居，现双方同意离婚，但对离婚财产分割存在分歧。',
      '双方婚后共同购买的{estate}房产一套，对房屋归属和补偿款数额争执不下。',
      '离婚后对方不按协议支付子女抚养费，已拖欠{months}个月。',
      '双方对孩子的抚养权都不愿放弃，矛盾较深。',
    ],
  },
  {
    code: 'support',
    weight: 3,
    respondent: 'person',
    subjects: ['赡养老人纠纷', '子女不履行赡养义务', '老人赡养费纠纷'],
    facts: [
      '申请人年过七旬，育有子女{n}人，子女之间互相推诿，均不愿承担赡养老人的义务。',
      '老人患病住院，子女对医疗费用的分担发生争执，赡养费一直没有落实。',
      '儿子{R}以老人分家时偏心为由，拒绝支付赡养费。',
    ],
  },
  {
    code: 'inheritance',
    weight: 2,
    respondent: 'person',
    subjects: ['遗产继承纠纷', '父母房产继承纠纷'],
    facts: [
      '申请人父母去世后留下房屋一套，兄弟姐妹{n}人对遗产继承份额存在争议。',
      '{R}持有一份遗嘱，其他继承人对遗嘱的真实性提出质疑。',
    ],
  },
  {
    code: 'product_quality',
    weight: 4,
    respondent: 'retail',
    subjects: ['商品质量问题退换货纠纷', '{R}出售的商品质量问题', '新车质量问题纠纷'],
    facts: [
      '申请人在{R}购买的冰箱使用不到一个月就出现不制冷的商品质量问题，商家拒绝退换。',
      '申请人购买的新车行驶不久发动机异响，多次维修未解决，要求退车。',
      '网购的家具到货后发现开裂，卖家只同意补偿{amount}元。',
      '商家宣传与实际商品质量不符，申请人认为存在欺诈，要求三倍赔偿。',
    ],
  },
  {
    code: 'prepaid_card',
    weight: 4,
    respondent: 'service',
    subjects: ['{R}关门预付卡退费', '健身房预付卡退费纠纷', '培训机构退费难'],
    facts: [
      '申请人在{R}办理预付卡充值{amount}元，尚未消费完，门店突然关门停业，老板联系不上。',
      '健身房更换经营者后拒绝承认原会员卡，会员要求预付卡退费。',
      '孩子在培训机构报名的课程还剩{n}节，机构以各种理由拒绝退费。',
      '目前已有{n}名消费者反映同样问题，涉及金额较大。',
    ],
  },
  {
    code: 'medical_damage',
    weight: 2,
    respondent: 'medical',
    subjects: ['医疗损害赔偿纠纷', '{hospital}医疗纠纷', '手术后遗症医疗纠纷'],
    facts: [
      '申请人家属在{hospital}接受手术后出现并发症，家属认为医院存在医疗过错，要求赔偿。',
      '患者在{hospital}就诊时被误诊，延误了治疗，家属情绪激动。',
      '申请人在{R}做牙齿种植后长期疼痛，认为医疗损害系操作不当所致。',
    ],
  },
  {
    code: 'traffic_injury',
    weight: 3,
    respondent: 'person',
    subjects: ['交通事故人身损害赔偿', '{road}交通事故赔偿纠纷', '电动车与轿车相撞致人受伤'],
    facts: [
      '{date}，申请人骑电动自行车在{road}与{R}驾驶的{vehicle}相撞，申请人受伤住院。',
      '交警认定对方负事故主要责任，但双方对交通事故赔偿数额分歧较大。',
      '对方车辆只投保了交强险，保险赔付后仍有{amount}元损失无人承担。',
    ],
  },
  {
    code: 'traffic_property',
    weight: 3,
    respondent: 'person',
    subjects: ['交通事故车辆维修费纠纷', '停车场剐蹭赔偿纠纷'],
    facts: [
      '申请人的{vehicle}在{road}停放时被{R}驾车剐蹭，双方对维修费用和车辆贬值损失有争议。',
      '两车追尾后，双方对责任划分和交通事故赔偿金额各执一词。',
    ],
  },
  {
    code: 'property_fee',
    weight: 6,
    respondent: 'property',
    subjects: ['{estate}业主拒交物业费', '{R}催缴物业费纠纷', '物业费上涨引发纠纷'],
    facts: [
      '{R}反映{estate}部分业主以服务质量差为由拒交物业费，最长已拖欠{months}个月。',
      '业主认为物业公司未经业主大会同意擅自上涨物业费，集体拒交。',
      '物业公司因业主欠缴物业费停止了对其楼道的保洁，双方矛盾加深。',
      '申请人房屋长期空置，要求减免物业费，物业公司不同意。',
    ],
  },
  {
    code: 'property_service',
    weight: 4,
    respondent: 'property',
    subjects: ['{estate}物业服务质量差', '小区电梯故障频发', '物业管理不到位'],
    facts: [
      '{estate}电梯经常故障停运，{R}维修不及时，老人上下楼十分困难。',
      '小区公共区域垃圾清运不及时，绿化无人养护，业主对物业服务质量不满。',
      '小区停车位被外来车辆占用，物业管理不到位，业主车辆无处停放。',
      '物业公司擅自将小区公共收益挪作他用，业主要求公开账目。',
    ],
  },
  {
    code: 'other_misc',
    weight: 2,
    respondent: 'person',
    subjects: ['其他民间纠纷', '邻里琐事纠纷', '婚礼酒席纠纷'],
    facts: [
      '双方因门口堆放杂物问题多次发生争吵。',
      '申请人宠物走失后被{R}收留，对方要求支付饲养费用才肯归还。',
      '婚庆公司未按约定布置婚礼现场，新人要求退还部分费用{amount}元。',
    ],
  },
];
