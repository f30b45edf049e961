/**
 * Rebuilds data/demo/ from the source tables in data/sources/ and the
 * boundary package in node_modules. Deterministic: two runs write the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bbox as bboxOf } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Manifest } from '../../src/data/types.ts';
import { sharedBoundary } from '../../src/geo/sharedBoundary.ts';
import { sourcedActivity, illustrativeActivity } from './activity.ts';
import { HOLE_KM2, basemapCountries, coarseCountries, loadLand } from './basemap.ts';
import { towns, water, worldLand } from './basemapExtras.ts';
import { viewLimits } from '../../src/map/viewLimits.ts';
import { dropSmallHoles } from './dropSmallHoles.ts';
import { alongAreas, borderLineFeature, dropRunsThrough } from './borderLines.ts';
import { buildCommunes, communeRows, provinceArea, provinceFeature, PROVINCE_IDS } from './communes.ts';
import { buildFacilities, buildMarkers } from './facilities.ts';
import { readCsv } from './readCsv.ts';
import { buildTwinPairs } from './twinPairs.ts';
import { readSources } from './sources.ts';
import { writeJson, writeLayer } from './writeLayer.ts';
import { parseBriefings } from '../../src/briefing/parseBriefings.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'data/sources/gazetteer');
const OUT = join(ROOT, 'data/demo');
/** Where the basemap's outlines are exact: both provinces and their neighbours, at every zoom. */
const REGION: [number, number, number, number] = [100.8, 17.4, 107.6, 23.9];
/** Beyond the furthest the map can pan (viewLimits), so no edge of the ~1 km land ever shows. */
const MARGIN = 0.5;
/** Lakes and river stretches smaller than this, km², are specks at the zooms that show them. */
const WATER_MIN_KM2 = 2;

const csv = (name: string) => readCsv(join(SRC, name));
const sources = readSources(join(ROOT, 'data/sources/sources.csv'), join(ROOT, 'data/sources/source-citations.csv'));
const land = loadLand();
const country = (a3: string) => {
  const f = land.get(a3);
  if (!f) throw new Error(`@geo-maps/countries-land-100m: expected a feature with A3 ${a3}, found none`);
  return f;
};
const vietnam = country('VNM');
const neighbours: Record<string, Feature<Polygon | MultiPolygon>> = { '12': country('CHN'), '40': country('LAO') };
const shared: Record<string, Feature<MultiLineString>> = {
  '12': sharedBoundary(vietnam, neighbours['12'] as Feature<Polygon | MultiPolygon>),
  '40': sharedBoundary(vietnam, neighbours['40'] as Feature<Polygon | MultiPolygon>),
};

const rows = communeRows(csv('communes.csv'));
const communes = buildCommunes(rows, dropSmallHoles(vietnam, HOLE_KM2), shared as Record<string, Feature<LineString | MultiLineString>>, sources);
const factRows = csv('province-facts.csv');
const provinces = csv('provinces.csv').map((r) => {
  const id = PROVINCE_IDS[r.province ?? ''] as string;
  return provinceFeature(provinceArea(communes, id), r, factRows, sources);
});

const exclusions = readCsv(join(ROOT, 'data/sources/border-exclusions.csv'));
/** The shared boundary where it runs along a province's border communes, less the stretches known to be another province's. */
const provinceLine = (provinceId: string) => dropRunsThrough(
  alongAreas(shared[provinceId] as Feature<MultiLineString>, communes.filter((c) => c.properties.provinceId === provinceId), 1),
  exclusions.filter((x) => PROVINCE_IDS[x.province ?? ''] === provinceId).map((x) => [Number(x.lon), Number(x.lat)]),
);
const borderLine = [
  borderLineFeature('border-vn-cn', 'Biên giới Việt Nam – Trung Quốc (đoạn Lai Châu)', 'CN', '12', provinceLine('12')),
  borderLineFeature('border-vn-la', 'Biên giới Việt Nam – Lào (đoạn Nghệ An)', 'LA', '40', provinceLine('40')),
];
const lineByProvince = { '12': borderLine[0], '40': borderLine[1] } as Record<string, Feature<LineString | MultiLineString>>;

