/**
 * Organisations: the tree of DESIGN.md §2 (district, streets, communities, grids,
 * departments, committees…), its import from files, and the views other modules use.
 */
export {
  listVisibleOrgs,
  getOrg,
  findOrgById,
  findOrgsByIds,
  ancestorsOf,
  subtreeOrgIds,
  districtCodeOf,
  findGridAt,
  listPublicGrids,
  type PublicGrid,
  orgIdsByCode,
  countAllOrgs,
  listRootOrgs,
  importOrgs,
  importOrgRecords,
  toOrgView,
  type OrgView,
  type ImportResult,
} from './orgs.service.ts';

export { orgsRoutes } from './orgs.routes.ts';
