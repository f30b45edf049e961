import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Dataset, LayerKey } from '../data/types.ts';
import type { Bbox } from './FeatureIssue.ts';
import { provinceKey } from './propertyAliases.ts';

/** What files are checked against: the dataset they will join, or nothing for a lone file. */
export interface ValidationContext {
  /** Ids the dataset already holds, by layer: references may point at them, and equal ids replace. */
  ids: Partial<Record<LayerKey, ReadonlySet<string>>>;
  /** Source ids activity records may cite; null when there is no manifest to check against. */
  sourceIds: ReadonlySet<string> | null;
  /** Unit each metric is already counted in. */
  units: ReadonlyMap<string, string>;
  /** The dataset's extent, for telling swapped coordinates from far-away ones. */
  extent: Bbox | null;
  /**
   * Vietnam's land: the Vietnamese end of a twin pair lies in it, the partner end outside.
   * When null, taken from a countries file checked in the same batch, if one is.
   */
  home: Feature<Polygon | MultiPolygon> | null;
  /** Province ids by name (see provinceKey), for files that give a commune's province by name. */
  provinceIds?: ReadonlyMap<string, string>;
}

export function emptyContext(): ValidationContext {
  return { ids: {}, sourceIds: null, units: new Map(), extent: null, home: null };
}

export function contextFromDataset(d: Dataset): ValidationContext {
  const ids = (fc: { features: { properties: { id: string } }[] }) => new Set(fc.features.map((f) => f.properties.id));
  const units = new Map<string, string>();
  for (const r of d.activity) if (!units.has(r.metric)) units.set(r.metric, r.unit);
  return {
    ids: { provinces: ids(d.provinces), communes: ids(d.communes), facilities: ids(d.facilities), markers: ids(d.markers), borderLine: ids(d.borderLine), twinPairs: ids(d.twinPairs) },
    sourceIds: new Set(d.manifest.sources.map((s) => s.id)),
    units,
    extent: d.manifest.bbox,
    home: d.countries.features.find((f) => f.properties.iso === 'VN') ?? null,
    provinceIds: new Map(d.provinces.features.map((f) => [provinceKey(f.properties.name), f.properties.id])),
  };
}
