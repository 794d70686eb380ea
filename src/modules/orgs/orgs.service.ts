/**
 * Organisations: the tree every scope decision stands on (DESIGN.md §2).
 */
import type { OrgRow } from '../../db/tables.ts';
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { NotFound, ValidationFailed } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { canAccessOrg, requireActor, requireRole } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { planOrgImport, type ImportPlan } from './org-import.ts';
import { readTableFile, type ImportFormat, type RawRecord } from '../../lib/table-file.ts';
import * as q from './orgs.queries.ts';
import { containsPoint } from './geo.ts';

export interface OrgView {
  id: string;
  code: string;
  name: string;
  type: OrgRow['type'];
  specialty: string | null;
  parentId: string | null;
  depth: number;
  hasBoundary: boolean;
}

export function toOrgView(row: OrgRow): OrgView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    specialty: row.specialty,
    parentId: row.parentId,
    depth: row.depth,
    hasBoundary: row.boundary !== null,
  };
}

/** The organisations the caller may see: their own organisation's subtree. */
export async function listVisibleOrgs(ctx: ServiceContext): Promise<OrgView[]> {
  const actor = requireActor(ctx.actor);
  const rows = await q.selectOrgsInSubtree(ctx.db, actor.orgPath);
  return rows.map(toOrgView);
}

/**
 * One organisation within the caller's scope, with its boundary and child count.
 * @throws NotFound when it does not exist or lies outside the caller's subtree.
 */
export async function getOrg(ctx: ServiceContext, id: string) {
  const actor = requireActor(ctx.actor);
  const row = await q.selectOrgById(ctx.db, id);
  if (!row || !canAccessOrg(actor, row.path)) throw new NotFound('Organisation');
  return {
    ...toOrgView(row),
    boundary: row.boundary ? (JSON.parse(row.boundary) as unknown) : null,
    childCount: await q.countChildren(ctx.db, id),
  };
}

/** Internal lookup for other modules (no scope check: callers apply their own). */
export function findOrgById(ctx: ServiceContext, id: string): Promise<OrgRow | undefined> {
  return q.selectOrgById(ctx.db, id);
}

export async function countAllOrgs(ctx: ServiceContext): Promise<number> {
  return q.countOrgs(ctx.db);
}

export interface ImportResult {
  created: number;
  updated: number;
  dryRun: boolean;
}

/**
 * Imports an organisation file. The whole file is validated first; any bad row fails
 * the import with every error and its line, and nothing is written. With an actor
 * (the admin API) only the actor's subtree may be touched; without one (command line,
 * demo seed) the whole tree.
 */
export async function importOrgs(
  ctx: ServiceContext,
  file: { format: ImportFormat; content: Buffer },
  opts: { dryRun?: boolean } = {},
): Promise<ImportResult> {
  if (ctx.actor) requireRole(ctx.actor, 'admin');
  const records = await readTableFile(file.format, file.content);
  return importOrgRecords(ctx, records, { dryRun: opts.dryRun ?? false, format: file.format });
}

/** Imports already-parsed records (used by the demo seed and by `importOrgs`). */
export async function importOrgRecords(
  ctx: ServiceContext,
  records: RawRecord[],
  opts: { dryRun: boolean; format?: string },
): Promise<ImportResult> {
  return inTransaction(ctx.db, async (trx) => {
    const codes = new Set<string>();
    for (const r of records) {
      if (r.values.code) codes.add(r.values.code.trim());
      if (r.values.parent_code) codes.add(r.values.parent_code.trim());
    }
    const existing = await q.selectOrgsByCodes(trx, [...codes]);
    const outcome = planOrgImport({
      records,
      existingByCode: new Map(existing.map((o) => [o.code, o])),
      scopePath: ctx.actor ? ctx.actor.orgPath : null,
    });
    if ('errors' in outcome) {
      throw new ValidationFailed(
        `The file has ${outcome.errors.length} error(s); nothing was imported`,
        outcome.errors,
      );
    }
    if (opts.dryRun) {
      const updated = outcome.plan.rows.filter((r) => r.existing).length;
      return { created: outcome.plan.rows.length - updated, updated, dryRun: true };
    }
    const result = await applyPlan(withDb(ctx, trx), outcome.plan.rows);
    await recordAudit(withDb(ctx, trx), {
      action: 'org.import',
      targetType: 'org',
      detail: { format: opts.format ?? 'records', rows: records.length, ...result },
    });
    return { ...result, dryRun: false };
  });
}

