import { TILE_FORMATS, TILED_LAYER_KEYS, type TileFormat, type TiledLayerKey } from '../../src/data/types.ts';

export const USAGE = `usage: npm run tiles -- <dataset folder> [--layers ${TILED_LAYER_KEYS.join(',')}] [--minzoom N] [--maxzoom N] [--format ${TILE_FORMATS.join('|')}]`;

export interface TilesArgs {
  folder: string;
  layers: TiledLayerKey[];
  minzoom: number;
  maxzoom: number;
  /** A folder of tiles (pbf, the default) or one PMTiles archive. */
  format: TileFormat;
}

/** Zoom 4 is as far out as the map goes; past 10 a commune's outline gains nothing the map could show, MapLibre magnifies the last level. */
const DEFAULTS = { minzoom: 4, maxzoom: 10 };

/** The command line, or a message saying what is wrong with it. */
export function parseTilesArgs(argv: readonly string[]): TilesArgs | string {
  let folder: string | null = null;
  const out = { layers: ['communes'] as TiledLayerKey[], format: 'pbf' as TileFormat, ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = argv[i + 1];
    if (a === '--layers') {
      if (!value) return '--layers: expected a list of layers, found nothing.';
      const layers = value.split(',').filter((l) => l !== '');
      const bad = layers.find((l) => !(TILED_LAYER_KEYS as readonly string[]).includes(l));
      if (bad !== undefined || layers.length === 0) return `--layers: expected one or more of ${TILED_LAYER_KEYS.join(', ')}, found "${bad ?? value}".`;
      out.layers = layers as TiledLayerKey[];
      i++;
    } else if (a === '--minzoom' || a === '--maxzoom') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 22) return `${a}: expected a whole zoom level from 0 to 22, found "${value ?? ''}".`;
      out[a === '--minzoom' ? 'minzoom' : 'maxzoom'] = n;
      i++;
    } else if (a === '--format') {
      if (!(TILE_FORMATS as readonly (string | undefined)[]).includes(value)) return `--format: expected ${TILE_FORMATS.join(' or ')}, found "${value ?? ''}".`;
      out.format = value as TileFormat;
      i++;
    } else if (a.startsWith('--')) return `${a}: unknown option.`;
    else if (folder === null) folder = a;
    else return `${a}: expected one dataset folder, found a second one.`;
  }
  if (folder === null) return 'expected a dataset folder (the one holding manifest.json), found none.';
  if (out.minzoom > out.maxzoom) return `--minzoom ${out.minzoom} is above --maxzoom ${out.maxzoom}.`;
  return { folder, ...out };
}
