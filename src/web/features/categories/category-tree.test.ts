import { describe, expect, it } from 'vitest';
import type { Category } from './categories.api.ts';
import { categoryOptions, categoryPath } from './category-tree.ts';

function category(code: string, parentCode: string | null, sortOrder: number, isActive = true): Category {
  return { code, parentCode, nameZh: `中${code}`, nameEn: `en ${code}`, sortOrder, isActive };
}

const CATEGORIES: Category[] = [
  category('wage_arrears', 'labour', 0),
  category('neighbour', null, 1),
  category('labour', null, 0),
  category('work_injury', 'labour', 2),
  category('labour_contract', 'labour', 1, false),
  category('old', null, 2, false),
  category('old_child', 'old', 0),
];

describe('categoryOptions', () => {
  it('nests second-level categories under their parents in sort order', () => {
    const options = categoryOptions(CATEGORIES, 'zh-CN');
    expect(options.map((option) => option.value)).toEqual(['labour', 'neighbour', 'old']);
    expect(options[0]?.children?.map((option) => option.value)).toEqual([
      'wage_arrears',
      'labour_contract',
      'work_injury',
    ]);
    expect(options[0]?.label).toBe('中labour');
    expect(options[1]?.children).toBeUndefined();
  });

  it('leaves out inactive categories and their children for registration, in English when asked', () => {
    const options = categoryOptions(CATEGORIES, 'en', { activeOnly: true });
    expect(options.map((option) => option.value)).toEqual(['labour', 'neighbour']);
    expect(options[0]?.children?.map((option) => option.label)).toEqual([
      'en wage_arrears',
      'en work_injury',
    ]);
  });
});

describe('categoryPath', () => {
  it('gives the Cascader path of a code', () => {
    expect(categoryPath(CATEGORIES, 'wage_arrears')).toEqual(['labour', 'wage_arrears']);
    expect(categoryPath(CATEGORIES, 'labour')).toEqual(['labour']);
    expect(categoryPath(CATEGORIES, 'nope')).toBeUndefined();
    expect(categoryPath(CATEGORIES, undefined)).toBeUndefined();
  });
});
