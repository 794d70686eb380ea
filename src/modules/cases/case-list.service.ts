/**
 * Finding cases: filters, Chinese text search and keyset pagination, always within
 * the caller's scope (a case is visible through any organisation on its path).
 */
import type { ServiceContext } from '../../lib/context.ts';
import { NotFound, invalidField } from '../../lib/errors.ts';
import { canAccessOrg, requireActor } from '../../lib/scope.ts';
import { localDayEnd, localDayStart } from '../../lib/time.ts';
import { queryTerms } from '../../text/search-terms.ts';
import { categoryWithChildren } from '../categories/index.ts';
import { findOrgById, subtreeOrgIds } from '../orgs/index.ts';
import { FLAGS, type ListCasesQuery } from './cases.schemas.ts';
import {
  countCases,
  selectApplicantNames,
  selectCasePage,
  type CaseListFilter,
  type Cursor,
} from './case-list.queries.ts';
import { toListItem } from './case-view.ts';

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.rank, c.createdAt, c.id])).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const [rank, createdAt, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [
      unknown,
      unknown,
      unknown,
    ];
    if (
      (rank === null || typeof rank === 'number') &&
      typeof createdAt === 'string' &&
      typeof id === 'string'
    )
      return { rank, createdAt, id };
  } catch {
    // fall through
  }
  throw invalidField('#/querystring/cursor', 'invalid', 'cursor is not one this server issued');
}

/** The filter for a query, or null when the query can match nothing (text of punctuation only). */
async function buildFilter(ctx: ServiceContext, query: ListCasesQuery): Promise<CaseListFilter | null> {
  const actor = requireActor(ctx.actor);
  const filter: CaseListFilter = { scopeOrgIds: await subtreeOrgIds(ctx, actor.orgPath) };
  if (query.orgId) {
    const org = await findOrgById(ctx, query.orgId);
    if (!org || !canAccessOrg(actor, org.path)) throw new NotFound('Organisation');
    filter.orgIds = (await subtreeOrgIds(ctx, org.path)) ?? undefined;
  }
  if (query.q?.trim()) {
    filter.terms = queryTerms(query.q);
    if (filter.terms.length === 0) return null;
  }
  if (query.status)
    filter.statuses = query.status
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (query.category) filter.categoryCodes = await categoryWithChildren(ctx, query.category);
  if (query.channel) filter.channel = query.channel;
  if (query.gridId) filter.gridId = query.gridId;
  if (query.risk) filter.risk = query.risk;
  if (query.flags) {
    filter.flags = query.flags
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    const unknown = filter.flags.find((f) => !(FLAGS as readonly string[]).includes(f));
    if (unknown)
      throw invalidField('#/querystring/flags', 'invalid', `"${unknown}" is not one of ${FLAGS.join(', ')}`);
  }
  if (query.from) filter.createdFrom = localDayStart(query.from);
  if (query.to) filter.createdBefore = localDayEnd(query.to);
  if (query.overdue) filter.deadlineLevels = ['red'];
  else if (query.deadlineLevel)
    filter.deadlineLevels = query.deadlineLevel === 'yellow' ? ['yellow'] : [query.deadlineLevel];
  if (query.supervised) filter.supervised = true;
  if (query.needsLeader) filter.needsLeader = true;
  // 待办: what the caller's own organisation holds now.
  if (query.held) filter.heldByOrgIds = [actor.orgId];
  else if (query.heldBelow) filter.heldByOrgIds = filter.scopeOrgIds;
  return filter;
}

/** One page of cases, the total, and the cursor of the next page. */
export async function listCases(ctx: ServiceContext, query: ListCasesQuery) {
  const filter = await buildFilter(ctx, query);
  if (!filter) return { items: [], total: 0, nextCursor: null };
  const limit = query.limit ?? 20;
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const [rows, total] = await Promise.all([
    selectCasePage(ctx.db, filter, cursor, limit),
    countCases(ctx.db, filter),
  ]);
  const page = rows.slice(0, limit);
  const names = await selectApplicantNames(
    ctx.db,
    page.map((r) => r.id),
  );
  const byCase = new Map<string, string[]>();
  for (const n of names) byCase.set(n.caseId, [...(byCase.get(n.caseId) ?? []), n.name]);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toListItem(r, byCase.get(r.id) ?? [])),
    total,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({
            rank: last.score === null ? null : Number(last.score),
            createdAt: last.createdAt,
            id: last.id,
          })
        : null,
  };
}
