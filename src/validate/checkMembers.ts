import type { FeatureIssue } from './FeatureIssue.ts';
import { describeValue } from './describeValue.ts';
import { phrase } from './Phrase.ts';

/**
 * Members RFC 7946 §7.1 forbids on each kind of object: they belong to
 * another kind, and a reader may take the object for that kind.
 */
const MISPLACED: Record<'Feature' | 'Geometry' | 'FeatureCollection', readonly string[]> = {
  Feature: ['coordinates', 'geometries', 'features'],
  Geometry: ['geometry', 'properties', 'features'],
  FeatureCollection: ['coordinates', 'geometries', 'geometry', 'properties'],
};

const NONE: readonly FeatureIssue[] = [];

/** Members of a Feature the property and geometry checks do not look at: `id`, `bbox`, and members of another kind. */
export function checkMembers(feature: Record<string, unknown>): { errors: readonly FeatureIssue[]; warnings: readonly FeatureIssue[] } {
  // Checked for every feature, and nearly always without a problem: no array is made then.
  let errors = NONE;
  let warnings = misplaced(feature, 'Feature', '');
  const id = feature.id;
  if (id !== undefined && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    errors = [{ code: 'feature-id-type', property: 'id', expected: phrase('expected.featureId'), found: describeValue(id) }];
  }
  const bbox = checkBbox(feature.bbox, 'bbox');
  if (bbox) errors = [...errors, bbox];
  const g = feature.geometry;
  if (g !== null && typeof g === 'object' && !Array.isArray(g)) {
    const inGeometry = misplaced(g as Record<string, unknown>, 'Geometry', 'geometry.');
    if (inGeometry.length > 0) warnings = [...warnings, ...inGeometry];
    const inner = checkBbox((g as { bbox?: unknown }).bbox, 'geometry.bbox');
    if (inner) errors = [...errors, inner];
  }
  return { errors, warnings };
}

export function misplaced(o: Record<string, unknown>, kind: keyof typeof MISPLACED, prefix: string): readonly FeatureIssue[] {
  // Checked for every feature, and nearly always absent: no arrays (nor closures) are made then.
  let any = false;
  for (const m of MISPLACED[kind]) any ||= Object.hasOwn(o, m);
  if (!any) return NONE;
  return MISPLACED[kind]
    .filter((m) => Object.hasOwn(o, m))
    .map((m) => ({ code: 'foreign-member' as const, property: `${prefix}${m}`, expected: phrase('expected.noMember', { member: m, kind }), found: phrase('found.member', { member: m }) }));
}

/** A bbox, when present, is 2×n finite numbers (n = 2 or 3 dimensions), west/south before east/north. */
export function checkBbox(bbox: unknown, path: string): FeatureIssue | null {
  if (bbox === undefined) return null;
  const expected = phrase('expected.bbox');
  if (!Array.isArray(bbox)) return { code: 'bad-bbox', property: path, expected, found: describeValue(bbox) };
  if (bbox.length !== 4 && bbox.length !== 6) return { code: 'bad-bbox', property: path, expected, found: phrase('found.valueCount', { n: bbox.length }) };
  const bad = bbox.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
  if (bad >= 0) return { code: 'bad-bbox', property: `${path}[${bad}]`, expected: phrase('expected.finiteNumber'), found: describeValue(bbox[bad]) };
  return null;
}
