/**
 * What a citizen picks from when bringing a dispute online (issue 6): the dispute categories
 * and the grids where it may have happened, or the grid at the phone's position. Public:
 * names only, no codes of staff, no boundaries.
 */
import type { ServiceContext } from '../../lib/context.ts';
import { listActiveCategories } from '../categories/index.ts';
import { findGridAt, listPublicGrids, type PublicGrid } from '../orgs/index.ts';
import { LOCATE_LIMIT, takeRateLimit } from './rate-limit.ts';

/** The active categories (first and second level) with their names, in display order. */
export async function listPortalCategories(ctx: ServiceContext) {
  const items = (await listActiveCategories(ctx)).map((c) => ({
    code: c.code,
    parentCode: c.parentCode,
    nameZh: c.nameZh,
    nameEn: c.nameEn,
  }));
  return { items };
}

/** Every grid with its street and community. */
export async function listPortalGrids(ctx: ServiceContext): Promise<{ items: PublicGrid[] }> {
  return { items: await listPublicGrids(ctx) };
}

/**
 * The grid whose boundary contains the position, or null (outside every mapped grid).
 * @throws too-many-requests past the address's limit.
 */
export async function locatePortalGrid(
  ctx: ServiceContext,
  lat: number,
  lng: number,
): Promise<{ grid: PublicGrid | null }> {
  await takeRateLimit(ctx, LOCATE_LIMIT, ctx.ip ?? 'unknown');
  const gridId = await findGridAt(ctx, lat, lng);
  if (!gridId) return { grid: null };
  const grid = (await listPublicGrids(ctx)).find((g) => g.id === gridId);
  return { grid: grid ?? null };
}
