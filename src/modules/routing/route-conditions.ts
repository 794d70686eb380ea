/**
 * The conditions of a routing rule (分流规则条件) and their structural check. Every
 * condition is optional; the conditions given must all hold (AND), a list matches
 * when any of its values does (OR), and `anyOf` holds when one of its sub-condition
 * objects holds in full. A rule without conditions matches every case (a catch-all).
 */
import { CHANNELS, RISKS } from '../../db/tables.ts';
import type { FieldError } from '../../lib/errors.ts';

/** Case flags a rule may require (the flags of DESIGN.md §4, as the case registry stores them). */
export const ROUTE_FLAGS = ['group_incident', 'repeat', 'urgent', 'sensitive'] as const;

const LIST_KEYS = ['categories', 'streetIds', 'gridIds', 'channels', 'risks', 'flags'] as const;
const NUMBER_KEYS = ['minPeople', 'maxPeople', 'minAmountFen', 'maxAmountFen'] as const;

/** Every condition name in the order the matcher checks them. */
export const CONDITION_KEYS = [
  'categories',
  'streetIds',
  'gridIds',
  'channels',
  'minPeople',
  'maxPeople',
  'minAmountFen',
  'maxAmountFen',
  'risks',
  'flags',
] as const;
export type ConditionName = (typeof CONDITION_KEYS)[number];

/** One set of conditions; all given must hold. */
export interface SimpleConditions {
  /** Category codes; a first-level code also matches its second-level codes. */
  categories?: string[];
  streetIds?: string[];
  gridIds?: string[];
  channels?: string[];
  /** Inclusive bounds on the people involved (涉及人数). */
  minPeople?: number;
  maxPeople?: number;
  /** Inclusive bounds on the amount in dispute in fen; a case without an amount fails both. */
  minAmountFen?: number;
  maxAmountFen?: number;
  risks?: string[];
  /** Every listed flag must be set on the case. */
  flags?: string[];
}

/** A rule's conditions: the simple ones, plus `anyOf` (at least one sub-object holds). */
export interface RuleConditions extends SimpleConditions {
  anyOf?: SimpleConditions[];
}

/** Allowed values of the enumerated lists (null: free codes checked against the database). */
const ALLOWED: Record<(typeof LIST_KEYS)[number], readonly string[] | null> = {
  categories: null,
  streetIds: null,
  gridIds: null,
  channels: CHANNELS,
  risks: RISKS,
  flags: ROUTE_FLAGS,
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkSimple(
  raw: Record<string, unknown>,
  pointer: string,
  errors: FieldError[],
  allowAnyOf: boolean,
): SimpleConditions {
  const out: SimpleConditions = {};
  const err = (key: string, code: string, detail: string) =>
    errors.push({ pointer: `${pointer}/${key}`, code, detail });
  for (const key of Object.keys(raw)) {
    const known = (CONDITION_KEYS as readonly string[]).includes(key) || (allowAnyOf && key === 'anyOf');
    if (!known) err(key, 'unknown', `"${key}" is not a routing condition`);
  }
  for (const key of LIST_KEYS) {
    const value = raw[key];
    if (value === undefined) continue;
    if (!Array.isArray(value) || value.length === 0) {
      err(key, 'invalid', `${key} must be a non-empty list`);
      continue;
    }
    const allowed = ALLOWED[key];
    value.forEach((v, i) => {
      if (typeof v !== 'string' || v.length === 0)
        err(`${key}/${i}`, 'invalid', `${key}[${i}] must be a non-empty string`);
      else if (allowed && !allowed.includes(v))
        err(`${key}/${i}`, 'invalid', `"${v}" is not one of ${allowed.join(', ')}`);
    });
    out[key] = [...new Set(value.map(String))];
  }
  for (const key of NUMBER_KEYS) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      err(key, 'invalid', `${key} must be a whole number ≥ 0`);
      continue;
    }
    out[key] = value;
  }
  if (out.minPeople !== undefined && out.maxPeople !== undefined && out.minPeople > out.maxPeople)
    err('maxPeople', 'invalid', 'maxPeople is below minPeople');
  if (out.minAmountFen !== undefined && out.maxAmountFen !== undefined && out.minAmountFen > out.maxAmountFen)
    err('maxAmountFen', 'invalid', 'maxAmountFen is below minAmountFen');
  return out;
}

/**
 * Checks the shape of a rule's conditions (unknown keys, empty lists, enumerated
 * values, bounds) and returns them normalised, with every problem as a field error
 * under `pointer`. Codes and organisation ids are checked against the database by
 * the service.
 */
export function checkConditions(
  raw: unknown,
  pointer = '#/conditions',
): { conditions: RuleConditions; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!isObject(raw)) {
    errors.push({ pointer, code: 'invalid', detail: 'conditions must be an object' });
    return { conditions: {}, errors };
  }
  const conditions: RuleConditions = checkSimple(raw, pointer, errors, true);
  if (raw.anyOf !== undefined) {
    if (!Array.isArray(raw.anyOf) || raw.anyOf.length === 0) {
      errors.push({
        pointer: `${pointer}/anyOf`,
        code: 'invalid',
        detail: 'anyOf must be a non-empty list of condition objects',
      });
    } else {
      conditions.anyOf = raw.anyOf.map((sub, i) => {
        const at = `${pointer}/anyOf/${i}`;
        if (!isObject(sub) || Object.keys(sub).length === 0) {
          errors.push({ pointer: at, code: 'invalid', detail: 'each anyOf entry is a non-empty object' });
          return {};
        }
        return checkSimple(sub, at, errors, false);
      });
    }
  }
  return { conditions, errors };
}

/** Every value of a list condition, in the rule and its anyOf branches (for database checks). */
export function listValues(
  conditions: RuleConditions,
  key: 'categories' | 'streetIds' | 'gridIds',
): { value: string; pointer: string }[] {
  const out: { value: string; pointer: string }[] = [];
  (conditions[key] ?? []).forEach((value, i) => out.push({ value, pointer: `#/conditions/${key}/${i}` }));
  (conditions.anyOf ?? []).forEach((sub, b) =>
    (sub[key] ?? []).forEach((value, i) =>
      out.push({ value, pointer: `#/conditions/anyOf/${b}/${key}/${i}` }),
    ),
  );
  return out;
}
