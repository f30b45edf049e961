import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import type { LayerKey } from '../data/types.ts';
import type { FileReport, ValidItem } from './FileReport.ts';
import { validateFile, type FileInput } from './validateFile.ts';
import { LAYER_SPECS, type InputLayer, type PropSpec } from './layerSpecs.ts';
import type { FeatureIssue } from './FeatureIssue.ts';
import type { ValidationContext } from './ValidationContext.ts';
import { fileProblem } from './fileProblem.ts';
import { addProblem } from './capProblems.ts';
import { describeValue } from './describeValue.ts';
import { phrase, position } from './Phrase.ts';

const AREA_LAYERS: readonly LayerKey[] = ['provinces', 'communes', 'facilities', 'twinPairs'];

/**
 * Checks files that will join a dataset together: each on its own, then what
 * lies between them and the dataset: references resolve (to the dataset or to
 * another file given), twin-pair ends lie on opposite sides of the border,
 * and each metric keeps one unit. A feature failing these is dropped too.
 */
export function validateFiles(inputs: readonly FileInput[], ctx: ValidationContext, onProgress: (fraction: number) => void = () => {}): FileReport[] {
  const weights = inputs.map((i) => Math.max(1, i.bytes.byteLength));
  const sum = weights.reduce((a, b) => a + b, 0);
  let before = 0;
  const reports = inputs.map((input, k) => {
    const r = guarded(input.name, input.layer ?? null, () => validateFile(input, ctx, (done, total) => onProgress((before + (weights[k]! * done) / Math.max(1, total)) / sum)));
    before += weights[k]!;
    return r;
  });
  // Each layer's ids as the sets already made (the dataset's, each file's), not copied into one: a file holds up to a few hundred thousand.
  const ids = new Map<LayerKey, ReadonlySet<string>[]>();
  for (const [layer, set] of Object.entries(ctx.ids) as [LayerKey, ReadonlySet<string>][]) ids.set(layer, [set]);
  for (const r of reports) {
    if (!r.layer || r.layer === 'activity') continue;
    const sets = ids.get(r.layer) ?? [];
    sets.push(r.ids);
    ids.set(r.layer, sets);
  }
  // Vietnam's land, when the context has none, from a countries file in the batch: its outline as checked, so the
  // page need not parse that file itself before the checks start, and no twin pair is judged against a broken outline.
  const batchCtx: ValidationContext = { ...ctx, home: ctx.home ?? homeInBatch(reports) };
  const units = new Map(ctx.units);
  // Once per batch, not per record: a national activity table has a hundred thousand records pointing into ten thousand areas.
  const pools = new Map<RefKind, Pool | null>();
  const poolOf = (ref: RefKind) => {
    if (!pools.has(ref)) pools.set(ref, resolvePool(ref, ids, ctx));
    return pools.get(ref)!;
  };
  for (const r of reports) {
    try {
      crossCheck(r, poolOf, units, batchCtx);
    } catch (err) {
      // Part-way through, some of its features were judged and some not: none loads, and the file says why.
      r.valid = [];
      r.problems.push(...internalReport(r.file, r.layer, err).problems);
    }
  }
  onProgress(1);
  return reports;
}

/**
 * Runs one file's checks so that whatever they throw (a case no rule
 * foresaw) becomes a problem naming the file, and the other files' reports
 * still come.
 */
export function guarded(file: string, layer: InputLayer | null, check: () => FileReport): FileReport {
  try {
    return check();
  } catch (err) {
    return internalReport(file, layer, err);
  }
}

export function internalReport(file: string, layer: InputLayer | null, err: unknown): FileReport {
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return {
    file, layer, detected: null, total: 0, valid: [], ids: new Set(),
    problems: [fileProblem(file, 'internal', 'error', phrase('expected.checkable'), phrase('found.internal', { message: message.slice(0, 200) }))],
  };
}

