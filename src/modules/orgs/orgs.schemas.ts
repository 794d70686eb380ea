import { Type, type Static } from '@sinclair/typebox';
import { ORG_TYPES } from '../../db/tables.ts';

export const OrgTypeSchema = Type.Union(
  ORG_TYPES.map((t) => Type.Literal(t)),
  { description: 'Organisation type (DESIGN.md §2)' },
);

export const OrgSchema = Type.Object({
  id: Type.String({ description: 'Organisation id' }),
  code: Type.String({ description: 'Unique code, e.g. SFQ-DH' }),
  name: Type.String({ description: 'Name, e.g. 东湖街道' }),
  type: OrgTypeSchema,
  specialty: Type.Union([Type.String(), Type.Null()], {
    description: 'Specialty of a mediation committee (medical, traffic, labour, …)',
  }),
  parentId: Type.Union([Type.String(), Type.Null()], {
    description: 'Parent organisation; null for the district',
  }),
  depth: Type.Integer({ description: 'Depth in the tree; the district is 0' }),
  hasBoundary: Type.Boolean({ description: 'Whether a GeoJSON boundary is set' }),
});
export type OrgDto = Static<typeof OrgSchema>;

export const OrgDetailSchema = Type.Intersect([
  OrgSchema,
  Type.Object({
    boundary: Type.Union([Type.Unknown(), Type.Null()], { description: 'GeoJSON Polygon or MultiPolygon' }),
    childCount: Type.Integer({ description: 'Number of direct children' }),
  }),
]);

export const OrgListSchema = Type.Object({
  items: Type.Array(OrgSchema, { description: 'The visible subtree, parents first' }),
});

export const OrgIdParamsSchema = Type.Object({ id: Type.String({ description: 'Organisation id' }) });

export const ImportQuerySchema = Type.Object(
  { dryRun: Type.Optional(Type.Boolean({ description: 'Validate only; write nothing', default: false })) },
  { additionalProperties: false },
);

export const ImportResultSchema = Type.Object({
  created: Type.Integer({ description: 'Organisations created' }),
  updated: Type.Integer({ description: 'Existing organisations (matched by code) updated' }),
  dryRun: Type.Boolean(),
});
