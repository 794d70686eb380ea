/**
 * Organisations (DESIGN.md §2): the caller's visible subtree as a flat list, one organisation's details,
 * and the admin's file import (dry run first, then the real import).
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export const ORG_TYPES = [
  'district',
  'street',
  'community',
  'grid',
  'department',
  'mediation_committee',
  'judicial_office',
  'petition_bureau',
  'legal_aid',
  'court_liaison',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const SPECIALTIES = [
  'medical',
  'traffic',
  'labour',
  'property_management',
  'land_acquisition',
  'women_children',
  'food_drugs',
  'marriage_family',
] as const;

export interface Org {
  id: string;
  code: string;
  name: string;
  type: OrgType;
  specialty: string | null;
  parentId: string | null;
  depth: number;
  hasBoundary: boolean;
}

export interface OrgDetail extends Org {
  boundary: unknown;
  childCount: number;
}

export interface OrgImportResult {
  created: number;
  updated: number;
  dryRun: boolean;
}

export const ORGS_QUERY_KEY = ['orgs'] as const;

/** The caller's visible organisations, flat. */
export function useOrgs() {
  return useQuery({
    queryKey: ORGS_QUERY_KEY,
    queryFn: ({ signal }) => api.get<{ items: Org[] }>('/orgs', undefined, signal).then((page) => page.items),
    staleTime: 60_000,
  });
}

/** One organisation with its boundary and child count; idle while `id` is undefined. */
export function useOrg(id: string | undefined) {
  return useQuery({
    queryKey: [...ORGS_QUERY_KEY, id],
    queryFn: ({ signal }) => api.get<OrgDetail>(`/orgs/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: id !== undefined,
  });
}

const CONTENT_TYPES: Record<string, string> = {
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The import content type for a file name, or undefined when the extension is not accepted. */
export function importContentType(fileName: string): string | undefined {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return CONTENT_TYPES[extension];
}

/** Sends an organisation file to `POST /api/v1/orgs/import`; throws `ApiProblem` with per-row errors. */
export function importOrgs(file: Blob, contentType: string, dryRun: boolean): Promise<OrgImportResult> {
  return api.upload<OrgImportResult>(
    '/orgs/import',
    file,
    contentType,
    dryRun ? { dryRun: true } : undefined,
  );
}
