/**
 * Pure helpers that turn the flat taxonomy into Cascader options and back.
 */
import type { Locale } from '../../i18n/translate.ts';
import type { Category } from './categories.api.ts';

export interface CategoryOption {
  value: string;
  label: string;
  children?: CategoryOption[];
}

/** The category's name in the UI language. */
export function categoryName(category: Pick<Category, 'nameZh' | 'nameEn'>, locale: Locale): string {
  return locale === 'en' ? category.nameEn : category.nameZh;
}

const bySortOrder = (a: Category, b: Category) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);

/**
 * Two-level Cascader options in display order. With `activeOnly` (registration: inactive categories
 * cannot be chosen, DESIGN.md §4) inactive categories and their children are left out.
 */
export function categoryOptions(
  categories: readonly Category[],
  locale: Locale,
  { activeOnly = false }: { activeOnly?: boolean } = {},
): CategoryOption[] {
  const usable = categories.filter((category) => !activeOnly || category.isActive);
  const tops = usable.filter((category) => category.parentCode === null).sort(bySortOrder);
  return tops.map((top) => {
    const children = usable
      .filter((category) => category.parentCode === top.code)
      .sort(bySortOrder)
      .map((child) => ({ value: child.code, label: categoryName(child, locale) }));
    return {
      value: top.code,
      label: categoryName(top, locale),
      ...(children.length > 0 ? { children } : {}),
    };
  });
}

/** The Cascader path of a code (`wage_arrears` → `['labour', 'wage_arrears']`); undefined when unknown. */
export function categoryPath(
  categories: readonly Category[],
  code: string | undefined,
): string[] | undefined {
  if (!code) return undefined;
  const category = categories.find((item) => item.code === code);
  if (!category) return undefined;
  return category.parentCode ? [category.parentCode, category.code] : [category.code];
}
