/**
 * The dispute taxonomy: two levels, seeded with the Ministry of Justice's people's-
 * mediation statistical categories (DESIGN.md §4) and editable by district admins.
 * Categories are never deleted, only deactivated, so old cases keep their meaning.
 */
import { inTransaction } from '../../db/dialect.ts';
import type { CategoryRow } from '../../db/tables.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Conflict, Forbidden, NotFound, invalidField } from '../../lib/errors.ts';
import { requireActor, requireRole } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import * as q from './categories.queries.ts';

export interface CategoryView {
  code: string;
  parentCode: string | null;
  nameZh: string;
  nameEn: string;
  sortOrder: number;
  isActive: boolean;
}

const toView = (r: CategoryRow): CategoryView => ({
  code: r.code,
  parentCode: r.parentCode,
  nameZh: r.nameZh,
  nameEn: r.nameEn,
  sortOrder: r.sortOrder,
  isActive: r.isActive === 1,
});

/** Every category, first level and second level, in display order. */
export async function listCategories(ctx: ServiceContext): Promise<CategoryView[]> {
  requireActor(ctx.actor);
  return (await q.selectCategories(ctx.db)).map(toView);
}

/**
 * The active categories, in display order, for the public portal (issue 6): no account needed,
 * as the taxonomy is public knowledge; inactive ones are left out so nobody files under them.
 */
export async function listActiveCategories(ctx: ServiceContext): Promise<CategoryView[]> {
  return (await q.selectCategories(ctx.db)).filter((r) => r.isActive === 1).map(toView);
}

/**
 * Resolves a category code for a new case: it must exist and be active.
 * @returns the category and the code of its first level (itself when first level).
 */
export async function resolveActiveCategory(ctx: ServiceContext, code: string, pointer = '#/category') {
  const row = await q.selectCategory(ctx.db, code);
  if (!row || row.isActive !== 1)
    throw invalidField(pointer, 'unknown', `"${code}" is not an active category code`);
  return { ...toView(row), topCode: row.parentCode ?? row.code };
}

/** Codes of a category and its children (a filter on `labour` also finds `wage_arrears`). */
export async function categoryWithChildren(ctx: ServiceContext, code: string): Promise<string[]> {
  const all = await q.selectCategories(ctx.db);
  return all.filter((c) => c.code === code || c.parentCode === code).map((c) => c.code);
}

/** The taxonomy is district-wide: only an admin at the top of the tree may edit it. */
function requireDistrictAdmin(ctx: ServiceContext) {
  const actor = requireRole(ctx.actor, 'admin');
  if (actor.orgPath.split('/').filter(Boolean).length !== 1)
    throw new Forbidden('Only a district admin may edit the category taxonomy');
  return actor;
}

export async function createCategory(
  ctx: ServiceContext,
  input: { code: string; parentCode?: string | null; nameZh: string; nameEn: string; sortOrder?: number },
): Promise<CategoryView> {
  requireDistrictAdmin(ctx);
  return inTransaction(ctx.db, async (trx) => {
    if (await q.selectCategory(trx, input.code))
      throw new Conflict(`The category code "${input.code}" exists`, [
        { pointer: '#/code', code: 'taken', detail: 'this code exists' },
      ]);
    if (input.parentCode) {
      const parent = await q.selectCategory(trx, input.parentCode);
      if (!parent) throw invalidField('#/parentCode', 'unknown', `no category "${input.parentCode}"`);
      if (parent.parentCode)
        throw invalidField(
          '#/parentCode',
          'too-deep',
          'the taxonomy has two levels: the parent must be a first-level category',
        );
    }
    const now = ctx.clock.now().toISOString();
    const row = {
      code: input.code,
      parentCode: input.parentCode ?? null,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      sortOrder: input.sortOrder ?? 100,
      isActive: 1,
      createdAt: now,
      updatedAt: now,
    };
    await q.insertCategory(trx, row);
    await recordAudit(withDb(ctx, trx), {
      action: 'category.create',
      targetType: 'category',
      targetId: input.code,
      detail: { ...input },
    });
    return toView(row);
  });
}

export async function updateCategory(
  ctx: ServiceContext,
  code: string,
  changes: { nameZh?: string; nameEn?: string; sortOrder?: number; isActive?: boolean },
): Promise<CategoryView> {
  requireDistrictAdmin(ctx);
  return inTransaction(ctx.db, async (trx) => {
    if (!(await q.selectCategory(trx, code))) throw new NotFound('Category');
    const { isActive, ...rest } = changes;
    await q.updateCategory(trx, code, {
      ...rest,
      ...(isActive !== undefined ? { isActive: isActive ? 1 : 0 } : {}),
      updatedAt: ctx.clock.now().toISOString(),
    });
    await recordAudit(withDb(ctx, trx), {
      action: 'category.update',
      targetType: 'category',
      targetId: code,
      detail: changes,
    });
    return toView((await q.selectCategory(trx, code))!);
  });
}

/** code → first-level code for every category (no scope: the taxonomy is public within the district). */
export async function topCategoryMap(ctx: ServiceContext): Promise<Map<string, string>> {
  const rows = await q.selectCategories(ctx.db);
  return new Map(rows.map((r) => [r.code, r.parentCode ?? r.code]));
}
