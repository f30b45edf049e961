import type { StyleSpecification } from 'maplibre-gl';

/** Each GeoJSON source's data in a style, by source id: what the map was handed. */
export function sourceData(style: StyleSpecification): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [id, source] of Object.entries(style.sources)) if (source.type === 'geojson') out.set(id, source.data);
  return out;
}

/**
 * The GeoJSON sources of `style` whose data is another object than the one
 * the map shows: all a new dataset needs to send. Unchanged layers keep
 * their objects through mergeImports and the label caches, so a file of
 * stations sends the stations, not the country outlines again.
 */
export function changedSources(shown: ReadonlyMap<string, unknown>, style: StyleSpecification): [string, unknown][] {
  return [...sourceData(style)].filter(([id, data]) => shown.get(id) !== data);
}

/** A layer's paint value as the style sets it (undefined when the layer or property is absent). */
export function paintOf(style: StyleSpecification, layerId: string, property: string): unknown {
  const layer = style.layers.find((l) => l.id === layerId);
  return layer && 'paint' in layer ? (layer.paint as Record<string, unknown> | undefined)?.[property] : undefined;
}
