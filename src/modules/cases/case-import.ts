/**
 * Bulk import of past ledgers and hotline work orders (`fengqiao import-cases`). Every
 * row goes through the same validation and registration as the window; the whole file
 * is checked in one transaction and nothing is imported unless every row is good —
 * or, with `skipBad`, the good rows are imported and the bad ones returned.
 */
import { Value } from '@sinclair/typebox/value';
import { inTransaction } from '../../db/dialect.ts';
import { FixedClock } from '../../lib/clock.ts';
import { parseLocalDateTime } from '../../lib/time.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { ValidationFailed, type FieldError } from '../../lib/errors.ts';
import type { RawRecord } from '../../lib/table-file.ts';
import { RegisterCaseBodySchema, type RegisterCaseBody } from './cases.schemas.ts';
import { registerCase } from './cases.service.ts';

/** Column names, English or as Chinese ledgers head them. */
const ALIASES: Record<string, string> = {
  渠道: 'channel',
  来源: 'channel',
  类别: 'category',
  纠纷类别: 'category',
  标题: 'subject',
  事由: 'description',
  简要案情: 'description',
  发生时间: 'occurred_at',
  登记时间: 'registered_at',
  网格编码: 'grid_code',
  地址: 'address',
  涉及人数: 'people_involved',
  涉及金额: 'amount_yuan',
  风险等级: 'risk',
  申请人: 'applicant_name',
  申请人身份证号: 'applicant_id_number',
  申请人电话: 'applicant_phone',
  被申请人: 'respondent_name',
  被申请人身份证号: 'respondent_id_number',
  被申请人电话: 'respondent_phone',
  被申请人信用代码: 'respondent_credit_code',
};

/** Where a field of the registration body came from in the file. */
const COLUMN_OF: Record<string, string> = {
  '#/parties/0/name': 'applicant_name',
  '#/parties/0/idNumber': 'applicant_id_number',
  '#/parties/0/phone': 'applicant_phone',
  '#/parties/1/name': 'respondent_name',
  '#/parties/1/idNumber': 'respondent_id_number',
  '#/parties/1/phone': 'respondent_phone',
  '#/parties/1/creditCode': 'respondent_credit_code',
  '#/occurredAt': 'occurred_at',
  '#/peopleInvolved': 'people_involved',
  '#/amountFen': 'amount_yuan',
  '#/gridId': 'grid_code',
  '#/petitionType': 'petition_type',
};

export interface ImportRowError {
  line: number;
  column: string;
  detail: string;
}

export interface CaseImportResult {
  imported: number;
  rejected: { record: RawRecord; errors: ImportRowError[] }[];
}

function columnsOf(values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) out[ALIASES[k.trim()] ?? k] = v.trim();
  return out;
}