const points = csv('border-points.csv');
const facilities = buildFacilities(points, csv('markers.csv'), rows, sources);
const markers = buildMarkers(points, sources);
const twinPairs = buildTwinPairs(csv('twin-pairs.csv'), rows, lineByProvince, neighbours, sources);

const sourced = sourcedActivity(csv('activity.csv'));
const groups = Object.values(PROVINCE_IDS).flatMap((provinceId) => [
  { provinceId, ids: communes.filter((c) => c.properties.provinceId === provinceId).map((c) => c.properties.id) },
  { provinceId, ids: facilities.filter((f) => f.properties.provinceId === provinceId && f.properties.kind !== 'gate').map((f) => f.properties.id) },
]);
const activity = [...sourced, ...illustrativeActivity(sourced, groups, 20240630)];

const [w, s, e, n] = bboxOf({ type: 'FeatureCollection', features: [...communes, ...twinPairs] });
const pad = 0.15;
const manifest: Manifest = {
  formatVersion: 1,
  id: 'demo',
  title: { vi: 'Biên giới Lai Châu và Nghệ An (dữ liệu mẫu)', en: 'Lai Châu and Nghệ An border (demo data)' },
  bbox: [w - pad, s - pad, e + pad, n + pad].map((v) => Math.round(v * 100) / 100) as Manifest['bbox'],
  layers: {
    countries: 'countries.geojson',
    provinces: 'provinces.geojson',
    communes: 'communes.geojson',
    facilities: 'facilities.geojson',
    markers: 'markers.geojson',
    borderLine: 'border-line.geojson',
    twinPairs: 'twin-pairs.geojson',
  },
  activity: 'activity.json',
  briefings: 'briefings.json',
  basemap: 'basemap.geojson',
  sources: sources.sources,
  attribution: [
    '© OpenStreetMap contributors (ODbL 1.0), via @geo-maps',
    'Towns: GeoNames (CC BY 4.0)',
    'Natural Earth',
  ],
};
const [lw, ls, le, ln] = viewLimits(manifest.bbox);
const extent: [number, number, number, number] = [lw - MARGIN, ls - MARGIN, le + MARGIN, ln + MARGIN];
const countries = basemapCountries(land, REGION);
const basemap = [worldLand(extent), ...coarseCountries(land, REGION, extent), water(extent, WATER_MIN_KM2), ...towns(extent)];

writeLayer(join(OUT, 'countries.geojson'), countries);
writeLayer(join(OUT, 'basemap.geojson'), basemap);
writeLayer(join(OUT, 'provinces.geojson'), provinces);
writeLayer(join(OUT, 'communes.geojson'), communes);
writeLayer(join(OUT, 'facilities.geojson'), facilities);
writeLayer(join(OUT, 'markers.geojson'), markers);
writeLayer(join(OUT, 'border-line.geojson'), borderLine);
writeLayer(join(OUT, 'twin-pairs.geojson'), twinPairs);
writeJson(join(OUT, 'activity.json'), activity);
// Checked on the way, so a broken hand-written briefing fails the build, not the app.
writeJson(join(OUT, 'briefings.json'), parseBriefings(JSON.parse(readFileSync(join(ROOT, 'data/sources/briefings.json'), 'utf8')), 'data/sources/briefings.json'));
writeJson(join(OUT, 'manifest.json'), manifest);

console.log(
  `data/demo: ${communes.length} communes, ${provinces.length} provinces, ${facilities.length} facilities, ${markers.length} markers, ` +
    `${twinPairs.length} twin pairs, border ${borderLine.map((b) => `${b.properties.id} ${b.properties.drawnKm} km`).join(', ')}, ` +
    `${activity.length} activity records (${activity.filter((a) => a.status === 'sourced').length} sourced)`,
);
