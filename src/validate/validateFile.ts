import { isFeature } from 'geojson-validation';
import type { Feature } from 'geojson';
import { readFileValue } from './readFileValue.ts';
import { NotPlainJson, readFeatureBatches, type FeatureBatches } from './readFeatureBatches.ts';
import { MAX_FILE_BYTES } from './decodeBytes.ts';
import { detectLayer, DETECT_FEATURES } from './detectLayer.ts';
import { checkGeometry } from './checkGeometry.ts';
import { checkProperties } from './checkProperties.ts';
import { checkRecord } from './checkRecord.ts';
import { fileProblem } from './fileProblem.ts';
import { addProblem } from './capProblems.ts';
import { describeValue } from './describeValue.ts';
import { libraryPhrase } from './libraryMessage.ts';
import { phrase } from './Phrase.ts';
import { findTooDeep, MAX_DEPTH } from './findTooDeep.ts';
import { shallowCoordinates } from './shallowCoordinates.ts';
import { checkMembers } from './checkMembers.ts';
import { libraryProbe } from './libraryProbe.ts';
import { collectionMembers, deepIssue, describeTop, featuresOf, idOf, itemsIn, recordsOf } from './fileShape.ts';
import { LAYER_SPECS, MAX_ITEMS, type InputLayer } from './layerSpecs.ts';
import { applyAliases, type AliasUse, type PropertyMapping } from './propertyAliases.ts';
import { AliasTally } from './aliasTally.ts';
import { sampleFields } from './fileFields.ts';
import type { FeatureIssue } from './FeatureIssue.ts';
import type { Severity } from './Problem.ts';
import type { FileReport, ValidItem } from './FileReport.ts';
import type { ValidationContext } from './ValidationContext.ts';

/** Width of official statistics codes, per layer that uses them as ids. */
const CODE_DIGITS: Partial<Record<InputLayer, number>> = { communes: 5, provinces: 2 };

export interface FileInput {
  name: string;
  bytes: Uint8Array;
  /** The layer to check it as; detected from its content when absent. */
  layer?: InputLayer | null;
  /** Larger files are refused: the app's limit by default. */
  maxBytes?: number;
  /** Our property → the file's property to read it from, as the user chose; applied before the aliases. */
  mapping?: PropertyMapping;
  /** False when the page reads the file itself (see CheckInput): a checker in a worker then sends which features are valid, not the features. */
  values?: false;
}

/**
 * Checks one file on its own: bytes, JSON or CSV, structure, geometry and
 * properties. Every feature is checked, so one bad feature never hides the
 * next; references between files are checked afterwards by validateFiles.
 * A FeatureCollection is read and checked a batch of features at a time, so
 * no more than a batch's text is held at once and only the features that
 * load are kept (the parsed objects themselves, not copies); a file that
 * cannot be read that way is read whole, which says what is wrong with it.
 */
export function validateFile(input: FileInput, ctx: ValidationContext, onProgress: (done: number, total: number) => void = () => {}): FileReport {
  const progress = forwardOnly(onProgress);
  const batches = inBatches(input) ? readFeatureBatches(input.bytes, DETECT_FEATURES) : null;
  if (batches && batches.value.type === 'FeatureCollection') {
    try {
      return checkValue(emptyReport(input.name), input, ctx, progress, batches.value, batches);
    } catch (err) {
      // A batch past the first is not JSON (NaN, a stray byte): the whole text is read after all, and says where.
      if (!(err instanceof NotPlainJson)) throw err;
    }
  }
  const report = emptyReport(input.name);
  const read = readFileValue(input);
  report.problems.push(...read.problems);
  if (read.value === undefined) return report;
  return checkValue(report, input, ctx, progress, read.value, null);
}

/**
 * Files from this size are read in batches. Below it the whole text costs
 * little memory, and a broken file (read twice when a batch past the first
 * does not parse) costs no more than before: the 1,000 fuzzed demo files
 * took a fifth longer read in batches.
 */
const BATCHES_FROM = 1024 * 1024;

/** JSON that may be a FeatureCollection, large enough to gain and within the size allowed: CSV and activity tables are read whole. */
function inBatches(input: FileInput): boolean {
  const size = input.bytes.byteLength;
  return input.layer !== 'activity' && !/\.csv$/i.test(input.name) && size >= BATCHES_FROM && size <= (input.maxBytes ?? MAX_FILE_BYTES);
}

function emptyReport(file: string): FileReport {
  return { file, layer: null, detected: null, total: 0, valid: [], ids: new Set(), problems: [] };
}