function crossCheck(r: FileReport, poolOf: (ref: RefKind) => Pool | null, units: Map<string, string>, ctx: ValidationContext): void {
  if (!r.layer) return;
  const layer = r.layer;
  const notChecked = new Map<string, RefKind>();
  const refs = LAYER_SPECS[layer].filter((spec): spec is PropSpec & { ref: RefKind } => spec.ref !== undefined);
  r.valid = r.valid.filter((item) => {
    // Made only for an item with a problem: this runs for every valid item.
    let issues: FeatureIssue[] | null = null;
    const props = layer === 'activity' ? (item.value as Record<string, unknown>) : ((item.value as Feature).properties ?? {});
    for (const spec of refs) {
      const target = props[spec.key];
      if (typeof target !== 'string') continue;
      const pool = poolOf(spec.ref);
      if (pool === null) {
        notChecked.set(spec.key, spec.ref);
        continue;
      }
      if (!pool.has(target)) {
        const found = phrase(spec.ref === 'source' ? 'found.unknownSource' : 'found.unknownId', { id: target });
        (issues ??= []).push({ code: 'unresolved-reference', property: spec.key, expected: phrase(`expected.ref.${spec.ref}`), found });
      }
    }
    if (layer === 'twinPairs' && ctx.home) (issues ??= []).push(...twinSides(item.value as Feature<LineString>, ctx));
    if (layer === 'activity') {
      const { metric, unit } = props as { metric: string; unit: string };
      const known = units.get(metric);
      if (known === undefined) units.set(metric, unit);
      else if (known !== unit) (issues ??= []).push({ code: 'mixed-units', property: 'unit', expected: phrase('expected.sameUnit', { unit: known, metric }), found: describeValue(unit) });
    }
    if (issues === null) return true;
    for (const issue of issues) addProblem(r, place(r.file, layer, item, issue));
    return issues.length === 0;
  });
  for (const [key, ref] of notChecked) {
    const what = phrase(`refs.${ref}`);
    r.problems.push(fileProblem(r.file, 'references-not-checked', 'warning', phrase('expected.refsToCheck', { what, key }), phrase('found.refsMissing', { what, key })));
  }
  r.problems.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
}

type RefKind = NonNullable<PropSpec['ref']>;

/** The ids a reference may name: one set, or several asked in turn. */
interface Pool {
  has(id: string): boolean;
}

function resolvePool(ref: RefKind, ids: Map<LayerKey, ReadonlySet<string>[]>, ctx: ValidationContext): Pool | null {
  if (ref === 'source') return ctx.sourceIds;
  const sets = ref === 'area' ? AREA_LAYERS.flatMap((layer) => ids.get(layer) ?? []) : ids.get(ref);
  if (!sets || (ref === 'area' && sets.every((set) => set.size === 0))) return null;
  return unionOf(sets);
}

function unionOf(sets: readonly ReadonlySet<string>[]): Pool {
  const full = sets.filter((set) => set.size > 0);
  if (full.length === 1) return full[0]!;
  return { has: (id) => full.some((set) => set.has(id)) };
}

function homeInBatch(reports: readonly FileReport[]): Feature<Polygon | MultiPolygon> | null {
  for (const r of reports) {
    if (r.layer !== 'countries') continue;
    const vn = r.valid.find((item) => (item.value as Feature).properties?.iso === 'VN');
    if (vn) return vn.value as Feature<Polygon | MultiPolygon>;
  }
  return null;
}

function twinSides(f: Feature<LineString>, ctx: ValidationContext): FeatureIssue[] {
  const coords = f.geometry.coordinates;
  const [vn, partner] = [coords[0]!, coords[coords.length - 1]!];
  const home = ctx.home!;
  const issues: FeatureIssue[] = [];
  if (!booleanPointInPolygon(vn, home)) issues.push({ code: 'twin-same-side', property: 'geometry.coordinates[0]', expected: phrase('expected.vnInside'), found: phrase('found.outsideVn', { at: position(vn[0]!, vn[1]!) }) });
  if (booleanPointInPolygon(partner, home)) issues.push({ code: 'twin-same-side', property: `geometry.coordinates[${coords.length - 1}]`, expected: phrase('expected.partnerAcross'), found: phrase('found.insideVn', { at: position(partner[0]!, partner[1]!) }) });
  return issues;
}

function place(file: string, layer: string, item: ValidItem, issue: FeatureIssue) {
  return { file, index: item.index, item: layer === 'activity' ? ('record' as const) : ('feature' as const), id: item.id, severity: 'error' as const, bbox: item.bbox, ...issue };
}

export type { FileInput };
