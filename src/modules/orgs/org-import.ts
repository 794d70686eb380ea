/**
 * Plans an organisation import: validates every record of a file against the file
 * itself and the existing tree, and either reports every bad row (with its line) or
 * returns the creates and updates in an order where parents come first. Pure: the
 * service supplies the existing organisations the file refers to.
 */
import { ORG_TYPES, type OrgRow, type OrgType } from '../../db/tables.ts';
import type { FieldError } from '../../lib/errors.ts';
import { ALLOWED_PARENTS, AREA_TYPES, SPECIALTIES, checkBoundary } from './org-rules.ts';
import type { RawRecord } from '../../lib/table-file.ts';

export interface OrgImportRow {
  line: number;
  code: string;
  name: string;
  type: OrgType;
  parentCode: string | null;
  specialty: string | null;
  boundary: string | null;
  sortOrder: number;
}

export interface ImportPlan {
  /** Rows in an order where every parent precedes its children. */
  rows: (OrgImportRow & { existing: OrgRow | undefined })[];
}

export interface PlanInput {
  records: RawRecord[];
  /** Existing organisations whose code appears in the file (as code or parent_code). */
  existingByCode: Map<string, OrgRow>;
  /** Path of the importer's organisation; null for the command line (whole tree). */
  scopePath: string | null;
}

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

function rowError(index: number, line: number, field: string, code: string, detail: string): FieldError {
  return { pointer: `#/rows/${index}/${field}`, line, code, detail: `line ${line}: ${field} ${detail}` };
}

function readRow(rec: RawRecord, index: number, errors: FieldError[]): OrgImportRow | undefined {
  const v = rec.values;
  const before = errors.length;
  const err = (field: string, code: string, detail: string) =>
    errors.push(rowError(index, rec.line, field, code, detail));
  const code = (v.code ?? '').trim();
  const name = (v.name ?? '').trim();
  const type = (v.type ?? '').trim() as OrgType;
  const parentCode = (v.parent_code ?? '').trim() || null;
  const specialty = (v.specialty ?? '').trim() || null;
  const boundary = (v.boundary ?? '').trim() || null;
  const sortText = (v.sort_order ?? '').trim();

  if (!code) err('code', 'required', 'is required');
  else if (!CODE_PATTERN.test(code))
    err('code', 'invalid', `"${code}" may hold only letters, digits, _ . - (at most 40)`);
  if (!name) err('name', 'required', 'is required');
  else if (name.length > 100) err('name', 'too-long', 'is longer than 100 characters');
  if (!(ORG_TYPES as readonly string[]).includes(type))
    err('type', 'invalid', `"${type}" is not one of ${ORG_TYPES.join(', ')}`);
  if (specialty && type !== 'mediation_committee')
    err('specialty', 'not-allowed', 'is only for mediation_committee');
  if (specialty && !(SPECIALTIES as readonly string[]).includes(specialty))
    err('specialty', 'invalid', `"${specialty}" is not one of ${SPECIALTIES.join(', ')}`);
  if (boundary) {
    if (!AREA_TYPES.includes(type)) err('boundary', 'not-allowed', `is only for ${AREA_TYPES.join(', ')}`);
    else {
      const problem = checkBoundary(boundary);
      if (problem) err('boundary', 'invalid', problem);
    }
  }
  if (sortText && !/^-?\d+$/.test(sortText)) err('sort_order', 'invalid', 'must be a whole number');
  if (errors.length > before) return undefined;
  return {
    line: rec.line,
    code,
    name,
    type,
    parentCode,
    specialty,
    boundary,
    sortOrder: sortText ? Number(sortText) : 0,
  };
}

