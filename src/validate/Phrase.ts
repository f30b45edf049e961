import type { Lang } from '../state/schema.ts';
import { PROBLEM_STRINGS, type PhraseKey } from '../i18n/problemStrings.ts';

/**
 * A value for a phrase's placeholder: a value from the file, shown as
 * published; another phrase; alternatives from the file ("A, B or C"); or
 * phrases said one after another.
 */
export type PhraseParam = string | number | Phrase | readonly string[] | readonly Phrase[];

/**
 * Something the checks say, in no language yet: a key of the phrase table
 * (src/i18n/problemStrings.ts) and the values for its placeholders. Plain
 * data, so it crosses from the worker and into `--json` unchanged.
 */
export interface Phrase {
  key: PhraseKey;
  params?: Record<string, PhraseParam>;
}

export function phrase(key: PhraseKey, params?: Record<string, PhraseParam>): Phrase {
  return params === undefined ? { key } : { key, params };
}

/** A position as GeoJSON writes it, for placeholders. */
export function position(lon: number, lat: number): string {
  return `[${lon}, ${lat}]`;
}

/** The phrase in one language. Values put into placeholders are not read again, so braces in data stay as they are. */
export function renderPhrase(p: Phrase, lang: Lang): string {
  return PROBLEM_STRINGS[lang][p.key].replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = p.params?.[name];
    return v === undefined ? m : renderParam(v, lang);
  });
}

function renderParam(v: PhraseParam, lang: Lang): string {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (!isList(v)) return renderPhrase(v, lang);
  const strings = v.filter((x): x is string => typeof x === 'string');
  if (strings.length < v.length) return v.map((x) => renderParam(x, lang)).join('; ');
  if (strings.length < 2) return strings.join('');
  return renderPhrase({ key: 'list.or', params: { rest: strings.slice(0, -1).join(', '), last: strings[strings.length - 1]! } }, lang);
}

function isList(v: Phrase | readonly string[] | readonly Phrase[]): v is readonly string[] | readonly Phrase[] {
  return Array.isArray(v);
}
