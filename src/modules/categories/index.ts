/** The two-level dispute taxonomy (DESIGN.md §4), admin-editable. */
export {
  listCategories,
  listActiveCategories,
  resolveActiveCategory,
  categoryWithChildren,
  topCategoryMap,
  createCategory,
  updateCategory,
  type CategoryView,
} from './categories.service.ts';
export { categoriesRoutes } from './categories.routes.ts';