/** Progress that never goes back: a file read in batches and then read whole after all starts its count again. */
function forwardOnly(onProgress: (done: number, total: number) => void): (done: number, total: number) => void {
  let best = 0;
  return (done, total) => {
    const fraction = done / Math.max(1, total);
    if (fraction < best) return;
    best = fraction;
    onProgress(done, total);
  };
}

/** The file's value checked as a whole, then item by item: from `batches` when it is read in batches (`value.features` holding the first). */
function checkValue(report: FileReport, input: FileInput, ctx: ValidationContext, progress: (done: number, total: number) => void, value: unknown, batches: FeatureBatches | null): FileReport {
  const deep = findTooDeep(value, MAX_DEPTH, '', itemsIn(value));
  if (deep) {
    report.problems.push({ ...fileProblem(input.name, 'too-deep', 'error', phrase('expected.maxDepth', { max: MAX_DEPTH }), phrase('found.depth', { depth: deep.depth })), property: deep.path });
    return report;
  }
  report.detected = detectLayer(value);
  report.layer = input.layer ?? report.detected;
  // Shape before layer: a FeatureCollection with nothing in it is "empty", not "unrecognised".
  const geo = value !== null && typeof value === 'object' && !Array.isArray(value) && report.layer !== 'activity';
  const items = geo ? featuresOf(value) : recordsOf(value);
  if (!Array.isArray(items)) {
    report.problems.push(fileProblem(input.name, 'not-feature-collection', 'error', phrase(geo ? 'expected.featureCollection' : 'expected.recordArray'), items));
    return report;
  }
  const total = batches ? batches.count : items.length;
  report.total = total;
  if (geo && (value as { type?: unknown }).type === 'FeatureCollection') report.problems.push(...collectionMembers(input.name, value as Record<string, unknown>));
  if (total === 0) {
    report.problems.push(fileProblem(input.name, 'no-features', 'error', phrase(geo ? 'expected.oneFeature' : 'expected.oneRecord'), phrase(geo ? 'found.noFeatures' : 'found.noRecords')));
    return report;
  }
  if (report.layer === null) {
    report.problems.push(fileProblem(input.name, 'unknown-layer', 'error', phrase('expected.knownLayer'), describeTop(value)));
    return report;
  }
  const layer = report.layer;
  if (total > MAX_ITEMS[layer]) {
    // Refused before any feature is checked: checking them would take as long as drawing them would fail.
    report.problems.push(fileProblem(input.name, 'too-many-features', 'error', phrase('expected.maxItems', { max: MAX_ITEMS[layer], layer: phrase(`layer.${layer}`) }), phrase('found.items', { n: total })));
    return report;
  }
  const known = ctx.ids[layer === 'activity' ? 'communes' : layer];
  const run: Run = {
    report, file: input.name, layer, ctx, mapping: input.mapping, total, progress,
    isNew: (id: string) => !known?.has(id),
    seen: null,
    item: layer === 'activity' ? 'record' : 'feature',
    step: Math.max(1, Math.floor(total / 100)),
    aliases: new AliasTally(),
  };
  if (layer !== 'activity') report.fields = sampleFields(items);
  if (input.mapping && Object.keys(input.mapping).length > 0) report.mapping = input.mapping;
  if (batches) {
    let index = 0;
    for (let batch = batches.next(); batch !== null; batch = batches.next()) for (let k = 0; k < batch.length; k++) checkItem(run, batch[k], index++);
  } else {
    for (let index = 0; index < items.length; index++) checkItem(run, items[index], index);
  }
  report.problems.push(...run.aliases.problems(input.name));
  progress(total, total);
  return report;
}

/** What checking a file's items shares, passed to each item's check rather than held in closures made per item. */
interface Run {
  report: FileReport;
  file: string;
  layer: InputLayer;
  ctx: ValidationContext;
  mapping: PropertyMapping | undefined;
  isNew: (id: string) => boolean;
  /** Index of the first valid item with each id: made when an id first comes again, kept from then on. */
  seen: Map<string, number> | null;
  item: 'record' | 'feature';
  total: number;
  step: number;
  progress: (done: number, total: number) => void;
  aliases: AliasTally;
}