async function applyPlan(ctx: ServiceContext, rows: ImportPlan['rows']) {
  const now = ctx.clock.now().toISOString();
  const byCode = new Map<string, { id: string; path: string; depth: number }>();
  for (const r of rows) if (r.existing) byCode.set(r.code, r.existing);
  const parentOf = async (code: string | null) => {
    if (code === null) return null;
    const known = byCode.get(code);
    if (known) return known;
    const [row] = await q.selectOrgsByCodes(ctx.db, [code]);
    if (!row) throw new Error(`parent ${code} vanished during import`);
    byCode.set(code, row);
    return row;
  };
  let created = 0;
  let updated = 0;
  const inserts: Parameters<typeof q.insertOrgs>[1] = [];
  for (const r of rows) {
    const parent = await parentOf(r.parentCode);
    const fields = {
      name: r.name,
      type: r.type,
      specialty: r.specialty,
      boundary: r.boundary,
      sortOrder: r.sortOrder,
      updatedAt: now,
    };
    if (!r.existing) {
      const id = newId();
      const path = `${parent?.path ?? '/'}${id}/`;
      const depth = parent ? parent.depth + 1 : 0;
      inserts.push({
        id,
        code: r.code,
        parentId: parent?.id ?? null,
        path,
        depth,
        createdAt: now,
        ...fields,
      });
      byCode.set(r.code, { id, path, depth });
      created++;
      continue;
    }
    // Flush pending inserts first: a moved subtree may land under a new parent.
    await q.insertOrgs(ctx.db, inserts.splice(0));
    const old = r.existing;
    await q.updateOrg(ctx.db, old.id, { ...fields, parentId: parent?.id ?? null });
    const newPath = `${parent?.path ?? '/'}${old.id}/`;
    if (newPath !== old.path) {
      const depth = parent ? parent.depth + 1 : 0;
      await q.rewriteSubtreePaths(ctx.db, old.path, newPath, depth - old.depth);
      byCode.set(r.code, { id: old.id, path: newPath, depth });
    }
    updated++;
  }
  await q.insertOrgs(ctx.db, inserts);
  return { created, updated };
}

/** Maps codes to ids (no scope check: for the seed, imports and the command line). */
export async function orgIdsByCode(ctx: ServiceContext, codes: string[]): Promise<Map<string, string>> {
  const rows = await q.selectOrgsByCodes(ctx.db, codes);
  return new Map(rows.map((o) => [o.code, o.id]));
}

/**
 * Ids of every organisation in the subtree at `orgPath`, or null when the path is a
 * root (a whole district: no filter needed). Used to scope queries of other modules.
 */
export async function subtreeOrgIds(ctx: ServiceContext, orgPath: string): Promise<string[] | null> {
  if (orgPath.split('/').filter(Boolean).length === 1) return null;
  return q.selectSubtreeIds(ctx.db, orgPath);
}

/** The code of the district (tree root) above the organisation at `orgPath`. */
export async function districtCodeOf(ctx: ServiceContext, orgPath: string): Promise<string> {
  const rootId = orgPath.split('/').filter(Boolean)[0]!;
  const root = await q.selectOrgById(ctx.db, rootId);
  if (!root) throw new Error(`no root organisation for path ${orgPath}`);
  return root.code;
}

/** The grid whose boundary contains the point, if any. */
export async function findGridAt(ctx: ServiceContext, lat: number, lng: number): Promise<string | undefined> {
  const grids = await q.selectGridsWithBoundary(ctx.db);
  return grids.find((g) => containsPoint(g.boundary!, lat, lng))?.id;
}

/** A grid as the public portal shows it: its name and the street and community it lies in. */
export interface PublicGrid {
  id: string;
  name: string;
  street: string | null;
  community: string | null;
}

/**
 * Every grid with the names of its street and community, for a citizen choosing where a
 * dispute happened (issue 6). Names only: no boundaries, codes or staff (no scope check:
 * the list of grids is public).
 */
export async function listPublicGrids(ctx: ServiceContext): Promise<PublicGrid[]> {
  const rows = await q.selectPlaceOrgs(ctx.db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ancestorName = (path: string, type: string) =>
    path
      .split('/')
      .map((id) => byId.get(id))
      .find((o) => o?.type === type)?.name ?? null;
  return rows
    .filter((r) => r.type === 'grid')
    .map((r) => ({
      id: r.id,
      name: r.name,
      street: ancestorName(r.path, 'street'),
      community: ancestorName(r.path, 'community'),
    }));
}

/** Top-level organisations (districts); no scope check (command line). */
export async function listRootOrgs(ctx: ServiceContext): Promise<OrgView[]> {
  return (await q.selectRootOrgs(ctx.db)).map(toOrgView);
}

/** Organisations by id, in no particular order; unknown ids are left out (no scope check). */
export async function findOrgsByIds(ctx: ServiceContext, ids: readonly string[]): Promise<OrgRow[]> {
  return q.selectOrgsByIds(ctx.db, [...new Set(ids)]);
}

/**
 * The organisation's ancestors with their types, root first, without the organisation
 * itself (a grid's are its district, street and community); empty for a root or an
 * unknown id. No scope check: callers such as routing apply their own.
 */
export async function ancestorsOf(ctx: ServiceContext, orgId: string): Promise<OrgView[]> {
  const org = await q.selectOrgById(ctx.db, orgId);
  if (!org) return [];
  const ids = org.path.split('/').filter((id) => id && id !== org.id);
  const rows = await q.selectOrgsByIds(ctx.db, ids);
  return rows.sort((a, b) => a.depth - b.depth).map(toOrgView);
}
