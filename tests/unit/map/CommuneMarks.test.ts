import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as maplibregl from 'maplibre-gl';
import type { Dataset } from '../../../src/data/types.ts';
import { CommuneMarks, RESTING } from '../../../src/map/CommuneMarks.ts';
import { MARKS_SOURCE } from '../../../src/map/markedCommunes.ts';

const read = (name: string) => JSON.parse(readFileSync(`data/demo/${name}`, 'utf8'));
const dataset: Dataset = {
  manifest: read('manifest.json'), countries: read('countries.geojson'), provinces: read('provinces.geojson'), communes: read('communes.geojson'),
  facilities: read('facilities.geojson'), markers: read('markers.geojson'), borderLine: read('border-line.geojson'), twinPairs: read('twin-pairs.geojson'),
  activity: [], briefings: [],
};
const ids = dataset.communes.features.map((f) => f.properties.id);
// More communes than the demo's 49, for the source's limit: copies of its first, under ids of their own.
const many: Dataset = {
  ...dataset,
  communes: { ...dataset.communes, features: Array.from({ length: 2 * RESTING }, (_, i) => ({ ...dataset.communes.features[0]!, properties: { ...dataset.communes.features[0]!.properties, id: `c${i}` } })) },
};

/** The map's side of the marks: what was sent to the marks source, and each commune's feature state. */
function fakeMap() {
  const updates: { remove: string[]; add: string[] }[] = [];
  const state = new Map<string, Record<string, unknown>>();
  const source = { updateData: (d: { remove: string[]; add: { properties: { id: string } }[] }) => void updates.push({ remove: d.remove, add: d.add.map((f) => f.properties.id) }) };
  const map = {
    getSource: (id: string) => (id === MARKS_SOURCE ? source : undefined),
    setFeatureState: (t: { id: string }, s: Record<string, unknown>) => void state.set(t.id, { ...state.get(t.id), ...s }),
  } as unknown as maplibregl.Map;
  return { map, updates, state };
}

/** Marks on a fake map, for a dataset shown. */
function marksOn(d: Dataset) {
  const m = fakeMap();
  const marks = new CommuneMarks(m.map, d.manifest);
  marks.setDataset(d);
  return { ...m, marks };
}

describe('CommuneMarks', () => {
  it('sends a commune to the marks source when it is first marked, and nothing when a click selects the commune the pointer brought in', () => {
    const { marks, ...m } = marksOn(dataset);
    marks.set('hover', [ids[0]!]);
    marks.set('selected', [ids[0]!]);
    expect(m.updates).toEqual([{ remove: [], add: [ids[0]] }]);
    expect(m.state.get(ids[0]!)).toEqual({ hover: true, selected: true });
  });

  it('keeps a commune that lost its marks in the source, unmarked in its feature state, so the next click sends only the new one', () => {
    const { marks, ...m } = marksOn(dataset);
    marks.set('selected', [ids[0]!]);
    marks.set('selected', [ids[1]!]);
    expect(m.updates).toEqual([{ remove: [], add: [ids[0]] }, { remove: [], add: [ids[1]] }]);
    expect(m.state.get(ids[0]!)).toEqual({ selected: false });
    expect(marks.data.features.map((f) => f.properties.id)).toEqual([ids[0], ids[1]]);
  });

  it(`cuts the source back to the marked communes with the next one it takes in, once it would hold over ${RESTING} unmarked ones`, () => {
    const { marks, ...m } = marksOn(many);
    const flagged = Array.from({ length: RESTING + 1 }, (_, i) => `c${i}`);
    marks.set('flagged', flagged);
    marks.set('selected', [`c${RESTING + 1}`]);
    marks.set('flagged', flagged.slice(1));
    expect(m.updates.length).toBe(2);
    marks.set('flagged', []);
    expect(m.updates.length).toBe(2);
    marks.set('hover', [`c${RESTING + 2}`]);
    expect(m.updates.at(-1)).toEqual({ remove: flagged, add: [`c${RESTING + 2}`] });
    expect(marks.data.features.map((f) => f.properties.id)).toEqual([`c${RESTING + 1}`, `c${RESTING + 2}`]);
  });

  it('holds only the marked communes of a dataset newly shown, for the style built with it', () => {
    const { marks } = marksOn(dataset);
    marks.set('selected', [ids[0]!]);
    marks.set('selected', [ids[1]!]);
    marks.setDataset(dataset);
    expect(marks.data.features.map((f) => f.properties.id)).toEqual([ids[1]]);
  });
});
