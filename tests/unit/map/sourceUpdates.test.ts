import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types.ts';
import { mergeImports } from '../../../src/data/mergeImports.ts';
import { withDerivedFacts } from '../../../src/geo/withDerivedFacts.ts';
import { buildStyle } from '../../../src/map/buildStyle.ts';
import { changedSources, sourceData } from '../../../src/map/sourceUpdates.ts';
import { buildChoropleth } from '../../../src/stats/buildChoropleth.ts';
import { TOGGLE_LAYERS } from '../../../src/state/schema.ts';

const read = (name: string) => JSON.parse(readFileSync(`data/demo/${name}`, 'utf8'));
const base: Dataset = {
  manifest: read('manifest.json'), countries: read('countries.geojson'), provinces: read('provinces.geojson'), communes: read('communes.geojson'),
  facilities: read('facilities.geojson'), markers: read('markers.geojson'), borderLine: read('border-line.geojson'), twinPairs: read('twin-pairs.geojson'),
  activity: read('activity.json'), briefings: [],
};
const styleOf = (dataset: Dataset, stat = 'borderKmEst') =>
  buildStyle({ dataset, lang: 'vi', layers: [...TOGGLE_LAYERS], choropleth: buildChoropleth(dataset, stat), baseUrl: 'http://localhost/maps/atlas/' });
const stations = {
  file: 'stations.geojson', layer: 'facilities' as const,
  items: [{ type: 'Feature', properties: { id: 'new-station', name: 'Đồn mới', kind: 'station' }, geometry: { type: 'Point', coordinates: [103.2, 22.5] } }],
};
const patrols = { file: 'activity.csv', layer: 'activity' as const, items: [{ areaId: '12', metric: 'patrols', periodStart: '2025-01-01', periodEnd: '2025-06-30', value: 999, unit: 'count', status: 'illustrative' }] };

describe('what a joined file sends to the map (createMap.setDataset)', () => {
  it('only the sources of the layers the file changed: a file of stations does not send the country outlines or the communes again', () => {
    const before = styleOf(base);
    const after = styleOf(withDerivedFacts(mergeImports(base, [stations]), new Set()));
    const ids = changedSources(sourceData(before), after).map(([id]) => id);
    expect(ids).toContain('facilities');
    for (const unchanged of ['countries', 'countryBorders', 'countryLabels', 'communes', 'communeLabels', 'provinces', 'provinceLabels', 'markers', 'borderLine', 'twinPairs', 'twinEnds']) expect(ids).not.toContain(unchanged);
  });

  it('the layers change with the dataset only in the choropleth\'s colours, the one paint setDataset sets beside the sources', () => {
    const strip = (s: ReturnType<typeof styleOf>) => JSON.stringify(s.layers.map((l) => (l.id === 'communes-fill' ? { ...l, paint: { ...l.paint, 'fill-color': null } } : l)));
    const before = styleOf(base, 'patrols');
    const after = styleOf(mergeImports(base, [stations, patrols]), 'patrols');
    expect(strip(after)).toBe(strip(before));
  });
});
