import { pointOnFeature } from '@turf/turf';
import type { Feature } from 'geojson';
import { QUALIFIERS, type ActivityRecord, type Dataset, type GeometryQuality, type LayerKey, type Qualifier, type SourceRef } from './types.ts';

/** The part of a checked file that joins the dataset: its layer and its valid features or records. */
export interface Imported {
  file: string;
  layer: LayerKey | 'activity';
  items: (Feature | Record<string, unknown>)[];
}

/**
 * A dataset with imported files joined in, by id: a feature whose id the
 * layer has replaces that feature's geometry and the properties the file
 * gives (official commune boundaries replace schematic ones this way);
 * other features are added; activity records are added, each citing its
 * file's source. The base dataset is not changed.
 */
export function mergeImports(base: Dataset, imports: readonly Imported[]): Dataset {
  const out: Dataset = { ...base, manifest: { ...base.manifest, sources: [...base.manifest.sources] }, activity: [...base.activity] };
  for (const imp of imports) {
    // A file with no valid feature changes nothing: its layer keeps its object, so the map sends nothing again.
    if (imp.items.length === 0) continue;
    if (imp.layer === 'activity') {
      out.activity.push(...imp.items.map((r) => toRecord(r as Record<string, unknown>, imp.file, out.manifest.sources)));
      continue;
    }
    const layer = imp.layer;
    const features = [...(out[layer].features as Feature[])];
    const index = new Map(features.map((f, i) => [String(f.properties?.id ?? ''), i]));
    for (const item of imp.items as Feature[]) {
      const id = String(item.properties?.id ?? '');
      const at = index.get(id);
      const old = at === undefined ? null : features[at]!;
      const merged = { ...item, properties: withDefaults(layer, old?.properties ?? null, item, imp.file, out.manifest.sources) } as Feature;
      if (at === undefined) {
        index.set(id, features.length);
        features.push(merged);
      } else {
        features[at] = merged;
      }
    }
    (out as unknown as Record<string, unknown>)[layer] = { ...out[layer], features };
  }
  return out;
}

function withDefaults(layer: LayerKey, oldProps: Record<string, unknown> | null, f: Feature, file: string, sources: SourceRef[]): Record<string, unknown> {
  const props = f.properties ?? {};
  // The geometry is the file's, so its quality is too: never the replaced feature's, and never
  // "official" unless the file says so.
  const quality: GeometryQuality = (props.geometryQuality as GeometryQuality | undefined) ?? 'approximate';
  const out: Record<string, unknown> = { ...oldProps, ...props, geometryQuality: quality };
  // A file's own note stays as its author wrote it; without one the panel says where the geometry came from.
  if (typeof props.geometryNote === 'string') delete out.geometryMethod;
  else {
    delete out.geometryNote;
    out.geometryMethod = 'opened-file';
  }
  // Ids the file gives that the dataset knows are kept; otherwise the file itself is the source.
  const cited = Array.isArray(props.sourceIds) ? props.sourceIds.filter((id): id is string => typeof id === 'string' && sources.some((s) => s.id === id)) : [];
  out.sourceIds = cited.length > 0 ? cited : [fileSource(sources, file, typeof props.source === 'string' ? props.source : null)];
  if (oldProps !== null) return out;
  const kinds: Partial<Record<LayerKey, string>> = { communes: 'commune', markers: 'marker', borderLine: 'border', twinPairs: 'twin', provinces: 'province' };
  out.kind ??= kinds[layer];
  // Properties the panels read, absent from a minimal file: "not published" rather than undefined.
  const defaults: Partial<Record<LayerKey, Record<string, null | ''>>> = {
    communes: { borderKmEst: null, successor2025: null, successorResolution: null, district: '', provinceName: '' },
    facilities: { hostCommuneId: null, hostCommune2025: null, markers: null, borderKm: null, note: null, hostCommuneName: '' },
    markers: { number: null },
    twinPairs: { vnCommuneId: null, since: null, partnerAdmin: '', pairKind: '', vnCommuneName: '', note: null },
  };
  for (const [key, value] of Object.entries(defaults[layer] ?? {})) out[key] ??= value;
  if (layer === 'communes') out.centre ??= pointOnFeature(f).geometry.coordinates;
  return out;
}

function toRecord(r: Record<string, unknown>, file: string, sources: SourceRef[]): ActivityRecord {
  const sourceId = typeof r.sourceId === 'string' ? r.sourceId : fileSource(sources, file, typeof r.source === 'string' ? r.source : null);
  return {
    areaId: String(r.areaId), periodStart: String(r.periodStart), periodEnd: String(r.periodEnd),
    category: typeof r.category === 'string' ? r.category : 'other', metric: String(r.metric), value: Number(r.value),
    unit: String(r.unit), sourceId, status: r.status === 'sourced' ? 'sourced' : 'illustrative',
    ...(QUALIFIERS.includes(r.qualifier as Qualifier) ? { qualifier: r.qualifier as Qualifier } : {}),
    ...(typeof r.note === 'string' ? { note: r.note } : {}),
  };
}

/**
 * The manifest entry for an opened file, or for a free-text source named in
 * it, added once: the panel then numbers it like any other source.
 */
function fileSource(sources: SourceRef[], file: string, cited: string | null): string {
  const title = cited ?? file;
  const found = sources.find((s) => s.kind === 'file' && s.title === title && s.outlet === (cited ? file : null));
  if (found) return found.id;
  const id = `import-${sources.length + 1}`;
  sources.push({ id, kind: 'file', title, outlet: cited ? file : null, date: null });
  return id;
}
