import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/app.ts';
import { buildOrgTree, type OrgTree } from '../../../test/support/factories.ts';
import { idNumber } from '../../../test/support/identities.ts';
import { readTableFile } from '../../lib/table-file.ts';
import { ValidationFailed } from '../../lib/errors.ts';
import { importCaseRecords } from './case-import.ts';

let t: TestApp;
let tree: OrgTree;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
});
afterAll(() => t.close());

const countCases = async () =>
  Number(
    (
      await t.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

function ledger(rows: string[][]): ReturnType<typeof readTableFile> {
  const header = '渠道,类别,标题,事由,登记时间,网格编码,涉及金额,申请人,申请人身份证号,申请人电话,被申请人';
  const csv = [header, ...rows.map((r) => r.join(','))].join('\n');
  return readTableFile('csv', Buffer.from(csv));
}

const good = (n: number) => [
  'hotline_12345',
  'wage_arrears',
  `欠薪工单${n}`,
  '工人反映项目部拖欠工资',
  '2025-06-03 10:20',
  `${tree.prefix}-A-1-G1`,
  '12000.50',
  `工人${n}`,
  idNumber('330106', '19880101', n),
  '13912345678',
  '某劳务公司',
];

describe('import-cases', () => {
  it('imports a ledger with Chinese headers, historic dates and amounts in yuan', async () => {
    const before = await countCases();
    const result = await importCaseRecords(t.system, await ledger([good(1), good(2)]), {
      orgId: tree.district,
      gridIds: new Map([[`${tree.prefix}-A-1-G1`, tree.gridA]]),
      skipBad: false,
    });
    expect(result).toEqual({ imported: 2, rejected: [] });
    expect(await countCases()).toBe(before + 2);
    const row = await t.db
      .selectFrom('cases')
      .selectAll()
      .where('subject', '=', '欠薪工单1')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      channel: 'hotline_12345',
      amountFen: 1_200_050,
      gridId: tree.gridA,
      createdAt: '2025-06-03T02:20:00.000Z',
    });
    expect(row.number).toMatch(new RegExp(`^${tree.prefix}-2025-`));
  });

  it('imports nothing when one row is bad, and names the row and column', async () => {
    const before = await countCases();
    const bad = good(4);
    bad[8] = '110105197906120451';
    const records = await ledger([good(3), bad, good(5)]);
    const err = await importCaseRecords(t.system, records, {
      orgId: tree.district,
      gridIds: new Map([[`${tree.prefix}-A-1-G1`, tree.gridA]]),
      skipBad: false,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationFailed);
    expect((err as ValidationFailed).errors).toEqual([
      expect.objectContaining({
        line: 3,
        detail: expect.stringMatching(/^line 3: applicant_id_number: .*check digit/),
      }),
    ]);
    expect(await countCases()).toBe(before);
  });

  it('with skipBad imports the good rows and returns the bad ones', async () => {
    const before = await countCases();
    const bad = good(7);
    bad[1] = 'astrology';
    const result = await importCaseRecords(t.system, await ledger([good(6), bad]), {
      orgId: tree.district,
      gridIds: new Map([[`${tree.prefix}-A-1-G1`, tree.gridA]]),
      skipBad: true,
    });
    expect(result.imported).toBe(1);
    expect(result.rejected).toEqual([
      expect.objectContaining({ errors: [expect.objectContaining({ line: 3, column: 'category' })] }),
    ]);
    expect(await countCases()).toBe(before + 1);
  });

  it('reads an unknown grid code as an error of that column', async () => {
    const row = good(8);
    row[5] = 'NOWHERE';
    const result = await importCaseRecords(t.system, await ledger([row]), {
      orgId: tree.district,
      gridIds: new Map(),
      skipBad: true,
    });
    expect(result.rejected[0]!.errors).toEqual([expect.objectContaining({ column: 'grid_code' })]);
  });
});

describe('the import file on disk', () => {
  it('is read as UTF-8 with a BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fq-ledger-'));
    const file = join(dir, 'ledger.csv');
    writeFileSync(file, '\uFEFF类别,标题\nlabour,工资\n');
    const records = await readTableFile('csv', readFileSync(file));
    expect(records[0]!.values).toEqual({ 类别: 'labour', 标题: '工资' });
  });
});
