import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { expectDocx } from '../../../test/support/docx.ts';
import { signIn } from '../../../test/support/factories.ts';
import { EXPECTED, buildStatsScenario, type StatsScenario } from '../../../test/support/stats-scenario.ts';
import { listAuditForTarget } from '../audit/index.ts';
import { exportReportCommand } from './report-command.ts';
import { generateDueReports } from './reports.service.ts';

let t: TestApp;
let s: StatsScenario;
let caseNumbers: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  s = await buildStatsScenario(t);
  const rows = await t.db.selectFrom('cases').select(['id', 'number']).execute();
  const byId = new Map(rows.map((r) => [r.id, r.number]));
  caseNumbers = Object.fromEntries(Object.entries(s.cases).map(([k, id]) => [k, byId.get(id)!]));
}, 120_000);
afterAll(() => t.close());

const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

async function monthly(cookie = s.district) {
  const res = await call(cookie, 'POST', '/reports', { kind: 'monthly', period: '2026-03' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function workbook(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe('the monthly analysis generated on demand', () => {
  it('is stored with the figures and an audit row', async () => {
    const report = await monthly();
    expect(report).toMatchObject({
      kind: 'monthly',
      kindZh: '每月分析',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      orgId: s.tree.district,
      source: 'on_demand',
    });
    expect(report.figures).toMatchObject({
      found: EXPECTED.found,
      resolved: EXPECTED.resolved,
      onTimeRate: 0.75,
    });
    const audit = await listAuditForTarget(t.db, 'report', report.id);
    expect(audit.map((a) => a.action)).toEqual(['report.generate']);
  });

  it('opens as a Word document holding the headline, the tables and the lists', async () => {
    const { id } = await monthly();
    const res = await call(s.district, 'GET', `/reports/${id}/docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const doc = expectDocx(res.rawPayload);
    expect(doc.text).toContain('矛盾纠纷调处化解每月分析');
    expect(doc.text).toContain('统计期间：2026年3月');
    expect(doc.text).toContain('本月共排查矛盾纠纷8件，同比上升700.0%，环比上升300.0%；受理7件。');
    expect(doc.text).toContain('调解成功率66.7%');
    expect(doc.text).toContain('按时办结率75.0%');
    expect(doc.text).toContain('当前超期未办结4件');
    expect(doc.paragraphs).toEqual(expect.arrayContaining(['甲街道', '乙街道', '邻里', '劳动争议']));
    for (const key of ['C4', 'C5', 'C7', 'C8']) expect(doc.text, key).toContain(caseNumbers[key]);
    expect(doc.text).toContain('指标口径');
  });

  it('opens as an Excel workbook: numbers as numbers, frozen header, fitted widths', async () => {
    const { id } = await monthly();
    const res = await call(s.district, 'GET', `/reports/${id}/xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = await workbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '总体指标',
      '分类别',
      '分单位',
      '分渠道',
      '分网格',
      '按日',
      '超期未办结案件',
      '重大风险矛盾纠纷',
      '指标口径',
    ]);
    const overall = wb.getWorksheet('总体指标')!;
    expect(overall.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rowOf = (sheet: ExcelJS.Worksheet, label: string) =>
      sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === label)!;
    expect(rowOf(overall, '排查矛盾纠纷').getCell(2).value).toBe(8);
    expect(rowOf(overall, '排查矛盾纠纷').getCell(3).value).toBe(2);
    const onTime = rowOf(overall, '按时办结率').getCell(2);
    expect(onTime.value).toBe(0.75);
    expect(onTime.numFmt).toBe('0.0%');
    const byOrg = wb.getWorksheet('分单位')!;
    expect(rowOf(byOrg, '甲街道').getCell(2).value).toBe(5);
    const labelWidth = byOrg.getColumn(1).width!;
    expect(labelWidth).toBeGreaterThanOrEqual('区劳动争议人民调解委员会'.length * 2);
    expect(wb.getWorksheet('按日')!.rowCount).toBe(32);
    expect(wb.getWorksheet('超期未办结案件')!.rowCount).toBe(5);
  });

  it('is replaced, not duplicated, when generated again', async () => {
    const first = await monthly();
    const again = await monthly();
    expect(again.id).toBe(first.id);
    const list = (await call(s.district, 'GET', '/reports?kind=monthly')).json().items;
    expect(list.filter((r: { periodStart: string }) => r.periodStart === '2026-03-01')).toHaveLength(1);
  });
});

describe('scope and input', () => {
  it('a street sees its own reports only and gets 404 for the district’s', async () => {
    const { id } = await monthly();
    const streetReport = await monthly(s.streetA);
    expect(streetReport.orgId).toBe(s.tree.streetA);
    expect(streetReport.figures.found).toBe(5);
    const streetBList = (await call(s.streetB, 'GET', '/reports')).json().items;
    expect(streetBList).toEqual([]);
    expectProblem(await call(s.streetB, 'GET', `/reports/${id}/docx`), 404, 'not-found');
    expectProblem(await call(s.streetB, 'GET', `/reports/${streetReport.id}/xlsx`), 404, 'not-found');
    expectProblem(
      await call(s.streetB, 'POST', '/reports', {
        kind: 'daily',
        period: '2026-03-02',
        orgId: s.tree.streetA,
      }),
      404,
      'not-found',
    );
    expectProblem(await call(s.streetB, 'GET', `/reports?orgId=${s.tree.district}`), 404, 'not-found');
  });

  it.each([
    [{ kind: 'monthly', period: '2026-13' }, '#/period'],
    [{ kind: 'daily', period: '2026-03' }, '#/period'],
    [{ kind: 'yearly', period: '2026' }, '#/kind'],
  ])('%j is refused naming %s', async (body, pointer) => {
    const problem = expectProblem(await call(s.district, 'POST', '/reports', body), 400, 'validation-failed');
    expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
  });
});

describe('the command line', () => {
  it('writes the monthly analysis as Excel for an organisation code', async () => {
    const result = await exportReportCommand(t.system, [
      '--kind',
      'monthly',
      '--month',
      '2026-03',
      '--org',
      `${s.tree.prefix}-A`,
      '--out',
      '/tmp/report.xlsx',
    ]);
    expect(result.code).toBe(0);
    if (result.code !== 0) return;
    const wb = await workbook(result.bytes);
    expect(wb.getWorksheet('总体指标')!.getRow(2).getCell(2).value).toBe(5);
  });

  it('explains its usage', async () => {
    expect((await exportReportCommand(t.system, ['--kind', 'monthly'])).code).toBe(2);
    const unknown = await exportReportCommand(t.system, [
      '--kind',
      'daily',
      '--day',
      '2026-03-02',
      '--org',
      'NOPE',
      '--out',
      'x.docx',
    ]);
    expect(unknown).toMatchObject({ code: 1, text: 'no organisation with code NOPE' });
  });
});

describe('the scheduled job', () => {
  it('generates the reports that fell due — daily and weekly; the monthly one exists — once', async () => {
    t.clock.set('2026-04-01T00:30:00.000Z'); // Wednesday 1 April, 08:30 in Asia/Shanghai
    // The monthly analysis of March exists already (generated on demand above).
    expect(await generateDueReports(t.system)).toEqual({ generated: 2, checked: 3 });
    expect(await generateDueReports(t.system)).toMatchObject({ generated: 0 });
    const rows = await t.db
      .selectFrom('reports')
      .select(['kind', 'periodStart', 'periodEnd', 'source'])
      .where('orgId', '=', s.tree.district)
      .where('source', '=', 'schedule')
      .orderBy('kind')
      .execute();
    expect(rows).toEqual([
      { kind: 'daily', periodStart: '2026-03-31', periodEnd: '2026-03-31', source: 'schedule' },
      { kind: 'weekly', periodStart: '2026-03-23', periodEnd: '2026-03-29', source: 'schedule' },
    ]);
    const cookie = await signIn(
      t.app,
      (
        await t.db
          .selectFrom('users')
          .select('username')
          .where('orgId', '=', s.tree.district)
          .executeTakeFirstOrThrow()
      ).username,
    );
    const list = (await call(cookie, 'GET', '/reports')).json().items;
    expect(list.map((r: { kind: string; periodStart: string }) => `${r.kind} ${r.periodStart}`)).toEqual(
      expect.arrayContaining(['daily 2026-03-31', 'weekly 2026-03-23', 'monthly 2026-03-01']),
    );
  });
});
