import { DatasetLoadError } from './DatasetLoadError.ts';
import { LAYER_KEYS, type Manifest, type SourceKind, type SourceRef } from './types.ts';

const FORMAT_VERSION = 1;

/** Checks the parts of a manifest the loader relies on before fetching anything else. */
export function checkManifest(json: unknown, file: string): Manifest {
  if (!isObject(json)) throw new DatasetLoadError(file, 'a JSON object', typeName(json));
  if (json.formatVersion !== FORMAT_VERSION) {
    throw new DatasetLoadError(file, `formatVersion ${FORMAT_VERSION}`, `formatVersion ${JSON.stringify(json.formatVersion)}`);
  }
  for (const key of ['id', 'activity'] as const) {
    if (typeof json[key] !== 'string') throw new DatasetLoadError(file, `"${key}" as a string`, typeName(json[key]));
  }
  const layers = json.layers;
  if (!isObject(layers)) throw new DatasetLoadError(file, '"layers" as an object of file names', typeName(layers));
  for (const key of LAYER_KEYS) {
    if (typeof layers[key] !== 'string') throw new DatasetLoadError(file, `"layers.${key}" as a file name`, typeName(layers[key]));
  }
  const bbox = json.bbox;
  if (!Array.isArray(bbox) || bbox.length !== 4 || !bbox.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw new DatasetLoadError(file, '"bbox" as [west, south, east, north]', JSON.stringify(bbox) ?? 'nothing');
  }
  if (json.briefings !== undefined && typeof json.briefings !== 'string') throw new DatasetLoadError(file, '"briefings" as a file name, or no such key', typeName(json.briefings));
  if (!Array.isArray(json.sources)) throw new DatasetLoadError(file, '"sources" as an array', typeName(json.sources));
  json.sources.forEach((s, i) => {
    if (!isObject(s) || typeof s.id !== 'string') throw new DatasetLoadError(file, `"sources[${i}]" as an object with an "id"`, isObject(s) ? `id ${typeName(s.id)}` : typeName(s));
  });
  if (!Array.isArray(json.attribution)) throw new DatasetLoadError(file, '"attribution" as an array', typeName(json.attribution));
  return { ...(json as unknown as Manifest), sources: json.sources.map((s) => sourceRef(s as Record<string, unknown>)) };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Names what a value is, for "expected X, got Y" messages. */
export function typeName(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'number') return `the number ${v}`;
  return `a ${typeof v}`;
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
