import type { Lang } from '../state/schema.ts';
import { STRINGS, type StringKey } from './strings.ts';

/** A UI string in the given language, with {name} placeholders filled in. */
export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  // A key the table lacks can reach here only through a cast: say it in the other language, or as the key, rather than throw.
  const text = STRINGS[lang][key] ?? STRINGS[lang === 'vi' ? 'en' : 'vi'][key] ?? String(key);
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A string whose key comes from data ("fact.borderKm", "pairKind.cluster"), or null when the table has no such key. */
export function tKnown(lang: Lang, key: string, params: Record<string, string | number> = {}): string | null {
  return Object.hasOwn(STRINGS[lang], key) ? t(lang, key as StringKey, params) : null;
}
