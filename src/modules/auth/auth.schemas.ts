import { Type, type Static } from '@sinclair/typebox';

export const LoginBodySchema = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64, description: 'Login name' }),
    password: Type.String({ minLength: 1, maxLength: 256, description: 'Password' }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBodySchema>;

export const OrgRefSchema = Type.Object({
  id: Type.String({ description: 'Organisation id' }),
  code: Type.String({ description: 'Organisation code' }),
  name: Type.String({ description: 'Organisation name' }),
  type: Type.String({ description: 'Organisation type' }),
});

export const MeSchema = Type.Object({
  id: Type.String({ description: 'User id' }),
  username: Type.String({ description: 'Login name' }),
  displayName: Type.String({ description: 'Name shown in the UI' }),
  roles: Type.Array(Type.String(), { description: 'Roles (DESIGN.md §1)' }),
  org: OrgRefSchema,
  district: Type.Object(
    { id: Type.String(), code: Type.String(), name: Type.String() },
    { description: 'The district above the user’s organisation (its centre issues receipts)' },
  ),
  uploads: Type.Object(
    { maxBytes: Type.Integer(), kinds: Type.Array(Type.String()) },
    { description: 'Attachment limits: largest size and accepted kinds (image, pdf, word, audio)' },
  ),
});
export type Me = Static<typeof MeSchema>;

export const CreateTokenBodySchema = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'What the token is for, e.g. "12345 hotline bridge"',
    }),
  },
  { additionalProperties: false },
);

export const TokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String({ description: 'First characters of the token, to recognise it' }),
  createdAt: Type.String(),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});

export const CreatedTokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  createdAt: Type.String(),
  token: Type.String({
    description: 'The token itself; shown only this once. Send it as `Authorization: Bearer <token>`.',
  }),
});
