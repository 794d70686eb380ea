/**
 * A routing rule's conditions in words for the rule table: one tag per condition, "满足任一" groups after
 * them; "全部案件" for a rule without conditions.
 */
import { Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useCategories } from '../../features/categories/categories.api.ts';
import { categoryName } from '../../features/categories/category-tree.ts';
import { useOrgs } from '../../features/orgs/orgs.api.ts';
import type { RuleConditions } from '../../features/routing/routing.api.ts';
import { formatFen } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

type Simple = Omit<RuleConditions, 'anyOf'>;

function useConditionParts() {
  const { t, tx, locale } = useI18n();
  const categories = useCategories();
  const orgs = useOrgs();
  const catName = (code: string) => {
    const category = categories.data?.find((item) => item.code === code);
    return category ? categoryName(category, locale) : code;
  };
  const orgName = (id: string) => orgs.data?.find((org) => org.id === id)?.name ?? id;
  const coded = (prefix: string) => (code: string) => tx(`${prefix}.${code}`) ?? code;
  const list = (label: string, values: string[] | undefined, name: (v: string) => string) =>
    values?.length ? [`${label}：${values.map(name).join('、')}`] : [];
  const range = (label: string, min?: number, max?: number, show: (n: number) => string = String) => {
    if (min === undefined && max === undefined) return [];
    if (max === undefined) return [`${label} ≥ ${show(min!)}`];
    if (min === undefined) return [`${label} ≤ ${show(max)}`];
    return [`${label} ${show(min)}–${show(max)}`];
  };
  return (c: Simple): string[] => [
    ...list(t('rules.cond.categories'), c.categories, catName),
    ...list(t('rules.cond.streets'), c.streetIds, orgName),
    ...list(t('rules.cond.grids'), c.gridIds, orgName),
    ...list(t('rules.cond.channels'), c.channels, coded('channel')),
    ...range(t('case.peopleInvolved'), c.minPeople, c.maxPeople),
    ...range(t('case.amount'), c.minAmountFen, c.maxAmountFen, (fen) =>
      t('case.yuan', { amount: formatFen(fen) }),
    ),
    ...list(t('rules.cond.risks'), c.risks, coded('risk')),
    ...list(t('rules.cond.flags'), c.flags, coded('flag')),
  ];
}

export function RuleConditionSummary({ conditions }: { conditions: RuleConditions }) {
  const { t } = useI18n();
  const parts = useConditionParts();
  const { anyOf = [], ...main } = conditions;
  const mainParts = parts(main);
  const tags = (items: string[]): ReactNode =>
    items.map((text) => (
      <Tag key={text} style={{ marginInlineEnd: 4, whiteSpace: 'normal' }}>
        {text}
      </Tag>
    ));
  if (mainParts.length === 0 && anyOf.length === 0)
    return <Typography.Text type="secondary">{t('rules.everyCase')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      {mainParts.length > 0 && <div>{tags(mainParts)}</div>}
      {anyOf.length > 0 && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('rules.anyOf')}
          </Typography.Text>
          {anyOf.map((group, index) => (
            <div key={index}>{tags(parts(group))}</div>
          ))}
        </div>
      )}
    </Space>
  );
}
