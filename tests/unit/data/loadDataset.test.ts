import { describe, expect, it } from 'vitest';
import { checkInProcess, loadCheckedDataset, loadDataset, loadStagedDataset, type CheckFiles } from '../../../src/data/loadDataset.ts';
import { DatasetLoadError } from '../../../src/data/DatasetLoadError.ts';
import { essentialProblem } from '../../../src/data/essentialProblem.ts';
import { describeProblem } from '../../../src/validate/Problem.ts';

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
  sources: [{ id: 'seed-002', title: null, outlet: 'Báo', date: '2024' }],
  attribution: [],
};
const square = (x: number, y: number, size: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] });
const feature = (geometry: object, properties: object) => ({ type: 'Feature', geometry, properties });
const fc = (...features: object[]) => JSON.stringify({ type: 'FeatureCollection', features });
const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
const station = (id: string, kind: string) => feature(point(102.5, 22.5), { id, name: `Đồn ${id}`, kind, provinceId: '12', hostCommuneId: '03451', borderStatus: 'sourced' });
const record = {
  areaId: '12', periodStart: '2024-01-01', periodEnd: '2024-06-30', category: 'patrol', metric: 'patrols',
  value: 224, unit: 'sessions', sourceId: 'seed-002', status: 'sourced', qualifier: 'approx',
};
/** Vietnam is the west half of the extent: a twin pair starts there and ends across the line. */
const twin = (from: [number, number], to: [number, number]) => feature({ type: 'LineString', coordinates: [from, to] }, { id: 'twin-12-1', vnVillage: 'bản A', partnerVillage: 'bản B', vnCommuneId: '03451' });

/** A fake server: file name → body text (missing → 404). */
function serve(files: Record<string, string>) {
  return async (url: string) => {
    const body = files[url.replace(/^data\/tiny\//, '')];
    return body === undefined ? new Response('not here', { status: 404, statusText: 'Not Found' }) : new Response(body);
  };
}
function tinyFiles(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'manifest.json': JSON.stringify(manifest),
    'countries.geojson': fc(feature(square(102, 22, 0.5), { iso: 'VN', nameVi: 'Việt Nam', nameEn: 'Vietnam' }), feature(square(102.5, 22, 0.5), { iso: 'CN', nameVi: 'Trung Quốc', nameEn: 'China' })),
    'provinces.geojson': fc(feature(square(102, 22, 0.4), { id: '12', name: 'Lai Châu', kind: 'province', published: [] })),
    // borderStatus is no rule of the validator's, but the panels read it: it must come through.
    'communes.geojson': fc(feature(square(102.2, 22.2, 0.1), { id: '03451', name: 'Mù Cả', kind: 'commune', provinceId: '12', borderStatus: 'sourced' })),
    'facilities.geojson': fc(station('station-a', 'station')),
    'markers.geojson': fc(feature(point(102.5, 22.9), { id: 'marker-a', name: 'Mốc A', kind: 'tripoint' })),
    'border-line.geojson': fc(feature({ type: 'LineString', coordinates: [[102.5, 22], [102.5, 22.5]] }, { id: 'border-vn-cn', name: 'Việt Nam – Trung Quốc', kind: 'border' })),
    'twin-pairs.geojson': fc(twin([102.3, 22.3], [102.7, 22.3])),
    'activity.json': JSON.stringify([record]),
    ...overrides,
  };
}
const load = (files: Record<string, string>) => loadCheckedDataset('data/tiny', { fetch: serve(files) });
async function failure(files: Record<string, string>): Promise<DatasetLoadError> {
  const err = await load(files).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DatasetLoadError);
  return err as DatasetLoadError;
}

