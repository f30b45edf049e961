import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.ts';
import { DatasetLoadError } from '../../../src/data/DatasetLoadError.ts';

const manifest = {
  formatVersion: 1,
  id: 'tiny',
  title: { vi: 'Nhỏ', en: 'Tiny' },
  bbox: [102, 22, 103, 23],
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
  sources: [],
  attribution: [],
};
const empty = { type: 'FeatureCollection', features: [] };
const station = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [102.5, 22.5] }, properties: { id: 'station-a', name: 'Đồn A' } }],
};
const record = {
  areaId: '12', periodStart: '2024-01-01', periodEnd: '2024-06-30', category: 'patrol', metric: 'patrols',
  value: 224, unit: 'sessions', sourceId: 'seed-002', status: 'sourced',
};

/** A fake server: file name → body text (missing → 404). */
function serve(files: Record<string, string>) {
  return async (url: string) => {
    const name = url.replace(/^data\/tiny\//, '');
    const body = files[name];
    return body === undefined ? new Response('not here', { status: 404, statusText: 'Not Found' }) : new Response(body);
  };
}
function tinyFiles(overrides: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = { 'manifest.json': JSON.stringify(manifest), 'activity.json': JSON.stringify([record]) };
  for (const name of Object.values(manifest.layers)) files[name] = JSON.stringify(empty);
  files['facilities.geojson'] = JSON.stringify(station);
  return { ...files, ...overrides };
}
async function failure(files: Record<string, string>): Promise<DatasetLoadError> {
  const err = await loadDataset('data/tiny', { fetch: serve(files) }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DatasetLoadError);
  return err as DatasetLoadError;
}

describe('loadDataset(folder)', () => {
  it('loads the manifest, every layer and the activity records', async () => {
    const ds = await loadDataset('data/tiny', { fetch: serve(tinyFiles()) });
    expect(ds.manifest.id).toBe('tiny');
    expect(ds.facilities.features[0]?.properties.name).toBe('Đồn A');
    expect(ds.activity[0]?.value).toBe(224);
  });

  it('reports progress that never goes back and ends at 1', async () => {
    const seen: number[] = [];
    await loadDataset('data/tiny/', { fetch: serve(tinyFiles()), onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((f, i) => i === 0 || f >= (seen[i - 1] ?? 0))).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('names the manifest and the HTTP status when the dataset folder does not exist', async () => {
    const err = await failure({});
    expect(err.message).toBe('data/tiny/manifest.json: expected HTTP 200, got HTTP 404 Not Found.');
  });

  it('refuses a manifest of another format version, saying which it got', async () => {
    const err = await failure(tinyFiles({ 'manifest.json': JSON.stringify({ ...manifest, formatVersion: 2 }) }));
    expect(err.message).toBe('data/tiny/manifest.json: expected formatVersion 1, got formatVersion 2.');
  });

  it('names the layer file that is not JSON', async () => {
    const err = await failure(tinyFiles({ 'communes.geojson': '{"type": "FeatureCollection", "features": [' }));
    expect(err.file).toBe('data/tiny/communes.geojson');
    expect(err.expected).toBe('JSON');
  });

  it('says an empty file is empty', async () => {
    const err = await failure(tinyFiles({ 'markers.geojson': '' }));
    expect(err.got).toBe('an empty file');
  });

  it('accepts a file that starts with a byte-order mark', async () => {
    const ds = await loadDataset('data/tiny', { fetch: serve(tinyFiles({ 'markers.geojson': `\uFEFF${JSON.stringify(empty)}` })) });
    expect(ds.markers.features).toEqual([]);
  });

  it('names the feature whose geometry does not belong in its layer', async () => {
    const line = { type: 'Feature', geometry: { type: 'LineString', coordinates: [[102, 22], [103, 23]] }, properties: { id: 'x' } };
    const err = await failure(tinyFiles({ 'facilities.geojson': JSON.stringify({ type: 'FeatureCollection', features: [station.features[0], line] }) }));
    expect(err.message).toBe('data/tiny/facilities.geojson, feature 1: expected Point for facilities, got LineString.');
  });

  it('names the activity record whose value is not a number', async () => {
    const err = await failure(tinyFiles({ 'activity.json': JSON.stringify([record, { ...record, value: '224' }]) }));
    expect(err.message).toBe('data/tiny/activity.json, record 1: expected "value" as a number, got the string "224".');
  });
});
