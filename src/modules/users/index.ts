/**
 * Staff users and their roles; admin management within the admin's subtree.
 */
export {
  listUsers,
  getUser,
  createUser,
  updateUser,
  unlockUser,
  countDemoUsers,
  findUserInOrg,
  findUsersWithRole,
  listActiveUserIdsWithRoles,
  findUserContacts,
  MIN_PASSWORD_LENGTH,
  type UserView,
  type NewUser,
} from './users.service.ts';
export { usersRoutes } from './users.routes.ts';
