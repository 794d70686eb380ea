/**
 * `npx fengqiao export-report --kind monthly --month 2026-10 [--org CODE] --format docx|xlsx
 * --out FILE` (issue 7): the arguments read and the report built; cli.ts writes the file.
 */
import { parseArgs } from 'node:util';
import type { ServiceContext } from '../../lib/context.ts';
import { listRootOrgs, orgIdsByCode } from '../orgs/index.ts';
import { REPORT_KINDS, type ReportKind } from './report-periods.ts';
import { exportReport } from './reports.service.ts';

export const EXPORT_REPORT_USAGE =
  'usage: npx fengqiao export-report --kind daily|weekly|monthly (--month YYYY-MM | --day YYYY-MM-DD) [--org CODE] [--format docx|xlsx] --out FILE';

export type ExportReportResult =
  { code: 0; text: string; out: string; bytes: Buffer } | { code: 1 | 2; text: string };

/** Reads the arguments and builds the report's bytes; a usage error is code 2, a bad value code 1. */
export async function exportReportCommand(ctx: ServiceContext, args: string[]): Promise<ExportReportResult> {
  const { values } = parseArgs({
    args,
    options: {
      kind: { type: 'string' },
      month: { type: 'string' },
      day: { type: 'string' },
      org: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const kind = values.kind as ReportKind;
  const period = values.month ?? values.day;
  const format = values.format ?? values.out?.split('.').pop();
  if (!REPORT_KINDS.includes(kind) || !period || !values.out || (format !== 'docx' && format !== 'xlsx'))
    return { code: 2, text: EXPORT_REPORT_USAGE };
  let orgCode = values.org;
  if (!orgCode) {
    const roots = await listRootOrgs(ctx);
    if (roots.length !== 1)
      return { code: 1, text: `give --org CODE: the tree has ${roots.length} top-level organisations` };
    orgCode = roots[0]!.code;
  }
  const orgId = (await orgIdsByCode(ctx, [orgCode])).get(orgCode);
  if (!orgId) return { code: 1, text: `no organisation with code ${orgCode}` };
  const bytes = await exportReport(ctx, { kind, period, orgId, format });
  return { code: 0, text: `wrote ${values.out} (${bytes.length} bytes)`, out: values.out, bytes };
}
