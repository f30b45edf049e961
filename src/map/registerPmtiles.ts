import * as maplibregl from 'maplibre-gl';
import type { Manifest } from '../data/types.ts';

let registered = false;

/**
 * Lets MapLibre read `pmtiles://` tile addresses (tiledSource) when the
 * dataset ships a layer as a PMTiles archive. The pmtiles package itself is
 * fetched with the first tile asked for, not with the page: a dataset
 * without an archive never loads it, and the first load's script stays as
 * it was. Protocols are global to MapLibre, so once is enough.
 */
export function registerPmtiles(manifest: Pick<Manifest, 'tiles'>): void {
  if (registered || !Object.values(manifest.tiles ?? {}).some((t) => t.format === 'pmtiles')) return;
  registered = true;
  maplibregl.addProtocol('pmtiles', (params, abort) => import('./pmtilesProtocol.ts').then((m) => m.pmtilesTile(params, abort)));
}
