/**
 * The wall dashboard's map (issue 7): the grids of an organisation's subtree as a GeoJSON
 * FeatureCollection, each with the cases registered in the period whose place it is. The
 * count is the statistics' own `found` figure broken down by grid, so the map and the
 * statistics page never disagree. Scope: the caller's subtree (404 outside). Read-only.
 */
import type { ServiceContext } from '../../lib/context.ts';
import { resolveTarget, statsBreakdown } from '../stats/index.ts';
import * as q from './dashboard.queries.ts';
import type { GridMap, MapQuery } from './dashboard.schemas.ts';

/**
 * The grids in scope with their boundaries and case counts.
 * @throws NotFound when `orgId` lies outside the caller's subtree; ValidationFailed for a bad period or category.
 */
export async function dashboardMap(ctx: ServiceContext, input: MapQuery): Promise<GridMap> {
  const query = { ...input, view: 'place' as const };
  const target = await resolveTarget(ctx, query);
  const breakdown = await statsBreakdown(ctx, { ...query, by: 'grid', figure: 'found' });
  const counts = new Map(breakdown.rows.map((row) => [row.key, Number(row.values.found ?? 0)]));
  const grids = await q.selectGridsInSubtree(ctx.db, target.org.path);
  return {
    type: 'FeatureCollection',
    orgId: target.org.id,
    orgName: target.org.name,
    from: target.period.from,
    to: target.period.to,
    features: grids.map((grid) => ({
      type: 'Feature' as const,
      id: grid.id,
      geometry: grid.boundary ? (JSON.parse(grid.boundary) as unknown) : null,
      properties: {
        name: grid.name,
        code: grid.code,
        parentId: grid.parentId,
        cases: counts.get(grid.id) ?? 0,
      },
    })),
  };
}