describe('loadCheckedDataset(folder)', () => {
  it('loads the manifest, every layer and the activity records, each feature with all its properties', async () => {
    const { dataset, reports } = await load(tinyFiles());
    expect(dataset.manifest.id).toBe('tiny');
    expect(dataset.facilities.features[0]?.properties.name).toBe('Đồn station-a');
    expect(dataset.communes.features[0]?.properties.borderStatus).toBe('sourced');
    expect(dataset.activity).toEqual([record]);
    expect(reports.map((r) => [r.file, r.layer, r.valid.length])).toEqual([
      ['data/tiny/countries.geojson', 'countries', 2], ['data/tiny/provinces.geojson', 'provinces', 1], ['data/tiny/communes.geojson', 'communes', 1],
      ['data/tiny/facilities.geojson', 'facilities', 1], ['data/tiny/markers.geojson', 'markers', 1], ['data/tiny/border-line.geojson', 'borderLine', 1],
      ['data/tiny/twin-pairs.geojson', 'twinPairs', 1], ['data/tiny/activity.json', 'activity', 1],
    ]);
    expect(reports.flatMap((r) => r.problems)).toEqual([]);
  });

  it('reports progress that never goes back and ends at 1', async () => {
    const seen: number[] = [];
    await loadDataset('data/tiny/', { fetch: serve(tinyFiles()), onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((f, i) => i === 0 || f >= (seen[i - 1] ?? 0))).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('loads a layer with one bad feature with the others, and reports the file, the feature and the property', async () => {
    const { dataset, reports } = await load(tinyFiles({ 'facilities.geojson': fc(station('station-a', 'station'), station('station-b', 'fort'), station('station-c', 'gate')) }));
    expect(dataset.facilities.features.map((f) => f.properties.id)).toEqual(['station-a', 'station-c']);
    const problems = reports.flatMap((r) => r.problems);
    expect(problems).toHaveLength(1);
    expect(describeProblem(problems[0]!, 'en')).toBe('data/tiny/facilities.geojson, feature 1 (id "station-b"), properties.kind: expected one of "station", "post" or "gate", found the text "fort".');
    expect(describeProblem(problems[0]!, 'vi')).toBe('data/tiny/facilities.geojson, đối tượng 1 (mã "station-b"), properties.kind: cần một trong các giá trị "station", "post" hoặc "gate"; thực tế: văn bản "fort".');
  });

  it('leaves out an activity record whose value is not a number and keeps the rest', async () => {
    const { dataset, reports } = await load(tinyFiles({ 'activity.json': JSON.stringify([record, { ...record, value: '224' }]) }));
    expect(dataset.activity).toHaveLength(1);
    expect(reports.at(-1)?.problems.map((p) => [p.index, p.item, p.property, p.code])).toEqual([[1, 'record', 'value', 'wrong-type']]);
  });

  it('checks twin pairs against Vietnam from the countries file, and references against the batch', async () => {
    const { dataset, reports } = await load(tinyFiles({
      'twin-pairs.geojson': fc(twin([102.7, 22.3], [102.3, 22.3])),
      'facilities.geojson': fc(station('station-a', 'station'), { ...station('station-b', 'post'), properties: { id: 'station-b', name: 'B', kind: 'post', hostCommuneId: '99999' } }),
    }));
    expect(dataset.twinPairs.features).toEqual([]);
    expect(dataset.facilities.features).toHaveLength(1);
    expect(reports.flatMap((r) => r.problems).map((p) => [p.file, p.code]).sort()).toEqual([
      ['data/tiny/facilities.geojson', 'unresolved-reference'], ['data/tiny/twin-pairs.geojson', 'twin-same-side'], ['data/tiny/twin-pairs.geojson', 'twin-same-side'],
    ]);
  });

  it('loads a file that starts with a byte-order mark, with a warning', async () => {
    const { dataset, reports } = await load(tinyFiles({ 'markers.geojson': `\uFEFF${tinyFiles()['markers.geojson']}` }));
    expect(dataset.markers.features).toHaveLength(1);
    expect(reports[4]?.problems.map((p) => p.code)).toEqual(['byte-order-mark']);
  });

  it('still loads the rest when a layer file is not JSON or not on the server, naming each file', async () => {
    const files = tinyFiles({ 'communes.geojson': '{"type": "FeatureCollection", "features": [' });
    delete files['markers.geojson'];
    const { dataset, reports } = await load(files);
    expect(dataset.communes.features).toEqual([]);
    expect(dataset.markers.features).toEqual([]);
    expect(dataset.facilities.features).toHaveLength(1);
    expect(reports[2]?.problems.map((p) => [p.file, p.code])).toEqual([['data/tiny/communes.geojson', 'truncated-json']]);
    expect(describeProblem(reports[4]!.problems[0]!, 'en')).toBe('data/tiny/markers.geojson: expected a file on the server (HTTP 200), found HTTP 404: no such file on the server.');
  });

  it('runs the checks it is given on the layers as one batch, then on the activity against the layers\' ids, with a context from the manifest', async () => {
    const calls: Parameters<CheckFiles>[] = [];
    await loadCheckedDataset('data/tiny', { fetch: serve(tinyFiles()), check: (...args) => { calls.push(args); return checkInProcess(...args); } });
    expect(calls.map(([inputs]) => inputs.map((i) => i.layer))).toEqual([['countries', 'provinces', 'communes', 'facilities', 'markers', 'borderLine', 'twinPairs'], ['activity']]);
    for (const [, ctx] of calls) {
      expect([...ctx.sourceIds!]).toEqual(['seed-002']);
      expect(ctx.extent).toEqual([102, 22, 103, 23]);
    }
    expect([...calls[1]![1].ids.communes!]).toEqual(['03451']);
  });

  it('rejects when the dataset folder does not exist, naming the manifest and the HTTP status in either language', async () => {
    const err = await failure({});
    expect(err.message).toBe('data/tiny/manifest.json: expected a file on the server (HTTP 200), found HTTP 404: no such file on the server.');
    expect(err.describe('vi')).toBe('data/tiny/manifest.json: cần tệp có trên máy chủ (HTTP 200); thực tế: HTTP 404: máy chủ không có tệp này.');
  });

  it('rejects a manifest of another format version, saying which it got', async () => {
    const err = await failure(tinyFiles({ 'manifest.json': JSON.stringify({ ...manifest, formatVersion: 2 }) }));
    expect(err.message).toBe('data/tiny/manifest.json, formatVersion: expected format version 1, found the number 2.');
    expect(err.describe('vi')).toBe('data/tiny/manifest.json, formatVersion: cần phiên bản định dạng 1; thực tế: số 2.');
  });

  it('rejects a manifest that is not JSON, saying where it stops being JSON', async () => {
    const err = await failure(tinyFiles({ 'manifest.json': '{"formatVersion": 1,\n  id: "tiny"}' }));
    expect(err.problem.code).toBe('not-json');
    expect(err.message).toMatch(/^data\/tiny\/manifest\.json: expected JSON \(GeoJSON\) or CSV, found text that is not JSON/);
  });

  it('rejects a manifest without a layer file, naming the key', async () => {
    const err = await failure(tinyFiles({ 'manifest.json': JSON.stringify({ ...manifest, layers: { ...manifest.layers, communes: undefined } }) }));
    expect(err.message).toBe('data/tiny/manifest.json, layers.communes: expected a file name, found nothing.');
  });
});

describe('loadStagedDataset(folder): the layers first, the figures after', () => {
  const staged = (files: Record<string, string>, check?: CheckFiles) => loadStagedDataset('data/tiny', { fetch: serve(files), ...(check ? { check } : {}) });

  it('hands over the checked layers before the activity file has even arrived, with no figures yet', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    const fetchHeld = async (url: string) => {
      if (url.endsWith('activity.json')) await held;
      return serve(tinyFiles())(url);
    };
    const { dataset, reports, figures } = await loadStagedDataset('data/tiny', { fetch: fetchHeld });
    expect(dataset.communes.features.map((f) => f.properties.id)).toEqual(['03451']);
    expect(dataset.activity).toEqual([]);
    expect(reports.map((r) => r.layer)).toEqual(['countries', 'provinces', 'communes', 'facilities', 'markers', 'borderLine', 'twinPairs']);
    release();
    const f = await figures;
    expect(f.activity).toEqual([record]);
    expect(f.report.layer).toBe('activity');
  });

  it('asks for the activity file only once every layer file and the basemap are in, so the first view\'s files come first', async () => {
    const inFiles: string[] = [];
    let inWhenActivityAsked: string[] | null = null;
    const files = tinyFiles({ 'manifest.json': JSON.stringify({ ...manifest, basemap: 'basemap.geojson' }), 'basemap.geojson': fc() });
    const fetchLogged = async (url: string) => {
      const name = url.replace(/^data\/tiny\//, '');
      if (name === 'activity.json') inWhenActivityAsked = [...inFiles];
      const res = await serve(files)(url);
      inFiles.push(name);
      return res;
    };
    const { figures } = await loadStagedDataset('data/tiny', { fetch: fetchLogged });
    expect((await figures).activity).toEqual([record]);
    expect(inWhenActivityAsked).toEqual(expect.arrayContaining([...Object.values(manifest.layers), 'basemap.geojson']));
  });

  it('asks for the activity file only once figuresWhen settles, however long after the layers that is', async () => {
    const asked: string[] = [];
    const fetchLogged = async (url: string) => {
      asked.push(url.replace(/^data\/tiny\//, ''));
      return serve(tinyFiles())(url);
    };
    let ask: () => void = () => {};
    const figuresWhen = new Promise<void>((resolve) => { ask = resolve; });
    const { dataset, figures } = await loadStagedDataset('data/tiny', { fetch: fetchLogged, figuresWhen });
    expect(dataset.communes.features).toHaveLength(1);
    // Turns of the event loop enough for every file asked for to be in.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).not.toContain('activity.json');
    ask();
    expect((await figures).activity).toEqual([record]);
    expect(asked.filter((name) => name === 'activity.json')).toHaveLength(1);
  });

  it('draws every layer of a dataset whose activity file is broken, and reports the activity file on its own', async () => {
    const { dataset, reports, figures } = await staged(tinyFiles({ 'activity.json': '[{"areaId": ' }));
    expect(dataset.communes.features).toHaveLength(1);
    expect(dataset.facilities.features).toHaveLength(1);
    expect(reports.flatMap((r) => r.problems)).toEqual([]);
    const f = await figures;
    expect(f.activity).toEqual([]);
    expect(f.report.problems.map((p) => [p.file, p.code])).toEqual([['data/tiny/activity.json', 'truncated-json']]);
  });

  it('draws every layer when the activity file is not on the server, and says so in the activity\'s report', async () => {
    const files = tinyFiles();
    delete files['activity.json'];
    const { dataset, figures } = await staged(files);
    expect(dataset.communes.features).toHaveLength(1);
    expect(describeProblem((await figures).report.problems[0]!, 'en')).toBe('data/tiny/activity.json: expected a file on the server (HTTP 200), found HTTP 404: no such file on the server.');
  });

  it('still reports an activity record that names a commune the communes file lacks, and keeps the others', async () => {
    const { figures } = await staged(tinyFiles({ 'activity.json': JSON.stringify([record, { ...record, areaId: '99999' }, { ...record, areaId: '03451' }]) }));
    const f = await figures;
    expect(f.activity.map((r) => r.areaId)).toEqual(['12', '03451']);
    expect(f.report.problems.map((p) => [p.index, p.property, p.code])).toEqual([[1, 'areaId', 'unresolved-reference']]);
    expect(describeProblem(f.report.problems[0]!, 'en')).toContain('"99999"');
  });

  it('resolves an activity record naming a commune whose own feature was dropped as that feature\'s fault, as one batch did', async () => {
    // The commune's outline is a point: the commune is left out, but its id exists in the file.
    const { dataset, figures } = await staged(tinyFiles({ 'communes.geojson': fc(feature(point(102.2, 22.2), { id: '03451', name: 'Mù Cả', kind: 'commune', provinceId: '12' })), 'activity.json': JSON.stringify([{ ...record, areaId: '03451' }]) }));
    expect(dataset.communes.features).toEqual([]);
    expect((await figures).report.problems).toEqual([]);
  });

  it('rejects the figures, not the layers, when the briefings file cannot be used', async () => {
    const { dataset, figures } = await staged(tinyFiles({ 'manifest.json': JSON.stringify({ ...manifest, briefings: 'briefings.json' }), 'briefings.json': '{"not": "briefings"}' }));
    expect(dataset.communes.features).toHaveLength(1);
    await expect(figures).rejects.toThrow(/briefings\.json/);
  });

  it('gives equal texts of the records one string each, without changing a value', async () => {
    const { figures } = await staged(tinyFiles({ 'activity.json': JSON.stringify([record, { ...record, value: 3 }]) }));
    const [a, b] = (await figures).activity;
    expect(b).toEqual({ ...record, value: 3 });
    expect(a!.periodStart).toBe(b!.periodStart);
  });
});

describe('a layer the page reads itself while the checker reads it', () => {
  // A commune whose id the checks read as text, a facility dropped for its kind: what the checker rewrites and leaves out.
  const files = tinyFiles({
    'communes.geojson': fc(
      feature(square(102.2, 22.2, 0.1), { id: 3451, name: 'Mù Cả', kind: 'commune', provinceId: '12', borderStatus: 'sourced' }),
      feature(square(102.3, 22.2, 0.1), { id: '03452', name: 'Ka Lăng', kind: 'commune', provinceId: '12', borderStatus: 'sourced' }),
    ),
    'facilities.geojson': fc(station('station-a', 'station'), station('station-b', 'fort'), station('station-c', 'post')),
  });
  /** A checker that ignores `values: false` and sends every valid feature, as for a file a user opens. */
  const sendsFeatures: CheckFiles = (inputs, ctx, onProgress) => checkInProcess(inputs.map(({ values: _, ...input }) => input), ctx, onProgress);

  it('loads the same dataset and reports as a checker that sends the features: rewritten properties taken, dropped features left out', async () => {
    const read = await loadCheckedDataset('data/tiny', { fetch: serve(files) });
    const sent = await loadCheckedDataset('data/tiny', { fetch: serve(files), check: sendsFeatures });
    expect(read.dataset).toEqual(sent.dataset);
    expect(read.reports).toEqual(sent.reports);
    expect(read.dataset.communes.features.map((f) => f.properties.id)).toEqual(['03451', '03452']);
    expect(read.dataset.facilities.features.map((f) => f.properties.id)).toEqual(['station-a', 'station-c']);
  });

  it('asks the checker for which features are valid, on a copy of the bytes, and hands the app reports with their features', async () => {
    const asked: Parameters<CheckFiles>[0][] = [];
    const { reports } = await loadStagedDataset('data/tiny', { fetch: serve(files), check: (inputs, ...rest) => { asked.push(inputs); return checkInProcess(inputs, ...rest); } });
    expect(asked[0]!.map((i) => i.values)).toEqual(Array(7).fill(false));
    expect(asked[0]!.every((i) => i.bytes.byteLength > 0)).toBe(true);
    expect(reports.every((r) => r.picked === undefined)).toBe(true);
    expect(reports[2]!.valid.map((v) => (v.value as { properties: { id: string } }).properties.id)).toEqual(['03451', '03452']);
  });

  it('checks the batch again on the page when its reading lacks a feature the checker found valid, and loads all the files hold', async () => {
    // A checker that claims one feature more than the communes file has: the page's reading cannot give it.
    const claimsMore: CheckFiles = async (...args) => (await checkInProcess(...args)).map((r) => (r.layer === 'communes' && r.picked ? { ...r, picked: [...r.picked, { index: 99, id: 'ghost', bbox: null }] } : r));
    const read = await loadCheckedDataset('data/tiny', { fetch: serve(files), check: claimsMore });
    const sent = await loadCheckedDataset('data/tiny', { fetch: serve(files), check: sendsFeatures });
    expect(read.dataset).toEqual(sent.dataset);
    expect(read.dataset.communes.features.map((f) => f.properties.id)).toEqual(['03451', '03452']);
  });

  it('shares the positions of neighbouring layers, as features sent by the checker are', async () => {
    const { dataset } = await loadStagedDataset('data/tiny', { fetch: serve(files) });
    const [a, b] = dataset.communes.features.map((f) => (f.geometry as { coordinates: number[][][] }).coordinates[0]!);
    // The first commune's east edge is the second's west edge.
    expect(a![1]).toBe(b![0]);
  });
});

describe('essentialProblem(reports)', () => {
  it('is null when countries and communes have features that load', async () => {
    expect(essentialProblem((await load(tinyFiles())).reports)).toBeNull();
  });

  it('names the communes file and why it failed when none of its communes loads', async () => {
    const { reports } = await load(tinyFiles({ 'communes.geojson': 'not json' }));
    const problem = essentialProblem(reports)!;
    expect(describeProblem(problem, 'en')).toBe('data/tiny/communes.geojson: expected at least one feature of the layer “Border communes” that loads: the map cannot do without it, found text that is not JSON (an unexpected "o").');
  });

  it('says none of the features loads when each was dropped on its own', async () => {
    const { reports } = await load(tinyFiles({ 'countries.geojson': fc(feature(point(102, 22), { iso: 'VN', nameVi: 'Việt Nam', nameEn: 'Vietnam' })) }));
    expect(describeProblem(essentialProblem(reports)!, 'vi')).toBe('data/tiny/countries.geojson: cần ít nhất một đối tượng của lớp “Nền quốc gia” nạp được: bản đồ không thể thiếu lớp này; thực tế: trong 1 đối tượng của tệp, không đối tượng nào nạp được (xem bảng Kiểm tra tệp).');
  });
});

describe('a dataset\'s basemap file', () => {
  const withBasemap = { ...manifest, basemap: 'basemap.geojson' };
  const town = feature(point(103.46, 22.4), { layer: 'town', name: 'Lai Châu', rank: 2 });

  it('leaves its features to the map, which reads the file itself, and says which kinds it has for the legend', async () => {
    const { dataset } = await load(tinyFiles({ 'manifest.json': JSON.stringify(withBasemap), 'basemap.geojson': fc(town) }));
    expect(dataset.basemap).toEqual({ url: 'data/tiny/basemap.geojson', towns: true, water: false });
  });

  it('leaves out features of a kind the map does not draw, and then hands the map the rest', async () => {
    const { dataset } = await load(tinyFiles({ 'manifest.json': JSON.stringify(withBasemap), 'basemap.geojson': fc(town, feature(point(103, 22), { layer: 'volcano' })) }));
    expect(dataset.basemap?.data?.features).toEqual([town]);
    expect(dataset.basemap?.towns).toBe(true);
  });

  it('is optional: a manifest without one loads with no basemap', async () => {
    expect((await load(tinyFiles())).dataset.basemap).toBeUndefined();
  });

  it('stops the load, naming the file, when it is no FeatureCollection', async () => {
    const err = await failure(tinyFiles({ 'manifest.json': JSON.stringify(withBasemap), 'basemap.geojson': '[1, 2]' }));
    expect(err.describe('en')).toContain('data/tiny/basemap.geojson');
    expect(err.describe('en')).toContain('FeatureCollection');
  });
});
