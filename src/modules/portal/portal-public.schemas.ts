import { Type } from '@sinclair/typebox';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const PortalCategoryListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Type.String({ description: 'Category code to send as `category`' }),
      parentCode: Nullable(Type.String({ description: 'The first-level category; null for a first level' })),
      nameZh: Type.String(),
      nameEn: Type.String(),
    }),
    { description: 'Active categories, first and second level, in display order' },
  ),
});

export const PublicGridSchema = Type.Object({
  id: Type.String({ description: 'Grid id to send as `gridId`' }),
  name: Type.String(),
  street: Nullable(Type.String({ description: 'The street (街道/镇) the grid lies in' })),
  community: Nullable(Type.String({ description: 'The community (社区/村) the grid lies in' })),
});

export const PortalGridListSchema = Type.Object({ items: Type.Array(PublicGridSchema) });

export const LocateQuerySchema = Type.Object({
  lat: Type.Number({ minimum: -90, maximum: 90, description: 'Latitude (WGS 84)' }),
  lng: Type.Number({ minimum: -180, maximum: 180, description: 'Longitude (WGS 84)' }),
});

export const LocatedGridSchema = Type.Object({
  grid: Type.Union([PublicGridSchema, Type.Null()], {
    description: 'The grid whose boundary contains the position; null outside every mapped grid',
  }),
});

export const PortalPhotoListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      fileName: Type.String(),
      mimeType: Type.String(),
      size: Type.Integer(),
      uploadedAt: Type.String(),
    }),
  ),
});
