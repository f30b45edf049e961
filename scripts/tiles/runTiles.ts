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

/** What the tiles keep of each feature: the id for picking, colours and highlights; the quality for the outline's dash. */
const TILE_PROPERTIES = ['id', 'geometryQuality'];

/**
 * Writes each asked layer of a dataset folder as vector tiles
 * (`tiles/<layer>/{z}/{x}/{y}.pbf`) with its attribute table
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
    rmSync(dir, { recursive: true, force: true });
    for (const t of tiles) {
      const file = join(dir, String(t.z), String(t.x), `${t.y}.pbf`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, t.bytes);
    }
    const attributes = `tiles/${layer}.attributes.json`;
    const table = attributeTable(fc);
    writeFileSync(join(args.folder, attributes), `{"type":"FeatureCollection","features":[\n${table.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
    if (!bounds) return { code: 1, stdout: stdout.join(''), stderr: `${stderr.join('')}${report?.file ?? layer}: expected features to cut into tiles, found none.\n` };
    // Rounded outwards to 6 decimals (about 0.1 m): the manifest stays readable and the bounds still hold every feature.
    const out = (v: number, up: boolean) => (up ? Math.ceil(v * 1e6) : Math.floor(v * 1e6)) / 1e6;
    entries[layer] = {
      format: 'pbf', url: `tiles/${layer}/{z}/{x}/{y}.pbf`, sourceLayer: layer, minzoom: args.minzoom, maxzoom: args.maxzoom,
      bounds: [out(bounds[0], false), out(bounds[1], false), out(bounds[2], true), out(bounds[3], true)], attributes,
    };
    const bytes = tiles.reduce((sum, t) => sum + t.bytes.byteLength, 0);
    const full = tiles.filter((t) => t.bytes.byteLength > 0).length;
    stdout.push(`${layer}: ${fc.features.length} features, ${full} tiles (and ${tiles.length - full} empty ones over its extent; zoom ${args.minzoom}–${args.maxzoom}, ${(bytes / 1024).toFixed(0)} KB) in tiles/${layer}/, attribute table ${attributes}\n`);
  }
  writeFileSync(manifestFile, `${JSON.stringify({ ...raw, tiles: entries }, null, 1)}\n`);
  stdout.push(`${manifestFile}: "tiles" names ${Object.keys(entries).join(', ')}\n`);
  return { code: 0, stdout: stdout.join(''), stderr: stderr.join('') };
}