/** Validates the whole file; returns every error, or the plan when there are none. */
export function planOrgImport(input: PlanInput): { errors: FieldError[] } | { plan: ImportPlan } {
  const errors: FieldError[] = [];
  const rows: (OrgImportRow & { index: number })[] = [];
  const seen = new Map<string, number>();
  input.records.forEach((rec, index) => {
    const rawCode = (rec.values.code ?? '').trim();
    const firstLine = rawCode ? seen.get(rawCode) : undefined;
    if (firstLine !== undefined) {
      errors.push(
        rowError(index, rec.line, 'code', 'duplicate', `"${rawCode}" already appears on line ${firstLine}`),
      );
      return;
    }
    if (rawCode) seen.set(rawCode, rec.line);
    const row = readRow(rec, index, errors);
    if (row) rows.push({ ...row, index });
  });
  if (input.records.length === 0)
    errors.push({ pointer: '#/rows', code: 'empty', detail: 'the file holds no organisations' });

  const inFile = new Map(rows.map((r) => [r.code, r]));
  const typeOf = (code: string): OrgType | undefined =>
    inFile.get(code)?.type ?? input.existingByCode.get(code)?.type;
  const inScope = (org: OrgRow) => input.scopePath === null || org.path.startsWith(input.scopePath);

  for (const row of rows) {
    const err = (field: string, code: string, detail: string) =>
      errors.push(rowError(row.index, row.line, field, code, detail));
    const existing = input.existingByCode.get(row.code);
    if (existing && !inScope(existing))
      err('code', 'out-of-scope', `"${row.code}" belongs to an organisation outside your scope`);
    if (row.parentCode === null) {
      if (row.type !== 'district') err('parent_code', 'required', `is required for type ${row.type}`);
      else if (input.scopePath !== null && !(existing && existing.parentId === null && inScope(existing)))
        err('parent_code', 'required', 'only the command line may create a top-level district');
      continue;
    }
    if (row.parentCode === row.code) {
      err('parent_code', 'cycle', 'cannot be the organisation itself');
      continue;
    }
    const parentType = typeOf(row.parentCode);
    const existingParent = input.existingByCode.get(row.parentCode);
    if (!parentType || (existingParent && !inScope(existingParent))) {
      err(
        'parent_code',
        'unknown',
        `"${row.parentCode}" is neither in the file nor an organisation you can see`,
      );
      continue;
    }
    const allowed = ALLOWED_PARENTS[row.type];
    if (!allowed.includes(parentType))
      err(
        'parent_code',
        'wrong-parent-type',
        `a ${row.type} cannot sit under a ${parentType} (allowed: ${allowed.join(', ') || 'none'})`,
      );
    if (existing && existingParent && existingParent.path.startsWith(existing.path))
      err('parent_code', 'cycle', `"${row.parentCode}" lies inside "${row.code}"`);
  }
  if (errors.length > 0) return { errors: sortErrors(errors) };

  const ordered = orderParentsFirst(rows, errors);
  if (errors.length > 0) return { errors: sortErrors(errors) };
  return { plan: { rows: ordered.map((r) => ({ ...r, existing: input.existingByCode.get(r.code) })) } };
}

function sortErrors(errors: FieldError[]): FieldError[] {
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Topological order over in-file parent links; reports rows caught in a cycle. */
function orderParentsFirst<T extends OrgImportRow & { index: number }>(rows: T[], errors: FieldError[]): T[] {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const state = new Map<string, 'visiting' | 'done'>();
  const out: T[] = [];
  const visit = (row: T): boolean => {
    const s = state.get(row.code);
    if (s === 'done') return true;
    if (s === 'visiting') return false;
    state.set(row.code, 'visiting');
    const parent = row.parentCode ? byCode.get(row.parentCode) : undefined;
    if (parent && !visit(parent)) {
      errors.push(
        rowError(
          row.index,
          row.line,
          'parent_code',
          'cycle',
          `"${row.parentCode}" leads back to "${row.code}"`,
        ),
      );
      state.set(row.code, 'done');
      return false;
    }
    state.set(row.code, 'done');
    out.push(row);
    return true;
  };
  rows.forEach(visit);
  return out;
}
