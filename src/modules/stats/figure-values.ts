/**
 * Lookups and values made from the figure definitions: a count figure by key, rates from
 * their counts, and the definitions as text for the API documentation. Pure.
 */
import {
  COUNT_FIGURES,
  FIGURE_DEFINITIONS,
  RATE_FIGURES,
  type CountFigureDefinition,
  type CountKey,
  type RateValues,
} from './figure-definitions.ts';

/** numerator / denominator, or null when the denominator is 0. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Every rate from the counts it is made of. */
export function ratesOf(counts: Readonly<Record<CountKey, number>>): RateValues {
  return Object.fromEntries(
    RATE_FIGURES.map((r) => [r.key, rate(counts[r.numerator], counts[r.denominator])]),
  ) as RateValues;
}

/** One line per figure, "名称：定义", for the API documentation and report appendices. */
export function definitionsText(): string {
  return FIGURE_DEFINITIONS.map((f) => `- ${f.key} ${f.nameZh}: ${f.definitionZh} ${f.definition}`).join(
    '\n',
  );
}

const COUNT_BY_KEY = new Map<string, CountFigureDefinition>(
  COUNT_FIGURES.map((f) => [f.key, { ...f, kind: 'count' }]),
);

export function isCountKey(key: string): key is CountKey {
  return COUNT_BY_KEY.has(key);
}

/** The definition of a count figure. @throws RangeError for an unknown key (a bug). */
export function countFigure(key: CountKey): CountFigureDefinition {
  const found = COUNT_BY_KEY.get(key);
  if (!found) throw new RangeError(`unknown figure ${key}`);
  return found;
}
