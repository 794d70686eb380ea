/**
 * The fictional demo district 示范区: 3 streets × 3 communities × 3–4 grids with simple
 * rectangular boundaries, a judicial office per street, the district's departments,
 * 8 specialist mediation committees, the petition bureau, legal aid and the court
 * liaison office. Produced as import records so the demo goes through the same
 * validation as any real import.
 */
import type { RawRecord } from '../lib/table-file.ts';

export const DEMO_DISTRICT_CODE = 'SFQ';

const STREETS = [
  { code: 'DH', name: '东湖街道', communities: ['湖滨社区', '柳岸社区', '桂园社区'] },
  { code: 'XS', name: '西山街道', communities: ['山前社区', '枫林社区', '青石社区'] },
  { code: 'NQ', name: '南桥镇', communities: ['南桥村', '石桥村', '荷塘村'] },
] as const;

const GRID_NAMES = ['第一网格', '第二网格', '第三网格', '第四网格'];

export const DEPARTMENTS = [
  { code: 'RSJ', name: '区人力资源和社会保障局' },
  { code: 'ZJJ', name: '区住房和城乡建设局' },
  { code: 'SCJ', name: '区市场监督管理局' },
  { code: 'ZRJ', name: '区自然资源和规划局' },
  { code: 'GAJ', name: '区公安分局' },
  { code: 'MZJ', name: '区民政局' },
  { code: 'WJJ', name: '区卫生健康局' },
] as const;

export const COMMITTEES = [
  { code: 'YL', specialty: 'medical', name: '区医疗纠纷人民调解委员会' },
  { code: 'JT', specialty: 'traffic', name: '区道路交通事故纠纷人民调解委员会' },
  { code: 'LD', specialty: 'labour', name: '区劳动争议人民调解委员会' },
  { code: 'WY', specialty: 'property_management', name: '区物业纠纷人民调解委员会' },
  { code: 'ZD', specialty: 'land_acquisition', name: '区征地拆迁纠纷人民调解委员会' },
  { code: 'FE', specialty: 'women_children', name: '区妇女儿童权益纠纷人民调解委员会' },
  { code: 'SY', specialty: 'food_drugs', name: '区食品药品纠纷人民调解委员会' },
  { code: 'HY', specialty: 'marriage_family', name: '区婚姻家庭纠纷人民调解委员会' },
] as const;

/** A closed rectangle ring as a GeoJSON Polygon. */
function rectangle(west: number, south: number, width: number, height: number): string {
  const r = (n: number) => Math.round(n * 1e6) / 1e6;
  const [w, s, e, n] = [r(west), r(south), r(west + width), r(south + height)];
  return JSON.stringify({
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  });
}

function record(line: number, values: Record<string, string>): RawRecord {
  return { line, values };
}

/** Grid code of the first grid of the first community (where the demo grid worker sits). */
export const FIRST_GRID_CODE = `${DEMO_DISTRICT_CODE}-DH-01-G1`;

export function demoOrgRecords(): RawRecord[] {
  const d = DEMO_DISTRICT_CODE;
  const out: RawRecord[] = [];
  const add = (values: Record<string, string>) => out.push(record(out.length + 1, values));
  // The district spans 0.18° of longitude (three streets) and 0.12° of latitude.
  const [west, south] = [120.1, 30.2];
  add({ code: d, name: '示范区', type: 'district', boundary: rectangle(west, south, 0.18, 0.12) });
  STREETS.forEach((street, si) => {
    const sCode = `${d}-${street.code}`;
    const sWest = west + si * 0.06;
    add({
      code: sCode,
      name: street.name,
      type: 'street',
      parent_code: d,
      sort_order: String(si),
      boundary: rectangle(sWest, south, 0.06, 0.12),
    });
    street.communities.forEach((community, ci) => {
      const cCode = `${sCode}-0${ci + 1}`;
      const cSouth = south + ci * 0.04;
      add({
        code: cCode,
        name: community,
        type: 'community',
        parent_code: sCode,
        sort_order: String(ci),
        boundary: rectangle(sWest, cSouth, 0.06, 0.04),
      });
      const grids = (si + ci) % 2 === 0 ? 4 : 3;
      for (let gi = 0; gi < grids; gi++) {
        const width = 0.06 / grids;
        add({
          code: `${cCode}-G${gi + 1}`,
          name: `${community}${GRID_NAMES[gi]}`,
          type: 'grid',
          parent_code: cCode,
          sort_order: String(gi),
          boundary: rectangle(sWest + gi * width, cSouth, width, 0.04),
        });
      }
    });
    add({
      code: `${sCode}-SFS`,
      name: `${street.name.replace(/街道|镇/, '')}司法所`,
      type: 'judicial_office',
      parent_code: sCode,
      sort_order: '90',
    });
  });
  DEPARTMENTS.forEach((dep, i) =>
    add({
      code: `${d}-${dep.code}`,
      name: dep.name,
      type: 'department',
      parent_code: d,
      sort_order: String(10 + i),
    }),
  );
  COMMITTEES.forEach((c, i) =>
    add({
      code: `${d}-TW-${c.code}`,
      name: c.name,
      type: 'mediation_committee',
      specialty: c.specialty,
      parent_code: d,
      sort_order: String(30 + i),
    }),
  );
  add({ code: `${d}-XFJ`, name: '区信访局', type: 'petition_bureau', parent_code: d, sort_order: '50' });
  add({ code: `${d}-FYZX`, name: '区法律援助中心', type: 'legal_aid', parent_code: d, sort_order: '51' });
  add({
    code: `${d}-FY`,
    name: '区人民法院诉讼服务中心',
    type: 'court_liaison',
    parent_code: d,
    sort_order: '52',
  });
  return out;
}
