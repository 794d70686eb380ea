/** A figure's name and definition in the chosen language (names from the catalogue, definitions from the API). */
import type { FigureDefinition } from '../../features/stats/stats.api.ts';
import type { I18n } from '../../i18n/i18n-context.tsx';

export function figureName(i18n: Pick<I18n, 'tx'>, key: string): string {
  return i18n.tx(`figure.${key}`) ?? key;
}

export function figureDefinition(
  i18n: Pick<I18n, 'locale'>,
  definitions: Map<string, FigureDefinition> | undefined,
  key: string,
): string | undefined {
  const definition = definitions?.get(key);
  if (!definition) return undefined;
  return i18n.locale === 'en' ? definition.definition : definition.definitionZh;
}
