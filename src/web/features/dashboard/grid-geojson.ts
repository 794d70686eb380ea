/**
 * Turns the dashboard map's FeatureCollection into what ECharts' `registerMap` draws: only grids with a
 * boundary, each named (ECharts matches data to regions by `properties.name`), plus the values by name. Pure.
 */
import type { GridMap } from './dashboard.api.ts';

export interface MapGeoJson {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id: string; geometry: unknown; properties: { name: string } }[];
}

export function toMapGeoJson(map: GridMap): {
  geoJson: MapGeoJson;
  values: { name: string; value: number }[];
} {
  const drawn = map.features.filter((f) => f.geometry !== null && f.geometry !== undefined);
  // Two grids may share a name in different communities: make each region name unique.
  const counts = new Map<string, number>();
  for (const f of drawn) counts.set(f.properties.name, (counts.get(f.properties.name) ?? 0) + 1);
  const nameOf = (f: GridMap['features'][number]) =>
    (counts.get(f.properties.name) ?? 0) > 1
      ? `${f.properties.name}（${f.properties.code}）`
      : f.properties.name;
  return {
    geoJson: {
      type: 'FeatureCollection',
      features: drawn.map((f) => ({
        type: 'Feature',
        id: f.id,
        geometry: f.geometry,
        properties: { name: nameOf(f) },
      })),
    },
    values: drawn.map((f) => ({ name: nameOf(f), value: f.properties.cases })),
  };
}
