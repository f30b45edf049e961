import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTiles } from '../../../scripts/tiles/runTiles.ts';
import { checkManifest } from '../../../src/data/checkManifest.ts';
import { DatasetLoadError } from '../../../src/data/DatasetLoadError.ts';
import { loadCheckedDataset } from '../../../src/data/loadDataset.ts';
import type { Dataset } from '../../../src/data/types.ts';
import { withDerivedFacts } from '../../../src/geo/withDerivedFacts.ts';
import { buildStyle } from '../../../src/map/buildStyle.ts';
import { buildChoropleth } from '../../../src/stats/buildChoropleth.ts';
import { TOGGLE_LAYERS } from '../../../src/state/schema.ts';

let folder = '';
let stdout = '';
const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
const load = async () => loadCheckedDataset(`${folder}/`, { fetch: async (url) => new Response(await readFile(url)) });

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tiles-'));
  cpSync('data/demo', folder, { recursive: true });
  const result = await runTiles([folder, '--maxzoom', '8']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  stdout = result.stdout;
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run tiles -- <dataset folder>', () => {
  it('writes the communes as tiles with their attribute table and names both in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { tiles: unknown; layers: { communes: string } };
    expect(manifest.tiles).toEqual({
      communes: {
        format: 'pbf', url: 'tiles/communes/{z}/{x}/{y}.pbf', sourceLayer: 'communes', minzoom: 4, maxzoom: 8,
        bounds: [102.283, 18.54988, 105.29837, 22.8139], attributes: 'tiles/communes.attributes.json',
      },
    });
    // The GeoJSON stays the layer's source of truth: the next run, validation and the coverage view read it.
    expect(manifest.layers.communes).toBe('communes.geojson');
    expect(stdout).toMatch(/^communes: 49 features, \d+ tiles/);
    const tiles = files(join(folder, 'tiles', 'communes'));
    expect(tiles.every((f) => /\/\d+\/\d+\/\d+\.pbf$/.test(f))).toBe(true);
    expect(new Set(tiles.map((f) => f.split('/').at(-3))).size).toBe(5);
  });

  it('the app loads the attribute table in place of the outlines: every commune, every property, all checked', async () => {
    const { dataset, reports } = await load();
    const demo = JSON.parse(readFileSync('data/demo/communes.geojson', 'utf8')) as Dataset['communes'];
    expect(reports.find((r) => r.layer === 'communes')!.file).toBe(`${folder}/tiles/communes.attributes.json`);
    expect(reports.flatMap((r) => r.problems).filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset.communes.features.map((f) => f.properties)).toEqual(demo.features.map((f) => f.properties));
    // Its bounding box, for fitting the map to a commune and for the coverage view to know where to look.
    const [first] = dataset.communes.features;
    const ring = first!.geometry.coordinates[0] as number[][];
    expect(ring).toHaveLength(5);
    expect(dataset.manifest.tiles?.communes?.url).toBe(`${folder}/tiles/communes/{z}/{x}/{y}.pbf`);
    expect(dataset.manifest.tiles?.communes?.outlines).toBe(`${folder}/communes.geojson`);
  });

  it('a commune whose file gives no border status gets the one its outline gives, as the app would derive it', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'tiles-'));
    try {
      cpSync('data/demo', bare, { recursive: true });
      const text = readFileSync(join(bare, 'communes.geojson'), 'utf8');
      writeFileSync(join(bare, 'communes.geojson'), text.replace(/"borderStatus":"[a-z-]+",/g, ''));
      const untiled = withDerivedFacts((await loadCheckedDataset(`${bare}/`, { fetch: async (url) => new Response(await readFile(url)) })).dataset, new Set());
      await runTiles([bare, '--maxzoom', '5']);
      const table = JSON.parse(readFileSync(join(bare, 'tiles/communes.attributes.json'), 'utf8')) as Dataset['communes'];
      const statuses = table.features.map((f) => [f.properties.borderStatus, f.properties.borderDistanceKm]);
      expect(statuses).toEqual(untiled.communes.features.map((f) => [f.properties.borderStatus, f.properties.borderDistanceKm]));
      expect(new Set(statuses.map(([s]) => s))).toEqual(new Set(['computed', 'inland']));
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('gives the same files when run again', async () => {
    const before = files(folder).map((f) => [f, readFileSync(f).toString('base64')]);
    await runTiles([folder, '--maxzoom', '8']);
    expect(files(folder).map((f) => [f, readFileSync(f).toString('base64')])).toEqual(before);
  });

  it('the map draws the tiled communes from a vector source, colours and highlights keyed by the commune id', async () => {
    const { dataset } = await load();
    const s = buildStyle({ dataset, lang: 'vi', layers: [...TOGGLE_LAYERS], choropleth: buildChoropleth(dataset, 'borderKmEst'), baseUrl: 'http://localhost/maps/atlas/' });
    expect(s.sources.communes).toEqual({
      type: 'vector', tiles: [`http://localhost${folder}/tiles/communes/{z}/{x}/{y}.pbf`], minzoom: 4, maxzoom: 8,
      bounds: [102.283, 18.54988, 105.29837, 22.8139], promoteId: 'id',
    });
    const communeLayers = s.layers.filter((l) => 'source' in l && l.source === 'communes');
    expect(communeLayers.map((l) => l.id)).toEqual(['communes-fill', 'communes-outline', 'communes-outline-surveyed', 'communes-highlight', 'communes-flagged']);
    for (const l of communeLayers) expect((l as { 'source-layer'?: string })['source-layer']).toBe('communes');
    // The flag layer would build a line along every tiled commune: shown with the coverage view only.
    expect(communeLayers.find((l) => l.id === 'communes-flagged')!.layout).toMatchObject({ visibility: 'none' });
    // Labels still come from the attribute table's centres.
    expect((s.sources.communeLabels as { data: { features: unknown[] } }).data.features).toHaveLength(49);
  });
});

