/**
 * A report as a Word document (issue 7): title and period, the headline as sentences, the
 * tables by category and by organisation, hotspots, the overdue and major-risk lists, and
 * the definitions of the figures. Pure: content in, .docx bytes out.
 */
import type { FileChild } from 'docx';
import {
  bodyText,
  chineseDate,
  flushLine,
  gridTable,
  heading,
  packDocument,
  sealBlock,
  titleLine,
} from '../../documents/index.ts';
import { percent } from './stats-labels.ts';
import {
  DOCX_COLUMNS,
  figureNameZh,
  isRateKey,
  type ReportBreakdown,
  type ReportCaseLine,
  type ReportContent,
} from './report-content.ts';

const cell = (key: string, value: number | null | undefined) =>
  value === null || value === undefined ? '—' : isRateKey(key) ? percent(value) : String(value);

/** The table of a breakdown; rows where every shown figure is zero are left out (Excel keeps them). */
function breakdownTable(b: ReportBreakdown): FileChild[] {
  const rows = b.rows.filter((r) => DOCX_COLUMNS.some((k) => (r.values[k] ?? 0) !== 0));
  if (rows.length === 0) return [bodyText('本期无数据。')];
  return [
    gridTable(
      [b.labelZh, ...DOCX_COLUMNS.map(figureNameZh)],
      rows.map((r) => [r.label, ...DOCX_COLUMNS.map((k) => cell(k, r.values[k]))]),
      [3, ...DOCX_COLUMNS.map(() => 2)],
    ),
  ];
}

function caseTable(lines: readonly ReportCaseLine[], dateLabel: string): FileChild[] {
  if (lines.length === 0) return [bodyText('无。')];
  return [
    gridTable(
      ['案件编号', '事项', '办理单位', '状态', dateLabel],
      lines.map((l) => [l.number, l.subject, l.orgName, l.statusZh, l.date]),
      [4, 6, 4, 2, 3],
    ),
  ];
}

function hotspotText(content: ReportContent): string {
  if (content.hotspots.length === 0) return '本期各网格均无新排查的矛盾纠纷。';
  const list = content.hotspots.map((h) => `${h.label}（${h.found}件）`).join('、');
  return `矛盾纠纷较多的网格：${list}，请相关街道、社区加强排查化解。`;
}

/** Builds the report as a .docx. */
export function reportDocx(content: ReportContent): Promise<Buffer> {
  const byCategory = content.breakdowns.find((b) => b.by === 'category');
  const byOrg = content.breakdowns.find((b) => b.by === 'org');
  const children: FileChild[] = [
    titleLine(content.title),
    flushLine(`统计期间：${content.periodText}`),
    heading('一、总体情况'),
    ...content.headline.map((line) => bodyText(line)),
    heading('二、分类别情况'),
    ...(byCategory ? breakdownTable(byCategory) : []),
    heading('三、分单位情况'),
    ...(byOrg ? breakdownTable(byOrg) : []),
    heading('四、热点区域'),
    bodyText(hotspotText(content)),
    heading('五、超期未办结案件'),
    ...caseTable(content.overdue, '办理期限'),
    heading('六、重大风险矛盾纠纷'),
    ...caseTable(content.majorRisk, '登记日期'),
    heading('附：指标口径'),
    ...content.definitions.map((d) => bodyText(`${d.nameZh}：${d.definitionZh}`)),
    ...sealBlock([content.orgName, chineseDate(content.generatedOn)]),
  ];
  return packDocument({ title: content.title, children });
}
