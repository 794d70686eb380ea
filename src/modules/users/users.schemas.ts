import { Type } from '@sinclair/typebox';
import { ROLES } from '../../db/tables.ts';

const RoleSchema = Type.Union(
  ROLES.map((r) => Type.Literal(r)),
  { description: 'Role (DESIGN.md §1)' },
);

export const UserSchema = Type.Object({
  id: Type.String({ description: 'User id' }),
  username: Type.String({ description: 'Login name' }),
  displayName: Type.String({ description: 'Full name' }),
  orgId: Type.String({ description: 'Organisation the user belongs to' }),
  orgName: Type.String({ description: 'Its name' }),
  roles: Type.Array(RoleSchema),
  isActive: Type.Boolean({ description: 'Inactive users cannot sign in' }),
  isDemo: Type.Boolean({ description: 'A demo account (refused in production)' }),
  lockedUntil: Type.Union([Type.String(), Type.Null()], {
    description: 'Set while locked after wrong passwords',
  }),
  lastLoginAt: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()], { description: 'Where notifications are also e-mailed' }),
  createdAt: Type.String(),
});

export const UserListQuerySchema = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 64, description: 'Text in username or name' })),
    orgId: Type.Optional(Type.String({ description: 'Only users of this organisation' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 500 })),
  },
  { additionalProperties: false },
);

const Password = Type.String({ minLength: 1, maxLength: 256, description: 'At least 8 characters' });
const Email = Type.Union([Type.String({ maxLength: 254 }), Type.Null()], {
  description: 'E-mail address for notifications (optional; null or empty removes it)',
});

export const CreateUserBodySchema = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64, description: 'Login name' }),
    displayName: Type.String({ minLength: 1, maxLength: 64, description: 'Full name' }),
    orgId: Type.String({ minLength: 1, description: 'Organisation (within the admin’s subtree)' }),
    roles: Type.Array(Type.String(), { minItems: 1, maxItems: 7, description: 'Roles' }),
    password: Password,
    email: Type.Optional(Email),
  },
  { additionalProperties: false },
);

export const UpdateUserBodySchema = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    orgId: Type.Optional(Type.String({ minLength: 1 })),
    roles: Type.Optional(Type.Array(Type.String(), { minItems: 1, maxItems: 7 })),
    isActive: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
    email: Type.Optional(Email),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const UserIdParamsSchema = Type.Object({ id: Type.String({ description: 'User id' }) });
