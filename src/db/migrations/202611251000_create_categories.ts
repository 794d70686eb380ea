import type { Kysely } from '../migration-kit.ts';

/** The admin-editable two-level taxonomy, seeded with the people's-mediation statistical categories. */
const FIRST_LEVEL: [string, string, string][] = [
  ['marriage_family', '婚姻家庭', 'Marriage and family'],
  ['neighbour', '邻里', 'Neighbours'],
  ['housing_homestead', '房屋宅基地', 'Housing and homestead'],
  ['contract', '合同', 'Contract'],
  ['business', '生产经营', 'Production and business'],
  ['damages', '损害赔偿', 'Damages'],
  ['forest_land', '山林土地', 'Forest and land'],
  ['land_acquisition', '征地拆迁', 'Land acquisition and demolition'],
  ['environment', '环境污染', 'Environmental pollution'],
  ['labour', '劳动争议', 'Labour dispute'],
  ['consumer', '消费', 'Consumer'],
  ['medical', '医疗', 'Medical'],
  ['traffic', '道路交通事故', 'Road traffic accident'],
  ['property_management', '物业', 'Property management'],
  ['other', '其他', 'Other'],
];

const SECOND_LEVEL: [string, string, string, string][] = [
  ['marriage_family', 'divorce', '离婚纠纷', 'Divorce'],
  ['marriage_family', 'support', '赡养抚养扶养', 'Support of family members'],
  ['marriage_family', 'inheritance', '继承纠纷', 'Inheritance'],
  ['neighbour', 'noise', '噪音扰民', 'Noise'],
  ['neighbour', 'water_leak', '房屋漏水', 'Water leaks'],
  ['neighbour', 'passage_light', '通行采光', 'Passage and daylight'],
  ['housing_homestead', 'homestead', '宅基地纠纷', 'Homestead'],
  ['housing_homestead', 'house_lease', '房屋租赁', 'House lease'],
  ['contract', 'sale_contract', '买卖合同', 'Sale contract'],
  ['contract', 'private_loan', '民间借贷', 'Private loan'],
  ['business', 'partnership', '合伙经营', 'Partnership'],
  ['damages', 'personal_injury', '人身损害赔偿', 'Personal injury'],
  ['damages', 'property_damage', '财产损害赔偿', 'Property damage'],
  ['forest_land', 'land_transfer', '土地流转', 'Land transfer'],
  ['forest_land', 'land_contract', '土地承包', 'Land contracting'],
  ['land_acquisition', 'expropriation_compensation', '征收补偿', 'Expropriation compensation'],
  ['land_acquisition', 'resettlement', '安置纠纷', 'Resettlement'],
  ['environment', 'pollution_noise', '噪声污染', 'Noise pollution'],
  ['environment', 'pollution_water', '水污染', 'Water pollution'],
  ['labour', 'wage_arrears', '拖欠农民工工资', 'Wages owed to migrant workers'],
  ['labour', 'labour_contract', '劳动合同', 'Labour contract'],
  ['labour', 'work_injury', '工伤待遇', 'Work injury'],
  ['labour', 'social_insurance', '社会保险', 'Social insurance'],
  ['consumer', 'product_quality', '商品质量', 'Product quality'],
  ['consumer', 'prepaid_card', '预付卡消费', 'Prepaid cards'],
  ['medical', 'medical_damage', '医疗损害', 'Medical damage'],
  ['traffic', 'traffic_injury', '交通事故人身损害', 'Traffic injury'],
  ['traffic', 'traffic_property', '交通事故财产损失', 'Traffic property loss'],
  ['property_management', 'property_fee', '物业费', 'Property fees'],
  ['property_management', 'property_service', '物业服务质量', 'Property service quality'],
  ['other', 'other_misc', '其他纠纷', 'Other disputes'],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('categories')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('parent_code', 'text', (c) => c.references('categories.code'))
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const now = '2026-11-25T00:00:00.000Z';
  await db
    .insertInto('categories')
    .values(
      FIRST_LEVEL.map(([code, zh, en], i) => ({
        code,
        parent_code: null,
        name_zh: zh,
        name_en: en,
        sort_order: i,
        is_active: 1,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  await db
    .insertInto('categories')
    .values(
      SECOND_LEVEL.map(([parent, code, zh, en], i) => ({
        code,
        parent_code: parent,
        name_zh: zh,
        name_en: en,
        sort_order: i,
        is_active: 1,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('categories').execute();
}