function checkItem(run: Run, raw: unknown, index: number): void {
  const { report, layer } = run;
  if (index % run.step === 0) run.progress(index, run.total);
  // Coordinates nested as their type says cannot be too deep: not entered, so their positions keep unboxed numbers (see shallowCoordinates).
  const tooDeep = findTooDeep(raw, MAX_DEPTH, '', shallowCoordinates(raw));
  if (tooDeep) return add(run, index, deepIssue(tooDeep), 'error', idOf(raw), null);
  const checked = layer === 'activity' ? checkRecord(raw) : checkFeature(raw, layer, run.ctx, run.isNew, run.mapping);
  if ('aliases' in checked && checked.aliases.length > 0) run.aliases.add(checked.aliases);
  const id = typeof checked.props.id === 'string' ? checked.props.id : null;
  // An id not met before in the file (nearly all) needs no look-up among the valid features'.
  const before = report.ids.size;
  if (id !== null) report.ids.add(id);
  const again = id !== null && report.ids.size === before;
  for (const w of checked.warnings) add(run, index, w, 'warning', id, checked.bbox);
  if (checked.errors.length > 0) {
    for (const e of checked.errors) add(run, index, e, 'error', id, checked.bbox);
    return;
  }
  if (id !== null && layer !== 'activity') {
    if (again) run.seen ??= firstValid(report.valid);
    const first = run.seen?.get(id);
    if (first !== undefined) return add(run, index, { code: 'duplicate-id', property: 'properties.id', expected: phrase('expected.uniqueId'), found: phrase('found.idAgain', { id, first }) }, 'error', id, checked.bbox);
    run.seen?.set(id, index);
  }
  if (layer === 'activity') {
    report.valid.push({ index, id, value: checked.props, bbox: checked.bbox });
    return;
  }
  const feature = raw as Record<string, unknown>;
  const rewritten = feature.properties !== checked.props;
  report.valid.push({ index, id, value: withProperties(feature, checked.props), bbox: checked.bbox, ...(rewritten ? { rewritten: true as const } : {}) });
}

function firstValid(valid: readonly ValidItem[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const v of valid) if (v.id !== null && !seen.has(v.id)) seen.set(v.id, v.index);
  return seen;
}

function add(run: Run, index: number, issue: FeatureIssue, severity: Severity, id: string | null, bbox: ValidItem['bbox']): void {
  addProblem(run.report, { file: run.file, index, item: run.item, id, severity, bbox, ...issue });
}

/**
 * The feature as it loads: the parsed object itself, carrying its checked
 * properties (the same object unless an alias or a numeric id changed
 * them). Nothing else holds the parsed file, so no copy is needed.
 */
function withProperties(feature: Record<string, unknown>, props: Record<string, unknown>): Feature {
  if (feature.properties !== props) feature.properties = props;
  return feature as unknown as Feature;
}

const NO_PROVINCES: ReadonlyMap<string, string> = new Map();
const NO_ALIASES: readonly AliasUse[] = [];

function checkFeature(raw: unknown, layer: Exclude<InputLayer, 'activity'>, ctx: ValidationContext, isNew: (id: string) => boolean, mapping?: PropertyMapping) {
  if (!raw || typeof raw !== 'object' || (raw as { type?: unknown }).type !== 'Feature') {
    return { errors: [{ code: 'not-a-feature' as const, property: 'type', expected: phrase('expected.feature'), found: describeTop(raw) }], warnings: [], props: {} as Record<string, unknown>, bbox: null, aliases: NO_ALIASES };
  }
  const f = raw as { id?: unknown; geometry?: unknown; properties?: unknown };
  const geometry = checkGeometry(f.geometry, layer, ctx.extent);
  const aliased = applyAliases(layer, f, ctx.provinceIds ?? NO_PROVINCES, mapping);
  const props = checkProperties(aliased.props, LAYER_SPECS[layer], isNew, 'properties.', CODE_DIGITS[layer] ?? 0);
  const members = checkMembers(raw as Record<string, unknown>);
  const errors: FeatureIssue[] = [];
  const p = f.properties;
  if (p !== undefined && p !== null && (typeof p !== 'object' || Array.isArray(p))) {
    errors.push({ code: 'properties-not-object', property: 'properties', expected: phrase('expected.propertiesObject'), found: describeValue(p) });
  }
  for (const list of [geometry.issues, members.errors, props.errors]) for (const issue of list) errors.push(issue);
  if (geometry.issues.length === 0) {
    // geojson-validation for anything our own geometry rules do not look at (a missing "properties" member, a bad bbox).
    const structure = isFeature(libraryProbe(raw as Record<string, unknown>, geometry), true);
    if (structure.length > 0) errors.push({ code: 'invalid-geojson', property: null, expected: phrase('expected.validGeojson'), found: phrase('found.all', { items: structure.slice(0, 3).map(libraryPhrase) }) });
  }
  const warnings: FeatureIssue[] = [];
  for (const list of [members.warnings, geometry.warnings, props.warnings]) for (const issue of list) warnings.push(issue);
  return { errors, warnings, props: props.props, bbox: geometry.bbox, aliases: aliased.used };
}
