import { isFeature } from 'geojson-validation';
import type { Feature } from 'geojson';
import { readFileValue } from './readFileValue.ts';
import { detectLayer } from './detectLayer.ts';
import { checkGeometry } from './checkGeometry.ts';
import { checkProperties } from './checkProperties.ts';
import { checkRecord } from './checkRecord.ts';
import { fileProblem } from './fileProblem.ts';
import { addProblem } from './capProblems.ts';
import { describeValue } from './describeValue.ts';
import { libraryPhrase } from './libraryMessage.ts';
import { phrase } from './Phrase.ts';
import { findTooDeep, MAX_DEPTH } from './findTooDeep.ts';
import { checkMembers } from './checkMembers.ts';
import { libraryProbe } from './libraryProbe.ts';
import { collectionMembers, deepIssue, describeTop, featuresOf, idOf, itemsIn, recordsOf } from './fileShape.ts';
import { LAYER_SPECS, MAX_ITEMS, type InputLayer } from './layerSpecs.ts';
import { applyAliases, type PropertyMapping } from './propertyAliases.ts';
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
}

/**
 * Checks one file on its own: bytes, JSON or CSV, structure, geometry and
 * properties. Every feature is checked, so one bad feature never hides the
 * next; references between files are checked afterwards by validateFiles.
 */
export function validateFile(input: FileInput, ctx: ValidationContext, onProgress: (done: number, total: number) => void = () => {}): FileReport {
  const report: FileReport = { file: input.name, layer: null, detected: null, total: 0, valid: [], ids: new Set(), problems: [] };
  const read = readFileValue(input);
  report.problems.push(...read.problems);
  if (read.value === undefined) return report;
  const value = read.value;
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
  report.total = items.length;
  if (geo && (value as { type?: unknown }).type === 'FeatureCollection') report.problems.push(...collectionMembers(input.name, value as Record<string, unknown>));
  if (items.length === 0) {
    report.problems.push(fileProblem(input.name, 'no-features', 'error', phrase(geo ? 'expected.oneFeature' : 'expected.oneRecord'), phrase(geo ? 'found.noFeatures' : 'found.noRecords')));
    return report;
  }
  if (report.layer === null) {
    report.problems.push(fileProblem(input.name, 'unknown-layer', 'error', phrase('expected.knownLayer'), describeTop(value)));
    return report;
  }
  const layer = report.layer;
  if (items.length > MAX_ITEMS[layer]) {
    // Refused before any feature is checked: checking them would take as long as drawing them would fail.
    report.problems.push(fileProblem(input.name, 'too-many-features', 'error', phrase('expected.maxItems', { max: MAX_ITEMS[layer], layer: phrase(`layer.${layer}`) }), phrase('found.items', { n: items.length })));
    return report;
  }
  const known = ctx.ids[layer === 'activity' ? 'communes' : layer];
  const isNew = (id: string) => !known?.has(id);
  const seen = new Map<string, number>();
  const item = layer === 'activity' ? 'record' : 'feature';
  const step = Math.max(1, Math.floor(items.length / 100));
  const aliases = new AliasTally();
  if (layer !== 'activity') report.fields = sampleFields(items);
  if (input.mapping && Object.keys(input.mapping).length > 0) report.mapping = input.mapping;
  items.forEach((raw, index) => {
    if (index % step === 0) onProgress(index, items.length);
    const add = (issue: FeatureIssue, severity: Severity, id: string | null, bbox: ValidItem['bbox'] = null) =>
      addProblem(report, { file: input.name, index, item, id, severity, bbox, ...issue });
    const tooDeep = findTooDeep(raw);
    if (tooDeep) return add(deepIssue(tooDeep), 'error', idOf(raw));
    const checked = layer === 'activity' ? checkRecord(raw) : checkFeature(raw, layer, ctx, isNew, input.mapping);
    if ('aliases' in checked) aliases.add(checked.aliases ?? []);
    const id = typeof checked.props.id === 'string' ? checked.props.id : null;
    if (id !== null) report.ids.add(id);
    for (const w of checked.warnings) add(w, 'warning', id, checked.bbox);
    if (checked.errors.length > 0) {
      for (const e of checked.errors) add(e, 'error', id, checked.bbox);
      return;
    }
    if (id !== null && layer !== 'activity') {
      const first = seen.get(id);
      if (first !== undefined) return add({ code: 'duplicate-id', property: 'properties.id', expected: phrase('expected.uniqueId'), found: phrase('found.idAgain', { id, first }) }, 'error', id, checked.bbox);
      seen.set(id, index);
    }
    const valueOut = layer === 'activity' ? checked.props : ({ ...(raw as Feature), properties: checked.props } as Feature);
    report.valid.push({ index, id, value: valueOut, bbox: checked.bbox });
  });
  report.problems.push(...aliases.problems(input.name));
  onProgress(items.length, items.length);
  return report;
}

function checkFeature(raw: unknown, layer: Exclude<InputLayer, 'activity'>, ctx: ValidationContext, isNew: (id: string) => boolean, mapping?: PropertyMapping) {
  if (!raw || typeof raw !== 'object' || (raw as { type?: unknown }).type !== 'Feature') {
    return { errors: [{ code: 'not-a-feature' as const, property: 'type', expected: phrase('expected.feature'), found: describeTop(raw) }], warnings: [], props: {} as Record<string, unknown>, bbox: null, aliases: [] };
  }
  const f = raw as { id?: unknown; geometry?: unknown; properties?: unknown };
  const geometry = checkGeometry(f.geometry, layer, ctx.extent);
  const aliased = applyAliases(layer, f, ctx.provinceIds ?? new Map(), mapping);
  const props = checkProperties(aliased.props, LAYER_SPECS[layer], isNew, 'properties.', CODE_DIGITS[layer] ?? 0);
  const members = checkMembers(raw as Record<string, unknown>);
  const errors = [...geometry.issues, ...members.errors, ...props.errors];
  const p = f.properties;
  if (p !== undefined && p !== null && (typeof p !== 'object' || Array.isArray(p))) {
    errors.unshift({ code: 'properties-not-object', property: 'properties', expected: phrase('expected.propertiesObject'), found: describeValue(p) });
  }
  if (geometry.issues.length === 0) {
    // geojson-validation for anything our own geometry rules do not look at (a missing "properties" member, a bad bbox).
    const structure = isFeature(libraryProbe(raw as Record<string, unknown>, geometry), true);
    if (structure.length > 0) errors.push({ code: 'invalid-geojson', property: null, expected: phrase('expected.validGeojson'), found: phrase('found.all', { items: structure.slice(0, 3).map(libraryPhrase) }) });
  }
  return { errors, warnings: [...members.warnings, ...geometry.warnings, ...props.warnings], props: props.props, bbox: geometry.bbox, aliases: aliased.used };
}
