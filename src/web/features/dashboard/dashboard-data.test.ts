import { describe, expect, it } from 'vitest';
import type { FeedEvent, GridMap } from './dashboard.api.ts';
import { toMapGeoJson } from './grid-geojson.ts';
import { mergeFeed } from './use-live-feed.ts';

const event = (id: string): FeedEvent => ({
  id,
  kind: 'new',
  at: '2026-03-02T01:00:00.000Z',
  caseId: `case-${id}`,
  number: id,
  subject: '纠纷',
  categoryCode: 'noise',
  risk: 'low',
  status: 'registered',
  deadlineLevel: null,
  placeName: '一网格',
});

describe('mergeFeed', () => {
  it('puts new events first, skips ones it has, keeps the newest', () => {
    const list = mergeFeed([event('b'), event('a')], [event('b'), event('c'), event('d')], 3);
    expect(list.map((e) => e.id)).toEqual(['d', 'c', 'b']);
  });
});

describe('toMapGeoJson', () => {
  const square = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  };
  const feature = (id: string, name: string, code: string, geometry: unknown, cases: number) => ({
    type: 'Feature' as const,
    id,
    geometry,
    properties: { name, code, parentId: null, cases },
  });
  const map: GridMap = {
    type: 'FeatureCollection',
    orgId: 'd',
    orgName: '示范区',
    from: '2026-03-01',
    to: '2026-03-31',
    features: [
      feature('g1', '第一网格', 'A-1-G1', square, 3),
      feature('g2', '第一网格', 'B-1-G1', square, 1),
      feature('g3', '第二网格', 'B-1-G2', null, 5),
    ],
  };

  it('draws only grids with a boundary, under unique names, with their counts', () => {
    const { geoJson, values } = toMapGeoJson(map);
    expect(geoJson.features.map((f) => f.properties.name)).toEqual([
      '第一网格（A-1-G1）',
      '第一网格（B-1-G1）',
    ]);
    expect(values).toEqual([
      { name: '第一网格（A-1-G1）', value: 3 },
      { name: '第一网格（B-1-G1）', value: 1 },
    ]);
  });
});
