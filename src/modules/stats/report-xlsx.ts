/**
 * A report as an Excel workbook (issue 7): one sheet for the figures with their
 * comparisons, one per breakdown, and the overdue and major-risk cases. Numbers are
 * numbers (rates formatted as percentages), the header row is frozen and every column is
 * as wide as its longest text. Pure: content in, .xlsx bytes out.
 */
import ExcelJS from 'exceljs';
import { COUNT_KEYS, RATE_KEYS } from './figure-definitions.ts';
import { figureNameZh, isRateKey, type ReportCaseLine, type ReportContent } from './report-content.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Cell = string | number | null;

/** Display width of a value: CJK characters count twice, others once. */
function displayWidth(value: Cell, isRate: boolean): number {
  if (value === null) return 1;
  const text = typeof value === 'number' ? (isRate ? '100.0%' : String(value)) : value;
  return [...text].reduce((n, ch) => n + (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
}

/** A sheet with a frozen, bold header row, the rows as given and fitted column widths. */
function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  rateColumns: ReadonlySet<number> = new Set(),
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  header.forEach((title, i) => {
    const column = sheet.getColumn(i + 1);
    const widest = Math.max(
      displayWidth(title, false),
      ...rows.map((r) => displayWidth(r[i] ?? null, rateColumns.has(i))),
    );
    column.width = Math.min(60, Math.max(8, widest + 2));
    if (rateColumns.has(i)) column.numFmt = '0.0%';
  });
  return sheet;
}

function caseSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  lines: readonly ReportCaseLine[],
  dateLabel: string,
) {
  addSheet(
    workbook,
    name,
    ['案件编号', '事项', '办理单位', '状态', dateLabel],
    lines.map((l) => [l.number, l.subject, l.orgName, l.statusZh, l.date]),
  );
}

/** Builds the report as a .xlsx. */
export async function reportXlsx(content: ReportContent): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '枫桥矛盾纠纷多元化解平台';
  workbook.title = content.title;
  const figureRows = content.figures.map((f) => [f.nameZh, f.current, f.previous, f.lastYear]);
  const figures = addSheet(workbook, '总体指标', ['指标', '本期', '上期', '去年同期'], figureRows);
  content.figures.forEach((f, i) => {
    if (f.isRate) for (const col of [2, 3, 4]) figures.getRow(i + 2).getCell(col).numFmt = '0.0%';
  });
  for (const b of content.breakdowns) {
    const present = new Set(b.rows.flatMap((r) => Object.keys(r.values)));
    const keys = [...COUNT_KEYS, ...RATE_KEYS].filter((k) => present.has(k));
    const rates = new Set(keys.map((k, i) => (isRateKey(k) ? i + 1 : -1)).filter((i) => i > 0));
    addSheet(
      workbook,
      b.titleZh,
      [b.labelZh, ...keys.map(figureNameZh)],
      b.rows.map((r) => [r.label, ...keys.map((k) => r.values[k] ?? null)]),
      rates,
    );
  }
  caseSheet(workbook, '超期未办结案件', content.overdue, '办理期限');
  caseSheet(workbook, '重大风险矛盾纠纷', content.majorRisk, '登记日期');
  addSheet(
    workbook,
    '指标口径',
    ['指标', '口径'],
    content.definitions.map((d) => [d.nameZh, d.definitionZh]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
