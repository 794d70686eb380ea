/**
 * The shape of the organisation tree (DESIGN.md §2): which type may sit under which,
 * mediation-committee specialties, and what a grid boundary must look like.
 */
import type { OrgType } from '../../db/tables.ts';

export const ALLOWED_PARENTS: Record<OrgType, readonly OrgType[]> = {
  district: [],
  street: ['district'],
  community: ['street'],
  grid: ['community'],
  judicial_office: ['street', 'district'],
  department: ['district', 'street'],
  mediation_committee: ['district', 'street', 'community'],
  petition_bureau: ['district'],
  legal_aid: ['district'],
  court_liaison: ['district'],
};

export const SPECIALTIES = [
  'general',
  'medical',
  'traffic',
  'labour',
  'property_management',
  'land_acquisition',
  'women_children',
  'food_drugs',
  'marriage_family',
] as const;

/** Types that cover an area and so may carry a GeoJSON boundary. */
export const AREA_TYPES: readonly OrgType[] = ['district', 'street', 'community', 'grid'];

type Position = [number, number];

function isPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  );
}

function isRing(ring: unknown): boolean {
  if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) return false;
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  return first[0] === last[0] && first[1] === last[1];
}

/**
 * Returns null when `text` is a GeoJSON Polygon or MultiPolygon (closed rings of at
 * least four [lng, lat] positions), otherwise what is wrong.
 */
export function checkBoundary(text: string): string | null {
  let geo: { type?: unknown; coordinates?: unknown };
  try {
    geo = JSON.parse(text);
  } catch {
    return 'is not valid JSON';
  }
  if (geo?.type === 'Polygon') {
    const rings = geo.coordinates;
    return Array.isArray(rings) && rings.length > 0 && rings.every(isRing)
      ? null
      : 'Polygon rings must be closed lists of at least four [lng, lat] positions';
  }
  if (geo?.type === 'MultiPolygon') {
    const polys = geo.coordinates;
    return Array.isArray(polys) &&
      polys.length > 0 &&
      polys.every((rings) => Array.isArray(rings) && rings.length > 0 && rings.every(isRing))
      ? null
      : 'MultiPolygon rings must be closed lists of at least four [lng, lat] positions';
  }
  return 'must be a GeoJSON Polygon or MultiPolygon';
}
