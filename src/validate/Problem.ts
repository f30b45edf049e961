import type { Lang } from '../state/schema.ts';
import { phrase, renderPhrase, type Phrase } from './Phrase.ts';

/** An error drops the feature or record (or the whole file); a warning keeps it. */
export type Severity = 'error' | 'warning';

/** Machine-readable kind of a problem: stable for tests, `--json` and the report's filters. */
export type ProblemCode =
  | 'unreadable'
  | 'too-large'
  | 'too-many-features'
  | 'empty-file'
  | 'not-utf8'
  | 'byte-order-mark'
  | 'utf-16'
  | 'not-json'
  | 'truncated-json'
  | 'non-finite-number'
  | 'not-csv'
  | 'unknown-layer'
  | 'not-feature-collection'
  | 'no-features'
  | 'not-a-feature'
  | 'null-geometry'
  | 'unknown-geometry'
  | 'geometry-collection'
  | 'wrong-geometry'
  | 'bad-coordinate'
  | 'out-of-range'
  | 'swapped-coordinates'
  | 'ring-not-closed'
  | 'too-few-positions'
  | 'self-intersection'
  | 'self-touch'
  | 'invalid-geojson'
  | 'missing-property'
  | 'wrong-type'
  | 'bad-value'
  | 'markup-in-text'
  | 'duplicate-id'
  | 'unresolved-reference'
  | 'references-not-checked'
  | 'twin-same-side'
  | 'negative-value'
  | 'bad-date'
  | 'period-order'
  | 'mixed-units'
  | 'properties-not-object'
  | 'too-deep'
  | 'feature-id-type'
  | 'bad-bbox'
  | 'foreign-member'
  | 'hole-crossing'
  | 'id-not-url-safe'
  | 'property-mapped'
  | 'far-from-dataset'
  | 'number-overflow'
  | 'internal';

/**
 * One thing wrong with an input file, said the way a data maintainer can act
 * on it: which file, which feature, which property, what we expected and
 * what we found.
 */
export interface Problem {
  file: string;
  /** Feature or record index in the file, from 0; null when the file as a whole is at fault. */
  index: number | null;
  /** What index counts: GeoJSON features or activity records. */
  item: 'feature' | 'record';
  /** The feature's or record's id, when it has one. */
  id: string | null;
  /** Property at fault (a dotted path such as "geometry.coordinates"), or null. */
  property: string | null;
  /** What the file should have had, in no language yet: see renderPhrase. */
  expected: Phrase;
  found: Phrase;
  severity: Severity;
  code: ProblemCode;
  /** [west, south, east, north] the map can zoom to, when the feature has a usable location. */
  bbox: [number, number, number, number] | null;
}

/** The problem as one sentence: "stations.geojson, feature 3 (id "s1"), kind: expected …, found …." */
export function describeProblem(p: Problem, lang: Lang): string {
  const where = [p.file];
  if (p.index !== null) {
    const item = phrase(`item.${p.item}`);
    where.push(renderPhrase(p.id === null ? phrase('where.item', { item, index: p.index }) : phrase('where.itemWithId', { item, index: p.index, id: JSON.stringify(p.id) }), lang));
  }
  if (p.property !== null) where.push(p.property);
  return renderPhrase(phrase('sentence', { where: where.join(', '), expected: p.expected, found: p.found }), lang);
}
