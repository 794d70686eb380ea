/**
 * Pure catalogue look-ups shared by the i18n context and by code outside React.
 */
import { en } from './en.ts';
import { zhCN, type MessageKey, type Messages } from './zh-CN.ts';

/** The UI languages, zh-CN first (DESIGN.md §6). */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const CATALOGUES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** Values for the `{name}` placeholders of a message. */
export type MessageVars = Record<string, string | number>;

/** Whether a computed key (e.g. `problem.${kind}`) exists in the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}

/** The message for `key` in `locale`, with `{name}` placeholders filled from `vars`. */
export function translate(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  const text = CATALOGUES[locale][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/** Like `translate`, for a key computed at run time; `undefined` when the catalogue lacks it. */
export function translateIfKnown(locale: Locale, key: string, vars?: MessageVars): string | undefined {
  return isMessageKey(key) ? translate(locale, key, vars) : undefined;
}

/** Reads a stored language choice, accepting only known locales. */
export function parseLocale(value: string | null | undefined): Locale | undefined {
  return LOCALES.find((locale) => locale === value);
}
