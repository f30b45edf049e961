import { DatasetLoadError } from './DatasetLoadError.ts';
import { checkTiles } from './checkTiles.ts';
import { LAYER_KEYS, type Manifest, type SourceKind, type SourceRef } from './types.ts';
import { describeValue } from '../validate/describeValue.ts';
import { fileProblem } from '../validate/fileProblem.ts';
import { phrase, type Phrase } from '../validate/Phrase.ts';

const FORMAT_VERSION = 1;

/**
 * Checks the parts of a manifest the loader relies on before fetching
 * anything else. Nothing can be drawn without them, so the first one wrong
 * stops the load, said as the validator says problems.
 */
export function checkManifest(json: unknown, file: string): Manifest {
  const fail = (property: string | null, expected: Phrase, found: unknown) => new DatasetLoadError({ ...fileProblem(file, found === undefined ? 'missing-property' : 'bad-value', 'error', expected, describeValue(found)), property });
  if (!isObject(json)) throw fail(null, phrase('expected.manifestObject'), json);
  if (json.formatVersion !== FORMAT_VERSION) throw fail('formatVersion', phrase('expected.formatVersion', { version: FORMAT_VERSION }), json.formatVersion);
  for (const key of ['id', 'activity'] as const) {
    if (typeof json[key] !== 'string') throw fail(key, phrase('expected.text'), json[key]);
  }
  const layers = json.layers;
  if (!isObject(layers)) throw fail('layers', phrase('expected.layerFiles'), layers);
  for (const key of LAYER_KEYS) {
    if (typeof layers[key] !== 'string') throw fail(`layers.${key}`, phrase('expected.fileName'), layers[key]);
  }
  const bbox = json.bbox;
  if (!Array.isArray(bbox) || bbox.length !== 4 || !bbox.every((n) => typeof n === 'number' && Number.isFinite(n))) throw fail('bbox', phrase('expected.manifestBbox'), bbox);
  if (json.briefings !== undefined && typeof json.briefings !== 'string') throw fail('briefings', phrase('expected.optionalFileName'), json.briefings);
  if (json.basemap !== undefined && typeof json.basemap !== 'string') throw fail('basemap', phrase('expected.optionalFileName'), json.basemap);
  if (!Array.isArray(json.sources)) throw fail('sources', phrase('expected.array'), json.sources);
  json.sources.forEach((s, i) => {
    if (!isObject(s)) throw fail(`sources[${i}]`, phrase('expected.sourceWithId'), s);
    if (typeof s.id !== 'string') throw fail(`sources[${i}].id`, phrase('expected.text'), s.id);
  });
  if (!Array.isArray(json.attribution)) throw fail('attribution', phrase('expected.array'), json.attribution);
  const tiles = checkTiles(json.tiles, fail);
  return { ...(json as unknown as Manifest), sources: json.sources.map((s) => sourceRef(s as Record<string, unknown>)), ...(tiles ? { tiles } : {}) };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const SOURCE_KINDS: readonly SourceKind[] = ['report', 'resolution', 'webpage', 'dataset', 'gazetteer', 'illustrative', 'file'];
const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/**
 * A source as the panels read it. Manifests written before sources had a
 * kind and an outlet name the outlet "publisher": read as the same thing,
 * with an unknown kind taken for a report, so an older dataset still cites.
 */
function sourceRef(s: Record<string, unknown>): SourceRef {
  const kind = SOURCE_KINDS.includes(s.kind as SourceKind) ? (s.kind as SourceKind) : 'report';
  return {
    id: s.id as string, kind, title: text(s.title), outlet: text(s.outlet) ?? text(s.publisher), date: text(s.date),
    ...(text(s.url) ? { url: s.url as string } : {}), ...(text(s.lang) ? { lang: s.lang as string } : {}), ...(text(s.licence) ? { licence: s.licence as string } : {}),
  };
}
