import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { loadCheckedDataset } from '../../src/data/loadDataset.ts';
import type { TiledLayer } from '../../src/data/types.ts';
import { withDerivedFacts } from '../../src/geo/withDerivedFacts.ts';
import type { CliResult } from '../cli/CliResult.ts';
import { attributeTable } from './attributeTable.ts';
import { makeTiles } from './makeTiles.ts';
import { parseTilesArgs, USAGE } from './parseTilesArgs.ts';
import { writePmtiles } from './writePmtiles.ts';

/** What the tiles keep of each feature: the id for picking, colours and highlights; the quality for the outline's dash. */
const TILE_PROPERTIES = ['id', 'geometryQuality'];

/**
 * Writes each asked layer of a dataset folder as vector tiles, a folder
 * (`tiles/<layer>/{z}/{x}/{y}.pbf`) or one PMTiles archive
 * (`tiles/<layer>.pmtiles`, `--format pmtiles`), with its attribute table
 * (`tiles/<layer>.attributes.json`), and names both in the manifest. The
 * layer is read from its GeoJSON file, checked as the app checks it, with
 * what the app derives from outlines (a commune's border status) derived
 * here: without the outlines the app could not.
 */
export async function runTiles(argv: readonly string[]): Promise<CliResult> {
  const args = parseTilesArgs(argv);
  if (typeof args === 'string') return { code: 2, stdout: '', stderr: `${args}\n${USAGE}\n` };
  const manifestFile = join(args.folder, 'manifest.json');
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    return { code: 1, stdout: '', stderr: `${manifestFile}: expected a readable JSON manifest, found ${err instanceof Error ? err.message : String(err)}.\n` };
  }
  // The layers' GeoJSON files, not earlier tiles' attribute tables: the tiles are made again from the source of truth.
  const { tiles: _old, ...untiled } = raw;
  const fetch = async (url: string) => new Response(url === manifestFile ? JSON.stringify(untiled) : readFileSync(url));
  const { dataset, reports } = await loadCheckedDataset(`${args.folder}/`.replace(/\/+$/, '/'), { fetch: (url) => fetch(url.replace(/\/\/+/g, '/')) });
  const derived = withDerivedFacts(dataset, new Set());
  const stdout: string[] = [];
  const stderr: string[] = [];
  const entries: Record<string, TiledLayer> = { ...((_old ?? {}) as Record<string, TiledLayer>) };
  for (const layer of args.layers) {
    const report = reports.find((r) => r.layer === layer);
    const left = report ? report.total - report.valid.length : 0;
    if (left > 0) stderr.push(`warning: ${report!.file}: ${left} feature(s) fail the checks and are left out of the tiles; npm run validate says why.\n`);
    const fc = derived[layer] as unknown as FeatureCollection<Geometry, Record<string, unknown>>;
    const { tiles, bounds } = makeTiles(fc, { sourceLayer: layer, minzoom: args.minzoom, maxzoom: args.maxzoom, keep: TILE_PROPERTIES });
    const dir = join(args.folder, 'tiles', layer);
    const archive = `tiles/${layer}.pmtiles`;
    // An earlier run's tiles go, in either format: the layer ships one way, and no stale tile outlives its feature.
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(args.folder, archive), { force: true });
    if (args.format === 'pbf') {
      for (const t of tiles) {
        const file = join(dir, String(t.z), String(t.x), `${t.y}.pbf`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, t.bytes);
      }
    }
    const attributes = `tiles/${layer}.attributes.json`;
    mkdirSync(join(args.folder, 'tiles'), { recursive: true });
    const table = attributeTable(fc);
    writeFileSync(join(args.folder, attributes), `{"type":"FeatureCollection","features":[\n${table.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
    if (!bounds) return { code: 1, stdout: stdout.join(''), stderr: `${stderr.join('')}${report?.file ?? layer}: expected features to cut into tiles, found none.\n` };
    // Rounded outwards to 6 decimals (about 0.1 m): the manifest stays readable and the bounds still hold every feature.
    const out = (v: number, up: boolean) => (up ? Math.ceil(v * 1e6) : Math.floor(v * 1e6)) / 1e6;
    const box: TiledLayer['bounds'] = [out(bounds[0], false), out(bounds[1], false), out(bounds[2], true), out(bounds[3], true)];
    const zooms = { minzoom: args.minzoom, maxzoom: args.maxzoom };
    let bytes = tiles.reduce((sum, t) => sum + t.bytes.byteLength, 0);
    if (args.format === 'pmtiles') {
      const fields = Object.fromEntries(TILE_PROPERTIES.map((k) => [k, 'String']));
      const written = writePmtiles(tiles, { ...zooms, bounds: box, metadata: { name: layer, vector_layers: [{ id: layer, fields, ...zooms }] } });
      writeFileSync(join(args.folder, archive), written);
      bytes = written.byteLength;
    }
    const url = args.format === 'pmtiles' ? archive : `tiles/${layer}/{z}/{x}/{y}.pbf`;
    entries[layer] = { format: args.format, url, sourceLayer: layer, ...zooms, bounds: box, attributes };
    const full = tiles.filter((t) => t.bytes.byteLength > 0).length;
    const empty = `${tiles.length - full} empty ones over its extent${args.format === 'pmtiles' ? ' left out, read as empty' : ''}`;
    const where = args.format === 'pmtiles' ? `in one PMTiles archive ${archive}` : `in tiles/${layer}/`;
    stdout.push(`${layer}: ${fc.features.length} features, ${full} tiles (and ${empty}; zoom ${args.minzoom}–${args.maxzoom}, ${(bytes / 1024).toFixed(0)} KB) ${where}, attribute table ${attributes}\n`);
  }
  writeFileSync(manifestFile, `${JSON.stringify({ ...raw, tiles: entries }, null, 1)}\n`);
  stdout.push(`${manifestFile}: "tiles" names ${Object.keys(entries).join(', ')}\n`);
  return { code: 0, stdout: stdout.join(''), stderr: stderr.join('') };
}
