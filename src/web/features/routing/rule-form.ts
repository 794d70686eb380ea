/**
 * Pure conversions between a routing rule's conditions (as the server stores them: category codes, ids,
 * amounts in fen) and the rule form's values (Cascader paths, amounts in yuan), and the list moves of the
 * ordered rule table. Empty inputs leave a condition out: a rule without conditions matches every case.
 */
import type { RuleConditions, RuleConditionsInput } from './routing.api.ts';

/** One group of conditions as the form holds it. */
export interface ConditionForm {
  /** Cascader paths: `['labour']` (the whole first level) or `['labour', 'wage_arrears']`. */
  categories?: string[][];
  streetIds?: string[];
  gridIds?: string[];
  channels?: string[];
  minPeople?: number | null;
  maxPeople?: number | null;
  minAmountYuan?: number | null;
  maxAmountYuan?: number | null;
  risks?: string[];
  flags?: string[];
}

type SimpleConditions = Omit<RuleConditionsInput, 'anyOf'>;

/** At most this many "满足任一" groups in the simple editor. */
export const MAX_ANY_OF_GROUPS = 2;

/** Yuan (two decimals) to whole fen. */
export const yuanToFen = (yuan: number): number => Math.round(yuan * 100);
/** Fen to yuan. */
export const fenToYuan = (fen: number): number => fen / 100;

const present = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

const nonEmpty = (list: readonly string[] | undefined): list is string[] =>
  Array.isArray(list) && list.length > 0;

/** One group of form values as conditions. */
export function conditionsFromForm(form: ConditionForm): SimpleConditions {
  const out: SimpleConditions = {};
  const codes = (form.categories ?? []).map((path) => path[path.length - 1]).filter(Boolean) as string[];
  if (codes.length) out.categories = [...new Set(codes)];
  if (nonEmpty(form.streetIds)) out.streetIds = form.streetIds;
  if (nonEmpty(form.gridIds)) out.gridIds = form.gridIds;
  if (nonEmpty(form.channels)) out.channels = form.channels as SimpleConditions['channels'];
  if (present(form.minPeople)) out.minPeople = form.minPeople;
  if (present(form.maxPeople)) out.maxPeople = form.maxPeople;
  if (present(form.minAmountYuan)) out.minAmountFen = yuanToFen(form.minAmountYuan);
  if (present(form.maxAmountYuan)) out.maxAmountFen = yuanToFen(form.maxAmountYuan);
  if (nonEmpty(form.risks)) out.risks = form.risks as SimpleConditions['risks'];
  if (nonEmpty(form.flags)) out.flags = form.flags as SimpleConditions['flags'];
  return out;
}

/** One group of conditions as form values; `pathOf` turns a category code into its Cascader path. */
export function formFromConditions(
  conditions: Omit<RuleConditions, 'anyOf'>,
  pathOf: (code: string) => string[],
): ConditionForm {
  return {
    categories: (conditions.categories ?? []).map(pathOf),
    streetIds: conditions.streetIds ?? [],
    gridIds: conditions.gridIds ?? [],
    channels: conditions.channels ?? [],
    minPeople: conditions.minPeople ?? null,
    maxPeople: conditions.maxPeople ?? null,
    minAmountYuan: conditions.minAmountFen === undefined ? null : fenToYuan(conditions.minAmountFen),
    maxAmountYuan: conditions.maxAmountFen === undefined ? null : fenToYuan(conditions.maxAmountFen),
    risks: conditions.risks ?? [],
    flags: conditions.flags ?? [],
  };
}

/** A rule's whole conditions from the main group and the "满足任一" groups (empty groups dropped). */
export function ruleConditionsFromForm(
  main: ConditionForm,
  anyOf: readonly ConditionForm[] = [],
): RuleConditionsInput {
  const groups = anyOf.map(conditionsFromForm).filter((group) => Object.keys(group).length > 0);
  return { ...conditionsFromForm(main), ...(groups.length ? { anyOf: groups } : {}) };
}

/** Whether the simple editor can show these conditions whole (at most MAX_ANY_OF_GROUPS groups). */
export function fitsSimpleEditor(conditions: RuleConditions): boolean {
  return (conditions.anyOf?.length ?? 0) <= MAX_ANY_OF_GROUPS;
}

/** `ids` with the item at `index` moved by `delta` places (no change at either end). */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item as T);
  return next;
}