/** What the error box says, in each language, for an archive given as a tile template and for an unknown format. */
const EN_ARCHIVE = 'manifest.json, tiles.communes.url: expected a PMTiles archive’s address relative to the manifest, its name ending in ".pmtiles", inside the dataset’s folder (e.g. "tiles/communes.pmtiles"), found the text "tiles/communes/{z}/{x}/{y}.pbf".';
const VI_ARCHIVE = 'manifest.json, tiles.communes.url: cần địa chỉ tương đối của một tệp PMTiles, tên kết thúc bằng ".pmtiles", trong thư mục của bộ dữ liệu (ví dụ "tiles/communes.pmtiles"); thực tế: văn bản "tiles/communes/{z}/{x}/{y}.pbf".';
const EN_FORMAT = 'manifest.json, tiles.communes.format: expected one of pbf or pmtiles, found the text "mbtiles".';
const VI_FORMAT = 'manifest.json, tiles.communes.format: cần một trong các giá trị pbf hoặc pmtiles; thực tế: văn bản "mbtiles".';

describe('the manifest\'s "tiles"', () => {
  const demo = JSON.parse(readFileSync('data/demo/manifest.json', 'utf8')) as Record<string, unknown>;
  const entry = { format: 'pbf', url: 'tiles/communes/{z}/{x}/{y}.pbf', sourceLayer: 'communes', minzoom: 4, maxzoom: 10, bounds: [102, 18, 106, 23], attributes: 'tiles/communes.attributes.json' };
  const check = (communes: unknown) => () => checkManifest({ ...demo, tiles: { communes } }, 'manifest.json');
  const problemOf = (communes: unknown): DatasetLoadError => {
    try {
      check(communes)();
    } catch (e) {
      if (e instanceof DatasetLoadError) return e;
    }
    throw new Error('expected a DatasetLoadError');
  };

  it('takes a layer drawn from tiles in the dataset\'s folder', () => {
    expect(check(entry)().tiles).toEqual({ communes: entry });
  });

  it('refuses tiles from elsewhere than the dataset\'s folder, naming the field', () => {
    for (const url of ['https://tiles.example.org/{z}/{x}/{y}.pbf', '/tiles/{z}/{x}/{y}.pbf', '../other/{z}/{x}/{y}.pbf', 'tiles/communes.pbf']) {
      expect(check({ ...entry, url })).toThrow(DatasetLoadError);
      expect(check({ ...entry, url })).toThrow(/tiles\.communes\.url/);
    }
  });

  it('takes a PMTiles archive in the dataset\'s folder', () => {
    const archive = { ...entry, format: 'pmtiles', url: 'tiles/communes.pmtiles' };
    expect(check(archive)().tiles).toEqual({ communes: archive });
  });

  it('refuses an archive address that is a template, elsewhere or no .pmtiles file, saying what it expected in both languages', () => {
    for (const url of ['tiles/communes/{z}/{x}/{y}.pbf', 'https://tiles.example.org/communes.pmtiles', '../communes.pmtiles', '/communes.pmtiles', 'tiles/communes.mbtiles', 'tiles/.pmtiles']) {
      expect(check({ ...entry, format: 'pmtiles', url }), url).toThrow(/tiles\.communes\.url/);
    }
    const error = problemOf({ ...entry, format: 'pmtiles', url: 'tiles/communes/{z}/{x}/{y}.pbf' });
    expect(error.describe('en')).toBe(EN_ARCHIVE);
    expect(error.describe('vi')).toBe(VI_ARCHIVE);
  });

  it('refuses a format it cannot read, naming the two it can', () => {
    const error = problemOf({ ...entry, format: 'mbtiles' });
    expect(error.describe('en')).toBe(EN_FORMAT);
    expect(error.describe('vi')).toBe(VI_FORMAT);
  });

  it('refuses a layer that cannot be tiled, and zooms or bounds out of order', () => {
    expect(() => checkManifest({ ...demo, tiles: { provinces: entry } }, 'manifest.json')).toThrow(/"tiles"|tiles/);
    expect(check({ ...entry, minzoom: 11 })).toThrow(/tiles\.communes\.maxzoom/);
    expect(check({ ...entry, bounds: [106, 18, 102, 23] })).toThrow(/tiles\.communes\.bounds/);
    expect(check({ ...entry, attributes: undefined })).toThrow(/tiles\.communes\.attributes/);
  });
});
