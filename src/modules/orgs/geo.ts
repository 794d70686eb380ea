/**
 * Point-in-polygon for grid boundaries (GeoJSON Polygon / MultiPolygon, [lng, lat]).
 * Ray casting; a point inside a hole is outside. Good for the small polygons of grids.
 */
type Ring = [number, number][];

function inRing(lng: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(lng: number, lat: number, rings: Ring[]): boolean {
  if (rings.length === 0 || !inRing(lng, lat, rings[0]!)) return false;
  return !rings.slice(1).some((hole) => inRing(lng, lat, hole));
}

/** Whether (lat, lng) lies inside a GeoJSON Polygon or MultiPolygon given as text. */
export function containsPoint(geojson: string, lat: number, lng: number): boolean {
  const geo = JSON.parse(geojson) as { type: string; coordinates: unknown };
  if (geo.type === 'Polygon') return inPolygon(lng, lat, geo.coordinates as Ring[]);
  if (geo.type === 'MultiPolygon')
    return (geo.coordinates as Ring[][]).some((rings) => inPolygon(lng, lat, rings));
  return false;
}
