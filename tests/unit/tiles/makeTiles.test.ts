import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { attributeTable } from '../../../scripts/tiles/attributeTable.ts';
import { makeTiles, tileAt } from '../../../scripts/tiles/makeTiles.ts';

const square = (x: number, y: number, size: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] });

/** Two communes 3° apart (Lai Châu, Nghệ An's longitude), with more properties than the tiles keep. */
const fixture: FeatureCollection<Geometry, Record<string, unknown>> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { id: '03451', name: 'Xã A', geometryQuality: 'schematic', provinceId: '12', centre: [102.05, 22.05] }, geometry: square(102, 22, 0.1) },
    { type: 'Feature', properties: { id: '03448', name: 'Xã B', geometryQuality: 'official', provinceId: '12', centre: [105.05, 22.05] }, geometry: square(105, 22, 0.1) },
  ],
};
const options = { sourceLayer: 'communes', minzoom: 4, maxzoom: 8, keep: ['id', 'geometryQuality'] };

/** The features of one tile as MapLibre's own decoder reads them, with their outline in degrees. */
function decode(bytes: Uint8Array, z: number, x: number, y: number) {
  const layer = new VectorTile(new PbfReader(bytes)).layers.communes!;
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i).toGeoJSON(x, y, z));
}

describe('makeTiles(layer, options)', () => {
  it('cuts every zoom level over the layer\'s extent, one tile per place, and returns that extent for the map to ask within', () => {
    const { tiles, bounds } = makeTiles(fixture, options);
    expect(bounds).toEqual([102, 22, 105.1, 22.1]);
    // Zoom 4 to 6: both squares in one tile; 7: one tile each; 8: one each and an empty one between (1.4° wide tiles).
    const perZoom = [4, 5, 6, 7, 8].map((z) => tiles.filter((t) => t.z === z));
    expect(perZoom.map((ts) => ts.length)).toEqual([1, 1, 1, 2, 3]);
    expect(new Set(tiles.map((t) => `${t.z}/${t.x}/${t.y}`)).size).toBe(tiles.length);
    // The empty one is an empty file, which the map reads as a tile with nothing in it (a missing one would be a 404 in every console).
    expect(tiles.filter((t) => t.bytes.byteLength === 0).map((t) => `${t.z}/${t.x}`)).toEqual([`8/${tileAt(103.5, 22, 8)[0]}`]);
  });

  it('a commune lies in the tile that holds it, with its id and outline quality and nothing else', () => {
    const { tiles } = makeTiles(fixture, options);
    const [x, y] = tileAt(102.05, 22.05, 8);
    const tile = tiles.find((t) => t.z === 8 && t.x === x && t.y === y)!;
    const features = decode(tile.bytes, 8, x, y);
    expect(features.map((f) => f.properties)).toEqual([{ id: '03451', geometryQuality: 'schematic' }]);
    const ring = (features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
    // Within a tile's precision (4096 steps of 1.4° at zoom 8): the square's corners as given.
    for (const [lon, lat] of ring) {
      expect(Math.min(Math.abs(lon! - 102), Math.abs(lon! - 102.1))).toBeLessThan(0.001);
      expect(Math.min(Math.abs(lat! - 22), Math.abs(lat! - 22.1))).toBeLessThan(0.001);
    }
    const [x0, y0] = tileAt(102.05, 22.05, 4);
    expect(decode(tiles.find((t) => t.z === 4)!.bytes, 4, x0, y0).map((f) => f.properties?.id).sort()).toEqual(['03448', '03451']);
  });

  it('the same features give the same bytes', () => {
    const a = makeTiles(fixture, options).tiles;
    const b = makeTiles(structuredClone(fixture), options).tiles;
    expect(b.map((t) => [t.z, t.x, t.y, Buffer.from(t.bytes).toString('base64')])).toEqual(a.map((t) => [t.z, t.x, t.y, Buffer.from(t.bytes).toString('base64')]));
  });
});

describe('attributeTable(layer)', () => {
  it('keeps every property of every feature, with the bounding box as a rectangle for geometry', () => {
    const table = attributeTable(fixture);
    expect(table.features.map((f) => f.properties)).toEqual(fixture.features.map((f) => f.properties));
    expect(table.features[1]!.geometry).toEqual({ type: 'Polygon', coordinates: [[[105, 22], [105.1, 22], [105.1, 22.1], [105, 22.1], [105, 22]]] });
  });
});
