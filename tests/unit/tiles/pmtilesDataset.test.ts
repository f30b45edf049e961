import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PMTiles } from 'pmtiles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTiles } from '../../../scripts/tiles/runTiles.ts';
import { loadCheckedDataset } from '../../../src/data/loadDataset.ts';
import { buildStyle } from '../../../src/map/buildStyle.ts';
import { buildChoropleth } from '../../../src/stats/buildChoropleth.ts';
import { TOGGLE_LAYERS } from '../../../src/state/schema.ts';
import { archiveSource } from './archiveSource.ts';

/** The demo tiled as a folder (to compare with) and, in a second copy, as an archive. */
let folder = '';
const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tiles-'));
  cpSync('data/demo', folder, { recursive: true });
  expect((await runTiles([folder, '--maxzoom', '8'])).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run tiles -- <dataset folder> --format pmtiles', () => {
  let archived = '';
  const manifestOf = () => JSON.parse(readFileSync(join(archived, 'manifest.json'), 'utf8')) as { tiles: { communes: Record<string, unknown> } };
  beforeAll(async () => {
    archived = mkdtempSync(join(tmpdir(), 'pmtiles-'));
    cpSync('data/demo', archived, { recursive: true });
    // A folder of tiles from an earlier run, which the archive replaces.
    await runTiles([archived, '--maxzoom', '6']);
    const result = await runTiles([archived, '--maxzoom', '8', '--format', 'pmtiles']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^communes: 49 features, \d+ tiles .* in one PMTiles archive tiles\/communes\.pmtiles, attribute table tiles\/communes\.attributes\.json$/m);
  }, 60_000);
  afterAll(() => rmSync(archived, { recursive: true, force: true }));

  it('writes one archive and the attribute table in place of the folder, and names the archive in the manifest', () => {
    expect(manifestOf().tiles).toEqual({
      communes: {
        format: 'pmtiles', url: 'tiles/communes.pmtiles', sourceLayer: 'communes', minzoom: 4, maxzoom: 8,
        bounds: [102.283, 18.54988, 105.29837, 22.8139], attributes: 'tiles/communes.attributes.json',
      },
    });
    expect(files(join(archived, 'tiles')).map((f) => relative(archived, f))).toEqual(['tiles/communes.attributes.json', 'tiles/communes.pmtiles']);
    expect(readFileSync(join(archived, 'tiles/communes.attributes.json'), 'utf8')).toBe(readFileSync(join(folder, 'tiles/communes.attributes.json'), 'utf8'));
  });

  it('the archive holds the folder\'s tiles byte for byte, an empty file being a tile the archive leaves out', async () => {
    const archive = new PMTiles(archiveSource(readFileSync(join(archived, 'tiles/communes.pmtiles'))));
    const folderTiles = files(join(folder, 'tiles', 'communes'));
    expect(folderTiles.length).toBeGreaterThan(10);
    for (const f of folderTiles) {
      const [z, x, y] = f.match(/(\d+)\/(\d+)\/(\d+)\.pbf$/)!.slice(1).map(Number) as [number, number, number];
      const found = await archive.getZxy(z, x, y);
      expect(found ? Buffer.from(found.data) : Buffer.alloc(0), `${z}/${x}/${y}`).toEqual(readFileSync(f));
    }
    expect(await archive.getMetadata()).toEqual({ name: 'communes', vector_layers: [{ id: 'communes', fields: { id: 'String', geometryQuality: 'String' }, minzoom: 4, maxzoom: 8 }] });
  });

  it('the map reads the archive through the pmtiles protocol, with the manifest\'s zooms and bounds; the panels read the attribute table', async () => {
    const { dataset, reports } = await loadCheckedDataset(`${archived}/`, { fetch: async (url) => new Response(await readFile(url)) });
    expect(reports.find((r) => r.layer === 'communes')!.file).toBe(`${archived}/tiles/communes.attributes.json`);
    expect(dataset.communes.features).toHaveLength(49);
    const s = buildStyle({ dataset, lang: 'vi', layers: [...TOGGLE_LAYERS], choropleth: buildChoropleth(dataset, 'borderKmEst'), baseUrl: 'http://localhost/maps/atlas/' });
    expect(s.sources.communes).toEqual({
      type: 'vector', tiles: [`pmtiles://http://localhost${archived}/tiles/communes.pmtiles/{z}/{x}/{y}`], minzoom: 4, maxzoom: 8,
      bounds: [102.283, 18.54988, 105.29837, 22.8139], promoteId: 'id',
    });
  });

  it('a folder run after it removes the archive: the layer ships one way', async () => {
    await runTiles([archived, '--maxzoom', '5']);
    expect(existsSync(join(archived, 'tiles/communes.pmtiles'))).toBe(false);
    expect(manifestOf().tiles.communes.format).toBe('pbf');
  });
});
