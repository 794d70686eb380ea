import { sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { CaseRouteProposalsTable, RoutingRulesTable } from '../../db/tables.ts';

/** Every rule (or only the active ones) in routing order. */
export function selectRules(db: Db, opts: { activeOnly?: boolean } = {}) {
  let query = db.selectFrom('routingRules').selectAll();
  if (opts.activeOnly) query = query.where('isActive', '=', 1);
  return query.orderBy('position').orderBy('createdAt').orderBy('id').execute();
}

export function selectRuleById(db: Db, id: string) {
  return db.selectFrom('routingRules').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function selectMaxPosition(db: Db): Promise<number> {
  const row = await db
    .selectFrom('routingRules')
    .select((eb) => eb.fn.max('position').as('p'))
    .executeTakeFirst();
  return Number(row?.p ?? 0);
}

/** Moves every rule at `from` or later one place down, to make room for an insertion. */
export async function shiftPositionsFrom(db: Db, from: number): Promise<void> {
  await db
    .updateTable('routingRules')
    .set({ position: sql`position + 1` })
    .where('position', '>=', from)
    .execute();
}

export async function insertRule(db: Db, row: RoutingRulesTable): Promise<void> {
  await db.insertInto('routingRules').values(row).execute();
}

export async function updateRule(db: Db, id: string, changes: Updateable<RoutingRulesTable>): Promise<void> {
  await db.updateTable('routingRules').set(changes).where('id', '=', id).execute();
}

/** Inserts or replaces the proposal of a case. */
export async function upsertProposal(db: Db, row: CaseRouteProposalsTable): Promise<void> {
  const { caseId: _caseId, ...rest } = row;
  await db
    .insertInto('caseRouteProposals')
    .values(row)
    .onConflict((oc) => oc.column('caseId').doUpdateSet(rest))
    .execute();
}

export function selectProposals(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('caseRouteProposals as p')
    .leftJoin('routingRules as r', 'r.id', 'p.ruleId')
    .selectAll('p')
    .select('r.name as ruleName')
    .where('p.caseId', 'in', caseIds)
    .execute();
}
