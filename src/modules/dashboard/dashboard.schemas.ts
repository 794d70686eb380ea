/** TypeBox schemas of the wall dashboard's API (issue 7): the grid map and the live feed. */
import { Type, type Static } from '@sinclair/typebox';

export const MapQuerySchema = Type.Object(
  {
    orgId: Type.Optional(
      Type.String({
        description:
          'Organisation whose grids are drawn; default the caller’s own. Outside the caller’s subtree: 404',
      }),
    ),
    from: Type.Optional(
      Type.String({
        format: 'date',
        description: 'First day of the period (Asia/Shanghai); default the first of the month',
      }),
    ),
    to: Type.Optional(
      Type.String({ format: 'date', description: 'Last day of the period, included; default today' }),
    ),
    category: Type.Optional(
      Type.String({
        maxLength: 40,
        description: 'Only this category (a first-level code takes its children)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type MapQuery = Static<typeof MapQuerySchema>;

export const GridMapSchema = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    orgId: Type.String(),
    orgName: Type.String(),
    from: Type.String(),
    to: Type.String(),
    features: Type.Array(
      Type.Object({
        type: Type.Literal('Feature'),
        id: Type.String({ description: 'The grid’s organisation id' }),
        geometry: Type.Union([Type.Unknown(), Type.Null()], {
          description: 'The grid’s GeoJSON Polygon or MultiPolygon; null when it has no boundary yet',
        }),
        properties: Type.Object({
          name: Type.String(),
          code: Type.String(),
          parentId: Type.Union([Type.String(), Type.Null()]),
          cases: Type.Integer({
            description:
              'Cases registered in the period whose place is this grid (the `found` figure by grid)',
          }),
        }),
      }),
    ),
  },
  { description: 'A GeoJSON FeatureCollection of the grids in the subtree, with their case counts' },
);
export type GridMap = Static<typeof GridMapSchema>;

export const FeedQuerySchema = Type.Object(
  {
    orgId: Type.Optional(
      Type.String({ description: 'Organisation whose cases are followed; default the caller’s own' }),
    ),
    after: Type.Optional(
      Type.String({
        maxLength: 80,
        description:
          'Resume after this event id, for clients that cannot send the Last-Event-ID header (the header wins)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type FeedQuery = Static<typeof FeedQuerySchema>;

export const FeedHeadersSchema = Type.Object({
  'last-event-id': Type.Optional(
    Type.String({
      maxLength: 80,
      description: 'The id of the last event received: the stream resumes after it',
    }),
  ),
});

/** The data of one feed event (the SSE `data:` line, JSON). */
export interface FeedEvent {
  id: string;
  kind: 'new' | 'red';
  at: string;
  caseId: string;
  number: string;
  subject: string;
  categoryCode: string;
  risk: string;
  status: string;
  deadlineLevel: string | null;
  placeName: string;
}
