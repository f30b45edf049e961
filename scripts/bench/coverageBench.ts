import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { destination } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { seededRandom } from '../build-data/random.ts';
import { prepareCoverage } from '../../src/coverage/prepareCoverage.ts';
import { RADIUS_MAX } from '../../src/state/schema.ts';
import { stationsFrom, type Station } from '../../src/coverage/Station.ts';
import { median } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface CoverageFigures {
  label: string;
  borderKm: number;
  stations: number;
  prepareMs: number;
  /** Time of at(radius) for each radius a slider drag passes through, 1 to 50 km: the first drag, while the JIT warms up. */
  coldMs: number[];
  /** The same drag again. */
  recomputeMs: number[];
}

/** A seeded border wandering 5,000 km in 1 km steps, with stations scattered up to 15 km either side of it. */
export function syntheticBorder(km: number, stationCount: number): { border: Feature<LineString>; stations: Station[] } {
  const random = seededRandom(7);
  const coords: [number, number][] = [[100, 10]];
  let heading = 45;
  for (let i = 0; i < km; i++) {
    heading += (random() - 0.5) * 30;
    const next = destination(coords[coords.length - 1]!, 1, heading).geometry.coordinates;
    coords.push([next[0]!, next[1]!]);
  }
  const stations = Array.from({ length: stationCount }, (_, i) => {
    const on = coords[Math.floor(random() * coords.length)]!;
    const [lon, lat] = destination(on, random() * 15, random() * 360).geometry.coordinates;
    return { id: `s${i}`, name: `s${i}`, lon: lon!, lat: lat! };
  });
  return { border: { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } }, stations };
}

export function benchCoverage(label: string, border: Feature<LineString | MultiLineString>[], stations: Station[]): CoverageFigures {
  const t0 = performance.now();
  // Prepared as the app prepares it: for radii up to the slider's maximum.
  const model = prepareCoverage(border, stations, undefined, RADIUS_MAX);
  const prepareMs = performance.now() - t0;
  const drag = () => Array.from({ length: 50 }, (_, k) => {
    const t = performance.now();
    model.at(k + 1);
    return performance.now() - t;
  });
  const coldMs = drag();
  const recomputeMs = drag();
  return { label, borderKm: model.at(1).totalKm, stations: stations.length, prepareMs, coldMs, recomputeMs };
}

export function coverageFigures(): CoverageFigures[] {
  const read = <T>(name: string) => JSON.parse(readFileSync(join(ROOT, 'data/demo', name), 'utf8')) as T;
  const border = read<FeatureCollection<LineString | MultiLineString>>('border-line.geojson').features;
  const facilities = read<FeatureCollection<Point>>('facilities.geojson').features.filter((f) => f.properties?.kind === 'station');
  const synthetic = syntheticBorder(5000, 300);
  return [
    benchCoverage('demo dataset', border, stationsFrom(facilities)),
    benchCoverage('synthetic border', [synthetic.border], synthetic.stations),
  ];
}

export function formatCoverageFigures(rows: CoverageFigures[]): string {
  const lines = [
    '| border | stations | prepare (once) | first drag: median, slowest | later drags: median, slowest | target (slowest) | |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const target = r.label === 'demo dataset' ? 16 : 200;
    const worst = Math.max(...r.recomputeMs);
    const cold = Math.max(...r.coldMs);
    lines.push(`| ${r.label}, ${r.borderKm.toFixed(0)} km | ${r.stations} | ${r.prepareMs.toFixed(0)} ms | ${median(r.coldMs).toFixed(1)} ms, ${cold.toFixed(1)} ms | ${median(r.recomputeMs).toFixed(1)} ms, ${worst.toFixed(1)} ms | < ${target} ms | ${cold < target ? 'PASS' : worst < target ? 'PASS once warm' : 'MISS'} |`);
  }
  return lines.join('\n');
}
