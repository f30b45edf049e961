import type { Dataset } from '../data/types.ts';

/** One thing the search can open: a province, commune, station (or other facility) or twinned pair. */
export interface SearchEntry {
  id: string;
  name: string;
  /** The feature's kind as the data gives it ("commune", "station", …). */
  kind: string;
  /** The province's name, to tell apart places of the same name; null for a province. */
  province: string | null;
  /** The name folded for matching (see fold). */
  key: string;
}

/**
 * Text folded for matching: lower case, without diacritics (đ as d), words
 * separated by single spaces, so "sin suoi ho" finds "Sìn Suối Hồ" and
 * "dien bien" finds "Điện Biên".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Everything the search can open in a dataset, provinces first. */
export function searchIndex(dataset: Dataset): SearchEntry[] {
  const provinceName = new Map(dataset.provinces.features.map((p) => [p.properties.id, p.properties.name]));
  const entry = (p: { id: string; name: string; kind: string }, provinceId: string | null): SearchEntry => ({
    id: p.id, name: p.name, kind: p.kind, province: provinceId === null ? null : (provinceName.get(provinceId) ?? null), key: fold(p.name),
  });
  return [
    ...dataset.provinces.features.map((f) => entry(f.properties, null)),
    ...dataset.communes.features.map((f) => entry(f.properties, f.properties.provinceId)),
    ...dataset.facilities.features.map((f) => entry(f.properties, f.properties.provinceId)),
    ...dataset.twinPairs.features.map((f) => entry(f.properties, f.properties.provinceId)),
  ];
}

/**
 * The entries with a word of their name starting with each word of the
 * query, in any order (diacritics and case optional), best first: the whole
 * name, then names that start with the query, then the rest; ties in the
 * index's order.
 */
export function searchAreas(entries: readonly SearchEntry[], query: string, limit = 10): SearchEntry[] {
  const q = fold(query);
  if (q === '') return [];
  const words = q.split(' ');
  const scored: { e: SearchEntry; score: number; i: number }[] = [];
  entries.forEach((e, i) => {
    const own = e.key.split(' ');
    if (!words.every((w) => own.some((o) => o.startsWith(w)))) return;
    scored.push({ e, score: e.key === q ? 0 : e.key.startsWith(q) ? 1 : 2, i });
  });
  return scored.sort((a, b) => a.score - b.score || a.i - b.i).slice(0, limit).map((s) => s.e);
}
