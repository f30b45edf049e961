import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types.ts';
import { buildStyle } from '../../../src/map/buildStyle.ts';
import { PROJECTOR, projectorStyle } from '../../../src/map/projectorStyle.ts';
import { buildChoropleth } from '../../../src/stats/buildChoropleth.ts';
import { TOGGLE_LAYERS } from '../../../src/state/schema.ts';

const read = (name: string) => JSON.parse(readFileSync(`data/demo/${name}`, 'utf8'));
const dataset: Dataset = {
  manifest: read('manifest.json'), countries: read('countries.geojson'), provinces: read('provinces.geojson'), communes: read('communes.geojson'),
  facilities: read('facilities.geojson'), markers: read('markers.geojson'), borderLine: read('border-line.geojson'), twinPairs: read('twin-pairs.geojson'),
  activity: read('activity.json'), briefings: [],
};
const screen = buildStyle({ dataset, lang: 'vi', layers: [...TOGGLE_LAYERS], choropleth: buildChoropleth(dataset, 'borderKmEst'), baseUrl: 'http://localhost/' });
const projector = projectorStyle(screen);
const layer = (s: typeof screen, id: string) => s.layers.find((l) => l.id === id) as { paint?: Record<string, unknown>; layout?: Record<string, unknown> };
/** The value of a zoom-interpolated size at a zoom, or a plain number. */
const at = (v: unknown, zoom: number): number => {
  if (typeof v === 'number') return v;
  const e = v as unknown[];
  if (e[0] === 'case') return at(e.at(-1), zoom);
  // Zoom stops; an output may itself be a case on feature state, read at its fallback.
  const stops = e.slice(3).map((x, i) => (i % 2 === 0 ? (x as number) : at(x, zoom)));
  for (let i = 0; i < stops.length - 2; i += 2) {
    const [z0, v0, z1, v1] = [stops[i]!, stops[i + 1]!, stops[i + 2]!, stops[i + 3]!];
    if (zoom <= z0) return v0;
    if (zoom <= z1) return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
  }
  return stops.at(-1)!;
};

describe('projectorStyle(style)', () => {
  it('keeps every layer, source and filter of the screen style, and names only layers that exist', () => {
    expect(projector.layers.map((l) => l.id)).toEqual(screen.layers.map((l) => l.id));
    expect(projector.sources).toBe(screen.sources);
    for (const id of Object.keys(PROJECTOR)) expect(screen.layers.map((l) => l.id)).toContain(id);
  });

  it('sets every name larger, at the zoom a whole-region slide opens on and close in', () => {
    for (const id of ['countries-label', 'provinces-label', 'towns-label', 'communes-label', 'facilities-label']) {
      // Names of communes and stations show from zoom 8 on: compared where they show.
      for (const zoom of id === 'communes-label' || id === 'facilities-label' ? [9, 11] : [6.5, 10]) expect(at(layer(projector, id).layout?.['text-size'], zoom)).toBeGreaterThan(at(layer(screen, id).layout?.['text-size'], zoom) * 1.2);
    }
    expect(at(layer(projector, 'provinces-label').layout?.['text-size'], 6.5)).toBeGreaterThanOrEqual(24);
  });

  it('draws the border, outlines and symbols heavier and the choropleth opaque', () => {
    for (const id of ['border-line', 'countries-outline', 'provinces-outline']) {
      expect(at(layer(projector, id).paint?.['line-width'], 7)).toBeGreaterThan(at(layer(screen, id).paint?.['line-width'], 7) * 1.5);
    }
    expect(at(layer(projector, 'facilities-symbol').layout?.['icon-size'], 7)).toBeGreaterThan(at(layer(screen, 'facilities-symbol').layout?.['icon-size'], 7));
    expect(layer(projector, 'communes-fill').paint?.['fill-opacity']).toBe(1);
  });

  it('keeps the selection and hover states of the screen style', () => {
    expect(JSON.stringify(layer(projector, 'provinces-outline').paint)).toContain('"feature-state","selected"');
    expect(layer(projector, 'provinces-outline').paint?.['line-color']).toEqual(layer(screen, 'provinces-outline').paint?.['line-color']);
  });
});
