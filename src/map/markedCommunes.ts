import type { FeatureCollection, Geometry } from 'geojson';
import type { Dataset } from '../data/types.ts';
import { findArea } from '../stats/findArea.ts';

/** The map source that holds the marked communes' outlines, when the communes are not tiled. */
export const MARKS_SOURCE = 'communeMarks';

/**
 * The communes that `ids` name, each once, as the marks source draws them:
 * the commune's own geometry (not copied) and its id, which feature state
 * keys (selected, hover, flagged). Ids of other layers, or of no feature, are
 * left out. Drawing only these, rather than a zero-wide line along every
 * commune, spares MapLibre a line over the whole communes layer.
 */
export function markedCommunes(dataset: Dataset, ids: Iterable<string>): FeatureCollection<Geometry, { id: string }> {
  const features: FeatureCollection<Geometry, { id: string }>['features'] = [];
  for (const id of new Set(ids)) {
    const area = findArea(dataset, id);
    if (area?.layer === 'communes' && area.feature.geometry) features.push({ type: 'Feature', properties: { id }, geometry: area.feature.geometry as Geometry });
  }
  return { type: 'FeatureCollection', features };
}
