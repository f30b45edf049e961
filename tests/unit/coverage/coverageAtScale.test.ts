import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { BorderLineFeature, CommuneFeature, TwinPairFeature } from '../../../src/data/types.ts';
import { communeCoverage } from '../../../src/coverage/communeCoverage.ts';
import { communeTagger } from '../../../src/coverage/communeTagger.ts';
import { haversineKm } from '../../../src/coverage/haversineKm.ts';
import { coverageModel, prepareCoverage } from '../../../src/coverage/prepareCoverage.ts';
import { prepareForApp } from '../../../src/coverage/prepareForApp.ts';
import { countsForCoverage, stationsFrom } from '../../../src/coverage/Station.ts';
import { HEAVY_MS } from '../heavy.ts';
import { syntheticDataset } from '../../../scripts/synthetic/syntheticDataset.ts';

const read = <T>(name: string): T => JSON.parse(readFileSync(`data/demo/${name}`, 'utf8')) as T;
const demo = {
  border: read<FeatureCollection<LineString | MultiLineString>>('border-line.geojson').features as BorderLineFeature[],
  stations: stationsFrom(read<FeatureCollection<Point>>('facilities.geojson').features.filter((f) => countsForCoverage(f.properties))),
  communes: read<FeatureCollection>('communes.geojson').features as CommuneFeature[],
  twins: read<FeatureCollection>('twin-pairs.geojson').features as TwinPairFeature[],
};
const synthetic = syntheticDataset({ communes: 1_500, stations: 60, borderKm: 1_000, activity: 0, seed: 5 });
const country = {
  border: synthetic.layers.borderLine as BorderLineFeature[],
  stations: stationsFrom(synthetic.layers.facilities as FeatureCollection<Point>['features']),
};

describe('coverage prepared for radii up to a cut-off', () => {
  for (const [name, d] of [['the demo', demo], ['a synthetic 1,000 km border', country]] as const) {
    it(`gives ${name} the same sectors, covered stretches and gaps as measuring every station to every piece`, () => {
      const every = prepareCoverage(d.border, d.stations);
      for (const cutoff of [50, 4]) {
        const near = prepareCoverage(d.border, d.stations, undefined, cutoff);
        expect(near.sectors).toEqual(every.sectors);
        for (const r of [1, 2, 4, 10, 25, 50].filter((x) => x <= cutoff)) expect(near.at(r)).toEqual(every.at(r));
      }
    }, HEAVY_MS);
  }

  it('measures each piece of border to the stations near it only, not to every station', () => {
    const { data } = prepareForApp({ border: country.border, stations: country.stations, communes: [], twinPairs: [], cutoffKm: 50 });
    const perPiece = data.reach.station.length / data.pieces.count;
    const model = coverageModel(data);
    // 60 stations along 1,000 km: a piece has a handful within 50 km.
    expect(perPiece).toBeLessThan(15);
    expect(() => model.at(51)).toThrow(RangeError);
  });
});

describe('communeCoverage(communes, stations, twins)', () => {
  it('finds each commune the nearest station and its distance exactly as measuring every station does', () => {
    const rows = communeCoverage(demo.communes, demo.stations, demo.twins, 50);
    for (const [k, c] of demo.communes.entries()) {
      let km = Infinity;
      let id: string | null = null;
      for (const s of demo.stations) {
        const d = Math.max(0, pointToPolygonDistance([s.lon, s.lat], c, { units: 'kilometers' }));
        if (d < km) [km, id] = [d, s.id];
      }
      expect([rows[k]!.nearestStation, rows[k]!.nearestKm]).toEqual([id, km]);
    }
    expect(rows.reduce((n, r) => n + r.twins, 0)).toBe(demo.twins.filter((t) => demo.communes.some((c) => c.properties.id === t.properties.vnCommuneId)).length);
  }, HEAVY_MS);

  it('still finds the nearest station of a commune with none within the cut-off', () => {
    const far = communeCoverage(demo.communes, demo.stations, [], 0.001);
    expect(far.map((r) => [r.nearestStation, r.nearestKm])).toEqual(communeCoverage(demo.communes, demo.stations, [], 50).map((r) => [r.nearestStation, r.nearestKm]));
  });
});

describe('communeTagger(communes)', () => {
  it('tags points of the border with the commune holding them, else the province of the nearest commune centre, as a scan of every commune does', () => {
    const tag = communeTagger(demo.communes);
    const model = prepareCoverage(demo.border, demo.stations);
    for (let i = 0; i < model.pieces.count; i += 7) {
      const lon = (model.pieces.lon0[i]! + model.pieces.lon1[i]!) / 2;
      const lat = (model.pieces.lat0[i]! + model.pieces.lat1[i]!) / 2;
      const holder = demo.communes.find((c) => booleanPointInPolygon([lon, lat], c));
      const nearest = demo.communes.reduce((a, b) => (haversineKm(lon, lat, ...b.properties.centre) < haversineKm(lon, lat, ...a.properties.centre) ? b : a));
      expect(tag(lon, lat, 0)).toEqual(holder ? { group: holder.properties.provinceId, area: holder.properties.id } : { group: nearest.properties.provinceId, area: null });
    }
  });
});

describe('prepareForApp(request)', () => {
  it('gives, once copied as a worker sends it, the model and commune figures the page would compute itself', () => {
    const request = { border: demo.border, stations: demo.stations, communes: demo.communes, twinPairs: demo.twins, cutoffKm: 50 };
    const copied = structuredClone(prepareForApp(request));
    const here = prepareCoverage(demo.border, demo.stations, communeTagger(demo.communes));
    expect(coverageModel(copied.data).at(10)).toEqual(here.at(10));
    expect(copied.communes).toEqual(communeCoverage(demo.communes, demo.stations, demo.twins));
  }, HEAVY_MS);
});
