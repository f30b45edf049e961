import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types.ts';
import { expression, type ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from '../../../src/map/buildStyle.ts';
import { FONT_FILES } from '../../../src/map/fontFaces.ts';
import { FONT_SCHEME } from '../../../src/map/fontUrl.ts';
import { choroplethColor, choroplethFills } from '../../../src/map/choroplethColor.ts';
import { COVERAGE_LAYERS, FLAGGED_LAYER, MAP_LAYERS } from '../../../src/map/layerIds.ts';
import { MARKS_SOURCE } from '../../../src/map/markedCommunes.ts';
import { twinArc } from '../../../src/map/twinArc.ts';
import { buildChoropleth } from '../../../src/stats/buildChoropleth.ts';
import { TOGGLE_LAYERS, type ToggleLayer } from '../../../src/state/schema.ts';
import { PALETTE } from '../../../src/style/palette.ts';

const read = (name: string) => JSON.parse(readFileSync(`data/demo/${name}`, 'utf8'));
const dataset: Dataset = {
  manifest: read('manifest.json'), countries: read('countries.geojson'), provinces: read('provinces.geojson'), communes: read('communes.geojson'),
  facilities: read('facilities.geojson'), markers: read('markers.geojson'), borderLine: read('border-line.geojson'), twinPairs: read('twin-pairs.geojson'),
  activity: read('activity.json'), briefings: [],
};
const style = (layers = [...TOGGLE_LAYERS]) =>
  buildStyle({ dataset, lang: 'vi', layers, choropleth: buildChoropleth(dataset, 'borderKmEst'), baseUrl: 'http://localhost/maps/atlas/' });

const hiddenIn = (s: ReturnType<typeof style>) => s.layers.filter((l) => l.layout && 'visibility' in l.layout && l.layout.visibility === 'none').map((l) => l.id);

describe('buildStyle(input)', () => {
  it('works offline: no glyph server, no sprite, and no address outside the page', () => {
    const s = style();
    expect(s.glyphs).toBeUndefined();
    expect(s.sprite).toBeUndefined();
    // Sources carry their data inline: nothing to fetch from a tile server.
    for (const src of Object.values(s.sources)) expect(typeof (src as { data?: unknown }).data).toBe('object');
    const fontUrls = Object.values(s['font-faces'] ?? {}).flatMap((f) => (typeof f === 'string' ? [f] : f.map((x) => x.url)));
    expect(fontUrls.length).toBeGreaterThan(0);
    // Each font is one of the page's own files, which the map reads through the app's font scheme (fontProtocol).
    for (const u of fontUrls) {
      const [scheme, name] = u.split('://') as [string, string];
      expect(scheme).toBe(FONT_SCHEME);
      expect(Object.keys(FONT_FILES)).toContain(name);
      expect(new URL(FONT_FILES[name as keyof typeof FONT_FILES], 'http://localhost/maps/').origin).toBe('http://localhost');
    }
  });

  it('lists every source a label reads before the sources of areas and lines, so the labels\' tiles and fonts are asked for first', () => {
    const s = style();
    const order = Object.keys(s.sources);
    const labelled = new Set(s.layers.flatMap((l) => (l.type === 'symbol' && l.layout?.['text-field'] && l.source !== 'basemap' ? [l.source] : [])));
    const shapes = new Set(s.layers.flatMap((l) => (l.type === 'fill' || l.type === 'line' ? [l.source] : [])));
    expect(labelled.size).toBeGreaterThan(2);
    const lastLabel = Math.max(...[...labelled].map((id) => order.indexOf(id)));
    for (const id of shapes) if (!labelled.has(id)) expect(order.indexOf(id), id).toBeGreaterThan(lastLabel);
  });

  it('declares Be Vietnam Pro font faces for Vietnamese letters, and every label uses one of them', () => {
    const s = style();
    const faces = s['font-faces'] ?? {};
    const ranges = Object.values(faces).flatMap((f) => (typeof f === 'string' ? [] : f.flatMap((x) => x['unicode-range'] ?? [])));
    expect(ranges).toContain('U+1EA0-1EF9');
    for (const l of s.layers) {
      if (l.type !== 'symbol' || !l.layout?.['text-font']) continue;
      for (const font of l.layout['text-font'] as string[]) expect(Object.keys(faces)).toContain(font);
    }
  });

  it('has every map layer a toggle names, and hides exactly the layers switched off, and the coverage view\'s', () => {
    const s = style(TOGGLE_LAYERS.filter((l) => l !== 'communes'));
    const ids = s.layers.map((l) => l.id);
    for (const group of Object.values(MAP_LAYERS)) for (const id of group) expect(ids).toContain(id);
    expect(hiddenIn(s).sort()).toEqual([...MAP_LAYERS.communes, ...COVERAGE_LAYERS].sort());
  });

  it('always shows the flag layer on the marks source, which draws only the communes flagged: showing it would cut the source\'s tiles again', () => {
    const flag = style().layers.find((l) => l.id === FLAGGED_LAYER)!;
    expect(flag).toMatchObject({ source: MARKS_SOURCE });
    expect(hiddenIn(style())).not.toContain(FLAGGED_LAYER);
  });

  it('shows the coverage view\'s layers when asked, whichever layers are switched on: a style built again keeps the view as it is', () => {
    const on = (layers: ToggleLayer[]) =>
      buildStyle({ dataset, lang: 'vi', layers, choropleth: buildChoropleth(dataset, 'borderKmEst'), baseUrl: 'http://localhost/maps/atlas/', coverage: true });
    expect(hiddenIn(on([...TOGGLE_LAYERS]))).toEqual([]);
    expect(hiddenIn(on(TOGGLE_LAYERS.filter((l) => l !== 'borderLine'))).sort()).toEqual([...MAP_LAYERS.borderLine].sort());
  });

  it('never cuts a line at a tile edge: each line source reaches past every tile by more than half its widest line', () => {
    const s = style();
    // Every zoom the map allows, every feature state a line reacts to, both sides of the coverage split.
    const zooms = Array.from({ length: 19 }, (_, i) => 4 + i / 2);
    const states = [{}, { hover: true }, { selected: true }, { flagged: true }];
    const features = [true, false].map((covered) => ({ type: 'LineString', properties: { covered } }));
    const widest = (id: string, width: unknown) => {
      const parsed = expression.createExpression(width as ExpressionSpecification, `layers.${id}.paint.line-width`);
      if (parsed.result !== 'success') throw new Error(`line-width does not parse: ${JSON.stringify(width)}`);
      return Math.max(...zooms.flatMap((zoom) => states.flatMap((state) => features.map((f) => parsed.value.evaluate({ zoom }, f as never, state) as number))));
    };
    const lines = s.layers.filter((l) => l.type === 'line');
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) {
      const width = l.paint?.['line-width'] === undefined ? 1 : widest(l.id, l.paint['line-width']);
      const buffer = (s.sources[l.source] as { buffer?: number }).buffer ?? 128;
      // One px more for the edge's antialiasing.
      expect(buffer, `${l.id}: ${width} px wide, source ${l.source} reaches ${buffer} px past a tile`).toBeGreaterThanOrEqual(width / 2 + 1);
    }
  });

  it('draws the border line above the communes, and facility symbols above the border', () => {
    const ids = style().layers.map((l) => l.id);
    expect(ids.indexOf('border-line')).toBeGreaterThan(ids.indexOf('communes-fill'));
    expect(ids.indexOf('facilities-symbol')).toBeGreaterThan(ids.indexOf('border-line'));
  });
  it('sends the map each feature with the properties its layers read and no other, on the dataset\'s own geometry', () => {
    const s = style();
    const readBy = new Map<string, Set<string>>();
    // The language switch sets the other language's name fields on the same sources.
    const english = buildStyle({ dataset, lang: 'en', layers: [...TOGGLE_LAYERS], choropleth: buildChoropleth(dataset, 'borderKmEst'), baseUrl: 'http://localhost/maps/atlas/' });
    const gets = (v: unknown, into: Set<string>): void => {
      if (Array.isArray(v)) {
        if (v[0] === 'get' && v.length === 2 && typeof v[1] === 'string') into.add(v[1]);
        for (const x of v) gets(x, into);
      } else if (v && typeof v === 'object') for (const x of Object.values(v)) gets(x, into);
    };
    for (const l of [...s.layers, ...english.layers]) {
      if (!('source' in l)) continue;
      const keys = readBy.get(l.source) ?? new Set<string>();
      readBy.set(l.source, keys);
      gets([l.filter, l.layout, l.paint], keys);
    }
    let checked = 0;
    for (const [id, src] of Object.entries(s.sources)) {
      if (src.type !== 'geojson' || typeof src.data !== 'object') continue;
      const features = (src.data as GeoJSON.FeatureCollection).features;
      if (features.length === 0) continue;
      // The promoted id is what the picker reads and feature state keys on.
      const wanted = new Set([...(readBy.get(id) ?? []), ...(typeof src.promoteId === 'string' ? [src.promoteId] : [])]);
      for (const f of features) expect(Object.keys(f.properties ?? {}).filter((k) => !wanted.has(k)), id).toEqual([]);
      for (const key of wanted) expect(features.some((f) => f.properties?.[key] !== undefined), `${id}.${key}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
    const communes = (s.sources.communes as { data: GeoJSON.FeatureCollection }).data.features;
    expect(communes.map((f) => f.geometry)).toEqual(dataset.communes.features.map((f) => f.geometry));
    expect(communes[0]!.geometry).toBe(dataset.communes.features[0]!.geometry);
  });
});

describe('the label hierarchy', () => {
  const s = style();
  const layer = (id: string) => s.layers.find((l) => l.id === id) as { type: string; layout?: Record<string, unknown> };
  const labels = ['countries-label', 'provinces-label', 'towns-label', 'communes-label', 'facilities-label', 'markers-label'];

  it('places facility symbols first and every name after, so a name gives way to a station and never lies under one', () => {
    const symbols = s.layers.filter((l) => l.type === 'symbol').map((l) => l.id);
    // MapLibre places the topmost symbol layer first.
    expect(symbols.at(-1)).toBe('facilities-symbol');
    expect(layer('facilities-symbol').layout?.['icon-ignore-placement']).not.toBe(true);
    for (const id of labels) {
      expect(layer(id).layout?.['text-allow-overlap'], id).not.toBe(true);
      expect(layer(id).layout?.['text-ignore-placement'], id).not.toBe(true);
    }
    // Countries and provinces are placed before towns, communes and stations' names.
    expect(symbols.indexOf('provinces-label')).toBeGreaterThan(symbols.indexOf('towns-label'));
    expect(symbols.indexOf('countries-label')).toBeGreaterThan(symbols.indexOf('communes-label'));
  });

  it('gives province and country names other anchors to move to, and a halo on every name', () => {
    for (const id of ['countries-label', 'provinces-label']) expect((layer(id).layout?.['text-variable-anchor'] as string[]).length).toBeGreaterThan(1);
    for (const id of labels) expect((s.layers.find((l) => l.id === id) as { paint?: Record<string, unknown> }).paint?.['text-halo-width']).toBeGreaterThan(1);
  });

  it('grows every name, icon, marker and line with the zoom', () => {
    const zoomed = (v: unknown) => Array.isArray(v) && v[0] === 'interpolate' && JSON.stringify(v[2]) === '["zoom"]';
    for (const id of labels) expect(zoomed(layer(id).layout?.['text-size']), id).toBe(true);
    expect(zoomed(layer('facilities-symbol').layout?.['icon-size'])).toBe(true);
    for (const [id, prop] of [['markers-circle', 'circle-radius'], ['twin-ends', 'circle-radius'], ['border-line', 'line-width'], ['provinces-outline', 'line-width']]) {
      expect(zoomed((s.layers.find((l) => l.id === id) as { paint?: Record<string, unknown> }).paint?.[prop!]), id).toBe(true);
    }
  });
});

describe('choroplethColor and choroplethFills(choropleth)', () => {
  const c = { stat: 'x', period: null, periods: [], values: { a: 5, b: 10, c: 19.9, d: 20, e: null }, breaks: [10, 20], colors: ['#aaaaaa', '#bbbbbb', '#cccccc'], illustrative: false };
  it('gives each commune with a value the colour of its class (a break starts its class), and none to a commune without', () => {
    expect([...choroplethFills(c)]).toEqual([['a', '#aaaaaa'], ['b', '#bbbbbb'], ['c', '#bbbbbb'], ['d', '#cccccc']]);
  });
  it('paints a commune its feature state\'s colour, or the no-data colour, with one expression for every statistic', () => {
    const expr = choroplethColor(c);
    expect(expr.at(-1)).toBe(PALETTE.communeNoData);
    expect(JSON.stringify(expr)).toContain('["to-color",["feature-state","fill"]]');
    expect(choroplethColor({ ...c, breaks: [1], colors: ['#000000', '#ffffff'] })).toEqual(expr);
  });

});

describe('twinArc(pair)', () => {
  it('starts and ends at the two villages and bows to one side of the straight line', () => {
    const arc = twinArc({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 0]] } });
    const c = arc.geometry.coordinates;
    expect(c[0]).toEqual([0, 0]);
    expect(c.at(-1)).toEqual([1, 0]);
    expect(c.every((p) => (p[1] as number) >= 0)).toBe(true);
    expect(Math.max(...c.map((p) => p[1] as number))).toBeCloseTo(0.125, 6);
  });
});