function toBody(
  v: Record<string, string>,
  gridIds: Map<string, string>,
): { body: RegisterCaseBody; registeredAt?: string; problems: ImportRowError[] } {
  const problems: ImportRowError[] = [];
  const num = (column: string) => (v[column] ? Number(v[column]) : undefined);
  const respondentIsOrg =
    Boolean(v.respondent_credit_code) || /公司|集团|厂|中心|医院|学校|委员会/.test(v.respondent_name ?? '');
  const parties: RegisterCaseBody['parties'] = [
    {
      kind: 'person',
      role: 'applicant',
      name: v.applicant_name ?? '',
      ...(v.applicant_id_number ? { idNumber: v.applicant_id_number } : {}),
      ...(v.applicant_phone ? { phone: v.applicant_phone } : {}),
    },
  ];
  if (v.respondent_name)
    parties.push({
      kind: respondentIsOrg ? 'organisation' : 'person',
      role: 'respondent',
      name: v.respondent_name,
      ...(v.respondent_id_number ? { idNumber: v.respondent_id_number } : {}),
      ...(v.respondent_phone ? { phone: v.respondent_phone } : {}),
      ...(v.respondent_credit_code ? { creditCode: v.respondent_credit_code } : {}),
    });
  let gridId: string | undefined;
  if (v.grid_code) {
    gridId = gridIds.get(v.grid_code);
    if (!gridId)
      problems.push({ line: 0, column: 'grid_code', detail: `no organisation with code "${v.grid_code}"` });
  }
  const yuan = num('amount_yuan');
  const occurred = v.occurred_at ? parseLocalDateTime(v.occurred_at) : undefined;
  if (v.occurred_at && !occurred)
    problems.push({ line: 0, column: 'occurred_at', detail: `"${v.occurred_at}" is not a date` });
  const body = {
    channel: v.channel || 'walk_in',
    category: v.category ?? '',
    subject: v.subject ?? '',
    description: v.description || v.subject || '',
    ...(v.petition_type ? { petitionType: v.petition_type } : {}),
    ...(occurred ? { occurredAt: occurred.toISOString() } : {}),
    ...(gridId ? { gridId } : {}),
    ...(v.address ? { address: v.address } : {}),
    ...(num('people_involved') !== undefined ? { peopleInvolved: num('people_involved') } : {}),
    ...(yuan !== undefined ? { amountFen: Math.round(yuan * 100) } : {}),
    ...(v.risk ? { risk: v.risk } : {}),
    parties,
  } as RegisterCaseBody;
  return { body, problems, ...(v.registered_at ? { registeredAt: v.registered_at } : {}) };
}

function columnFor(pointer: string): string {
  if (COLUMN_OF[pointer]) return COLUMN_OF[pointer];
  return pointer
    .replace(/^#\//, '')
    .replace(/([A-Z])/g, '_$1')
    .toLowerCase();
}

/** Checks a row against the registration schema; returns its problems. */
function schemaProblems(body: RegisterCaseBody): ImportRowError[] {
  return [...Value.Errors(RegisterCaseBodySchema, body)].map((e) => ({
    line: 0,
    column: columnFor(`#${e.path}`),
    detail: e.message,
  }));
}

/**
 * Imports case records as registered by `orgId` (the registering organisation).
 * @throws ValidationFailed listing every bad row (nothing imported) unless `skipBad`.
 */
export async function importCaseRecords(
  ctx: ServiceContext,
  records: RawRecord[],
  opts: { orgId: string; gridIds: Map<string, string>; skipBad: boolean },
): Promise<CaseImportResult> {
  const rejected: CaseImportResult['rejected'] = [];
  let imported = 0;
  await inTransaction(ctx.db, async (trx) => {
    for (const record of records) {
      const { body, problems, registeredAt } = toBody(columnsOf(record.values), opts.gridIds);
      problems.push(...schemaProblems(body));
      const at = registeredAt ? parseLocalDateTime(registeredAt, '09:00') : undefined;
      if (registeredAt && !at)
        problems.push({ line: 0, column: 'registered_at', detail: `"${registeredAt}" is not a date` });
      if (problems.length === 0) {
        try {
          const rowCtx = { ...withDb(ctx, trx), ...(at ? { clock: new FixedClock(at) } : {}) };
          await registerCase(rowCtx, body, { orgId: opts.orgId });
          imported++;
          continue;
        } catch (err) {
          if (!(err instanceof ValidationFailed)) throw err;
          problems.push(
            ...(err.errors ?? []).map((e) => ({ line: 0, column: columnFor(e.pointer), detail: e.detail })),
          );
        }
      }
      rejected.push({ record, errors: problems.map((p) => ({ ...p, line: record.line })) });
    }
    if (rejected.length > 0 && !opts.skipBad) {
      const errors: FieldError[] = rejected.flatMap((r) =>
        r.errors.map((e) => ({
          pointer: `#/rows/${r.record.line}/${e.column}`,
          code: 'invalid',
          detail: `line ${e.line}: ${e.column}: ${e.detail}`,
          line: e.line,
        })),
      );
      throw new ValidationFailed(
        `${rejected.length} of ${records.length} rows are bad; nothing was imported`,
        errors,
      );
    }
  });
  return { imported, rejected };
}
