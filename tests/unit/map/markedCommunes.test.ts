import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types.ts';
import { buildStyle } from '../../../src/map/buildStyle.ts';
import { MARKS_SOURCE, markedCommunes } from '../../../src/map/markedCommunes.ts';
import { buildChoropleth } from '../../../src/stats/buildChoropleth.ts';
import { TOGGLE_LAYERS } from '../../../src/state/schema.ts';

const read = (name: string) => JSON.parse(readFileSync(`data/demo/${name}`, 'utf8'));
const dataset: Dataset = {
  manifest: read('manifest.json'), countries: read('countries.geojson'), provinces: read('provinces.geojson'), communes: read('communes.geojson'),
  facilities: read('facilities.geojson'), markers: read('markers.geojson'), borderLine: read('border-line.geojson'), twinPairs: read('twin-pairs.geojson'),
  activity: [], briefings: [],
};
const paU = dataset.communes.features.find((f) => f.properties.id === '03442')!;
const kaLang = dataset.communes.features.find((f) => f.properties.id === '03439')!;

describe('markedCommunes(dataset, ids)', () => {
  it('holds each commune named once, on its own geometry, keyed by its id', () => {
    const marks = markedCommunes(dataset, ['03442', '03439', '03442']);
    expect(marks.features.map((f) => f.properties)).toEqual([{ id: '03442' }, { id: '03439' }]);
    expect(marks.features[0]!.geometry).toBe(paU.geometry);
    expect(marks.features[1]!.geometry).toBe(kaLang.geometry);
  });

  it('leaves out the ids of stations, provinces and of no feature at all', () => {
    const station = dataset.facilities.features[0]!.properties.id;
    const province = dataset.provinces.features[0]!.properties.id;
    expect(markedCommunes(dataset, [station, province, 'no-such-id']).features).toEqual([]);
  });

  it('is what the highlight and flag layers draw: only the marked communes, not a zero-wide line along every commune', () => {
    const marks = markedCommunes(dataset, ['03442']);
    const style = buildStyle({ dataset, lang: 'vi', layers: [...TOGGLE_LAYERS], choropleth: buildChoropleth(dataset, 'borderKmEst'), baseUrl: 'http://localhost/', marks });
    expect((style.sources[MARKS_SOURCE] as { data: unknown }).data).toBe(marks);
    const lines = style.layers.filter((l) => l.type === 'line' && l.source === 'communes');
    expect(lines.map((l) => l.id)).toEqual(['communes-outline', 'communes-outline-surveyed']);
    for (const id of ['communes-highlight', 'communes-flagged']) expect(style.layers.find((l) => l.id === id)).toMatchObject({ source: MARKS_SOURCE });
  });
});
