/** The dispute taxonomy: read by everyone signed in, edited by district admins. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import { createCategory, listCategories, updateCategory } from './categories.service.ts';

const CategorySchema = Type.Object({
  code: Type.String({ description: 'Stable code, e.g. labour or wage_arrears' }),
  parentCode: Type.Union([Type.String(), Type.Null()], {
    description: 'First-level category; null for a first-level one',
  }),
  nameZh: Type.String({ description: 'Chinese name, e.g. 拖欠农民工工资' }),
  nameEn: Type.String({ description: 'English name' }),
  sortOrder: Type.Integer(),
  isActive: Type.Boolean({ description: 'Inactive categories cannot be chosen for new cases' }),
});

const Code = Type.String({ pattern: '^[a-z][a-z0-9_]{1,39}$', description: 'lower_snake_case code' });

export const categoriesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['categories'];
  app.get(
    '/categories',
    {
      schema: {
        tags,
        summary: 'The dispute taxonomy (two levels)',
        response: { 200: Type.Object({ items: Type.Array(CategorySchema) }) },
      },
    },
    async (request) => ({
      items: await listCategories(ctxOf(request)),
    }),
  );

  app.post(
    '/categories',
    {
      schema: {
        tags,
        summary: 'Add a category (district admin)',
        body: Type.Object(
          {
            code: Code,
            parentCode: Type.Optional(Type.Union([Code, Type.Null()])),
            nameZh: Type.String({ minLength: 1, maxLength: 50 }),
            nameEn: Type.String({ minLength: 1, maxLength: 80 }),
            sortOrder: Type.Optional(Type.Integer()),
          },
          { additionalProperties: false },
        ),
        response: { 201: CategorySchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createCategory(ctxOf(request), request.body)),
  );

  app.patch(
    '/categories/:code',
    {
      schema: {
        tags,
        summary: 'Rename, reorder or deactivate a category (district admin)',
        params: Type.Object({ code: Type.String() }),
        body: Type.Object(
          {
            nameZh: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
            nameEn: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
            sortOrder: Type.Optional(Type.Integer()),
            isActive: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: CategorySchema },
      },
    },
    async (request) => updateCategory(ctxOf(request), request.params.code, request.body),
  );
};
