import type { Feature, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { length as turfLength } from '@turf/turf';
import { seededRandom } from '../build-data/random.ts';
import { dissolveTiling } from '../../src/geo/dissolveTiling.ts';
import type { ActivityRecord, LayerKey, Manifest } from '../../src/data/types.ts';
import { borderCurve } from './borderCurve.ts';
import { round5, stripCells } from './stripCells.ts';
import { landFeatures } from './syntheticLand.ts';
import { paddedId, placeName } from './syntheticNames.ts';
import { syntheticActivity } from './syntheticActivity.ts';

export interface SyntheticOptions {
  communes: number;
  stations: number;
  borderKm: number;
  activity: number;
  seed: number;
}

export interface SyntheticDataset {
  manifest: Manifest;
  layers: Record<LayerKey, Feature[]>;
  activity: ActivityRecord[];
}

/** Km of border per province. */
const PROVINCE_KM = 200;
const SOURCE = 'synthetic';
const BASE = { geometryQuality: 'schematic', sourceIds: [SOURCE] } as const;

/**
 * A whole country's border region, made up from a seed: Voronoi communes in
 * a strip along a wandering line, provinces as the union of their communes,
 * stations a few km inside, markers every 5 km, twinned villages across,
 * and activity records over several quarters. The same options give the
 * same dataset, byte for byte.
 */
export function syntheticDataset(o: SyntheticOptions): SyntheticDataset {
  const random = seededRandom(o.seed);
  const curve = borderCurve(o.borderKm, o.seed);
  const strip = stripCells(curve, o.communes, random);
  const provinceCount = Math.max(1, Math.round(o.borderKm / PROVINCE_KM));
  const provinceOf = (s: number) => Math.min(provinceCount - 1, Math.floor((s / o.borderKm) * provinceCount));
  // The first stretch faces China, the rest Laos, as Vietnam's northern and western borders do.
  const neighbourOf = (p: number) => ((p + 0.5) / provinceCount < 0.3 ? 'CN' : 'LA');
  const provinces = Array.from({ length: provinceCount }, (_, p) => ({ id: paddedId(p + 1, provinceCount, 2), name: placeName(random) }));
  const at = (s: number, d: number): Position => curve.at(s, d).map(round5);

  const communes = strip.cells.map((c, i) => {
    const province = provinces[provinceOf(c.s)]!;
    const border = c.borderKm > 0;
    return {
      type: 'Feature' as const,
      // No geometryMethod: the panel would explain 'voronoi' as the demo's cells clipped to OpenStreetMap's outline, which these are not.
      properties: {
        id: paddedId(i + 1, o.communes, 5), name: placeName(random), kind: 'commune', ...BASE,
        provinceId: province.id, provinceName: province.name, district: `Huyện ${placeName(random)}`,
        // Inland communes say nothing: the app works their status out from the outline, as for a real national file.
        ...(border ? { borderStatus: 'geometric' } : {}),
        borderKmEst: border ? Math.round(c.borderKm * 10) / 10 : null, successor2025: null, successorResolution: null,
        centre: at(c.s, c.d),
      },
      geometry: { type: 'Polygon' as const, coordinates: [c.ring] },
    };
  });

  const provinceFeatures = provinces.map((p, k) => {
    const geometry = dissolveTiling(communes.filter((c) => c.properties.provinceId === p.id).map((c) => c.geometry));
    if (!geometry) throw new Error(`synthetic provinces: the communes of province ${p.id} do not tile`);
    return {
      type: 'Feature' as const,
      properties: {
        id: p.id, name: p.name, kind: 'province', ...BASE, geometryMethod: 'province-union', neighbourCountry: neighbourOf(k),
        neighbourRegion: null, neighbourUnits: [], neighbourUnitsPartial: false, published: [],
      },
      geometry: geometry as Polygon | MultiPolygon,
    };
  });

  const stops = strip.borderStops;
  const lineBetween = (s0: number, s1: number) => stops.filter((s) => s >= s0 && s <= s1).map((s) => at(s, 0));
  const borderLine = provinces.map((p, k): Feature<LineString> => {
    const [s0, s1] = [(k * o.borderKm) / provinceCount, ((k + 1) * o.borderKm) / provinceCount];
    const geometry: LineString = { type: 'LineString', coordinates: [at(s0, 0), ...lineBetween(s0, s1).slice(s0 === 0 ? 1 : 0), ...(s1 === o.borderKm ? [] : [at(s1, 0)])] };
    const nb = neighbourOf(k);
    return {
      type: 'Feature',
      properties: {
        id: `border-vn-${nb.toLowerCase()}-${p.id}`, name: `Biên giới Việt Nam – ${nb === 'CN' ? 'Trung Quốc' : 'Lào'} (đoạn ${p.name})`, kind: 'border', ...BASE,
        countries: ['VN', nb], provinceId: p.id, drawnKm: Math.round(turfLength({ type: 'Feature', properties: {}, geometry }) * 10) / 10,
      },
      geometry,
    };
  });

  const facilities = Array.from({ length: o.stations }, (_, j): Feature<Point> => {
    const s = ((j + 0.5 + (random() - 0.5) * 0.6) * o.borderKm) / o.stations;
    const d = 0.5 + random() * 12;
    const host = communes[strip.find(s, d)]!.properties;
    return {
      type: 'Feature',
      properties: {
        id: `station-${paddedId(j + 1, o.stations, 3)}`, name: `Đồn ${host.name}`, kind: 'station', ...BASE, provinceId: host.provinceId,
        hostCommuneId: host.id, hostCommuneName: host.name, hostCommune2025: null, markers: null, borderKm: null, note: null,
      },
      geometry: { type: 'Point', coordinates: at(s, d) },
    };
  });

  const markerCount = Math.max(1, Math.floor(o.borderKm / 5));
  const markers = Array.from({ length: markerCount }, (_, k): Feature<Point> => ({
    type: 'Feature',
    properties: { id: `marker-${paddedId(k + 1, markerCount, 4)}`, name: `Mốc ${k + 1}`, kind: 'marker', number: String(k + 1), ...BASE, note: null },
    geometry: { type: 'Point', coordinates: at(2.5 + 5 * k, 0) },
  }));

  // One twinned village for about every eighth border commune.
  const twinPairs = strip.cells.flatMap((c, i) => (c.borderKm > 0 ? [{ c, props: communes[i]!.properties }] : [])).filter((_, k) => k % 8 === 0).map(({ c, props }, n): Feature<LineString> => {
    const partner = placeName(random);
    return {
      type: 'Feature',
      properties: {
        id: `twin-${props.provinceId}-${n + 1}`, name: `bản ${props.name} – ${partner}`, kind: 'twin', ...BASE, geometryMethod: 'placed-across',
        provinceId: props.provinceId, vnVillage: `bản ${props.name}`, vnCommuneId: props.id, vnCommuneName: props.name,
        partnerVillage: `bản ${partner}`, partnerAdmin: `huyện ${placeName(random)}`, partnerCountry: neighbourOf(provinceOf(c.s)),
        since: null, pairKind: 'village', note: null,
      },
      geometry: { type: 'LineString', coordinates: [at(c.s, Math.max(1.5, c.d * 0.6)), at(c.s + 1, -5)] },
    };
  });

  const countries = landFeatures(o.borderKm, stops, at, provinceBoundary(provinceCount, o.borderKm, neighbourOf));
  const layers: Record<LayerKey, Feature[]> = { countries, provinces: provinceFeatures, communes, facilities, markers, borderLine, twinPairs };
  const activity = syntheticActivity(o.activity, random, [
    ...provinces.map((p) => ({ id: p.id, scale: 30 })),
    ...facilities.map((f) => ({ id: String(f.properties!.id), scale: 3 })),
    ...communes.filter((c) => c.properties.borderKmEst !== null).map((c) => ({ id: c.properties.id, scale: 1 })),
    ...communes.filter((c) => c.properties.borderKmEst === null).map((c) => ({ id: c.properties.id, scale: 1 })),
  ], SOURCE);
  return { manifest: manifestFor(o, layers), layers, activity };
}

/** Where the Chinese stretch gives way to the Laotian one, km along the line. */
function provinceBoundary(count: number, km: number, neighbourOf: (p: number) => string): number {
  let p = 0;
  while (p < count && neighbourOf(p) === 'CN') p++;
  return (p * km) / count;
}

function manifestFor(o: SyntheticOptions, layers: Record<LayerKey, Feature[]>): Manifest {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      box[0] = Math.min(box[0]!, x!); box[1] = Math.min(box[1]!, y!); box[2] = Math.max(box[2]!, x!); box[3] = Math.max(box[3]!, y!);
    } else for (const inner of c as unknown[]) walk(inner);
  };
  for (const f of layers.communes) walk((f.geometry as Polygon).coordinates);
  const bbox = [Math.floor(box[0]! * 100) / 100, Math.floor(box[1]! * 100) / 100, Math.ceil(box[2]! * 100) / 100, Math.ceil(box[3]! * 100) / 100] as Manifest['bbox'];
  return {
    formatVersion: 1,
    id: `synthetic-${o.seed}`,
    title: { vi: `Biên giới tổng hợp: ${o.communes} xã (dữ liệu giả lập)`, en: `Synthetic border: ${o.communes} communes (made-up data)` },
    bbox,
    layers: {
      countries: 'countries.geojson', provinces: 'provinces.geojson', communes: 'communes.geojson', facilities: 'facilities.geojson',
      markers: 'markers.geojson', borderLine: 'border-line.geojson', twinPairs: 'twin-pairs.geojson',
    },
    activity: 'activity.json',
    sources: [{ id: SOURCE, kind: 'illustrative', title: null, outlet: 'Border Atlas', date: null }],
    attribution: [`Border Atlas synthetic data (seed ${o.seed}): made up, not a real place`],
  } as Manifest;
}
