/**
 * The dispute taxonomy (DESIGN.md §4), two levels, from `GET /api/v1/categories`.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

/** One category as the server lists it. */
export interface Category {
  code: string;
  /** The first-level category; null for a first-level one. */
  parentCode: string | null;
  nameZh: string;
  nameEn: string;
  sortOrder: number;
  /** Inactive categories cannot be chosen for new cases but still name old ones. */
  isActive: boolean;
}

export const CATEGORIES_QUERY_KEY = ['categories'] as const;

/** Every category, in display order. */
export function useCategories() {
  return useQuery({
    queryKey: CATEGORIES_QUERY_KEY,
    queryFn: ({ signal }) =>
      api.get<{ items: Category[] }>('/categories', undefined, signal).then((page) => page.items),
    staleTime: 10 * 60_000,
  });
}
