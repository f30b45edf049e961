import { describeValue } from './describeValue.ts';
import { fileProblem } from './fileProblem.ts';
import { checkBbox, misplaced } from './checkMembers.ts';
import { MAX_DEPTH, type TooDeep } from './findTooDeep.ts';
import { phrase, type Phrase } from './Phrase.ts';
import type { FeatureIssue } from './FeatureIssue.ts';

// What a parsed file holds at its top: the list of items to check one by one, and what to say when there is none.

export function featuresOf(value: unknown): unknown[] | Phrase {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return describeTop(value);
  const v = value as { type?: unknown; features?: unknown };
  if (v.type === 'Feature') return [v];
  if (v.type !== 'FeatureCollection') return phrase('found.objectOfType', { type: JSON.stringify(v.type ?? null) });
  if (!Array.isArray(v.features)) return phrase(v.features === undefined ? 'found.featuresMissing' : 'found.featuresNotArray');
  return v.features;
}

export function recordsOf(value: unknown): unknown[] | Phrase {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { records?: unknown }).records)) return (value as { records: unknown[] }).records;
  return describeTop(value);
}

export function describeTop(v: unknown): Phrase {
  if (v && typeof v === 'object' && !Array.isArray(v) && 'type' in v) return phrase('found.objectOfType', { type: JSON.stringify((v as { type: unknown }).type) });
  return describeValue(v);
}


/** The list of features or records, which is checked item by item rather than as part of the whole. */
export function itemsIn(value: unknown): unknown {
  if (Array.isArray(value) || !value || typeof value !== 'object') return value;
  const v = value as { features?: unknown; records?: unknown };
  return Array.isArray(v.features) ? v.features : v.records;
}

export function deepIssue(deep: TooDeep): FeatureIssue {
  return { code: 'too-deep', property: deep.path || null, expected: phrase('expected.maxDepth', { max: MAX_DEPTH }), found: phrase('found.depth', { depth: deep.depth }) };
}

export function idOf(raw: unknown): string | null {
  const p = raw && typeof raw === 'object' ? (raw as { properties?: unknown; id?: unknown }) : {};
  const props = p.properties && typeof p.properties === 'object' ? (p.properties as { id?: unknown }) : p;
  return typeof props.id === 'string' ? props.id : null;
}

/** Problems of the FeatureCollection's own members: they drop no feature. */
export function collectionMembers(file: string, fc: Record<string, unknown>) {
  const issues = [...misplaced(fc, 'FeatureCollection', ''), checkBbox(fc.bbox, 'bbox')].filter((i) => i !== null);
  return issues.map((i) => ({ ...fileProblem(file, i.code, 'warning', i.expected, i.found), property: i.property }));
}
