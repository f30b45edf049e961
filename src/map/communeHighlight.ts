import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { CommuneFeature, Dataset } from '../data/types.ts';
import { findArea } from '../stats/findArea.ts';

/** The map source the highlight of a GeoJSON dataset draws from. */
export const HIGHLIGHT_SOURCE = 'communeHighlight';

/**
 * How the highlight layer drawn from `source` tells a feature is `key`
 * ('selected', 'hover'): by the feature's own property in the highlight
 * source (which holds only the properties set here), by its feature state
 * on a tiled communes layer (whose own properties may have any name).
 */
export const litIn = (source: string) => (key: 'selected' | 'hover'): ExpressionSpecification =>
  ['boolean', [source === HIGHLIGHT_SOURCE ? 'get' : 'feature-state', key], false];

type Highlight = { type: 'FeatureCollection'; features: { type: 'Feature'; properties: { id: string; selected: boolean; hover: boolean }; geometry: CommuneFeature['geometry'] }[] };

/**
 * The selected and hovered communes, the only ones the highlight draws, for a
 * source of their own: a highlight layer over the whole communes source holds
 * every commune's outline once more in each tile, with a colour and a width
 * per vertex for its state (3.4 MB of a national page's heap). A tiled
 * dataset's page has no outlines (its attribute table holds boxes): its
 * highlight stays on the tiles, by feature state, and this is empty.
 */
export function communeHighlight(dataset: Dataset, selected: string | null, hovered: string | null): Highlight {
  const features: Highlight['features'] = [];
  if (dataset.manifest.tiles?.communes) return { type: 'FeatureCollection', features };
  // The selection last, so it is drawn over the hovered commune's outline along the edge they share.
  for (const id of new Set([hovered, selected])) {
    const c = id === null ? undefined : communeOf(dataset, id);
    if (c) features.push({ type: 'Feature', properties: { id: c.properties.id, selected: id === selected, hover: id === hovered }, geometry: c.geometry });
  }
  return { type: 'FeatureCollection', features };
}

/** The commune an id names; a province of the same id comes first in the areas' index, so the communes are then read. */
function communeOf(dataset: Dataset, id: string): CommuneFeature | undefined {
  const area = findArea(dataset, id);
  if (area?.layer === 'communes') return area.feature;
  return area ? dataset.communes.features.find((c) => c.properties.id === id) : undefined;
}
