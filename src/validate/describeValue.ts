import { phrase, type Phrase } from './Phrase.ts';

/** Names what a value is, for "expected X, found Y" messages; long strings are cut. */
export function describeValue(v: unknown): Phrase {
  if (v === undefined) return phrase('found.nothing');
  if (v === null) return phrase('found.null');
  if (Array.isArray(v)) return phrase('found.arrayOf', { n: v.length });
  if (typeof v === 'string') return phrase('found.text', { text: JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) });
  if (typeof v === 'number') return phrase('found.number', { value: v });
  if (typeof v === 'boolean') return phrase('found.boolean', { value: String(v) });
  return phrase('found.object');
}
