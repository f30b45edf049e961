import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packTable, tableBuffers, unpackTable } from '../../../src/validate/packTable.ts';

const roundTrip = (rows: unknown[]) => unpackTable(structuredClone(packTable(rows)));

describe('packTable(rows): checked rows packed for the page', () => {
  it('gives back the demo\'s features and activity records as they were, key order included', () => {
    for (const file of ['communes.geojson', 'facilities.geojson', 'countries.geojson', 'twin-pairs.geojson']) {
      const features = (JSON.parse(readFileSync(`data/demo/${file}`, 'utf8')) as { features: unknown[] }).features;
      const back = roundTrip(features);
      expect(back, file).toStrictEqual(features);
      expect(JSON.stringify(back)).toBe(JSON.stringify(features));
    }
    const records = JSON.parse(readFileSync('data/demo/activity.json', 'utf8')) as unknown[];
    expect(JSON.stringify(roundTrip(records))).toBe(JSON.stringify(records));
  });

  it('keeps -0, NaN, null, undefined, booleans, empty arrays and rows of other shapes or kinds', () => {
    const rows = [
      { a: -0, b: NaN, c: null, d: undefined, e: true, f: [], g: [[]] },
      { b: 'x', a: 1 },
      { a: 2, b: 3, c: 'y', d: 4, e: false, f: [1, [2]], g: [[1, 2], [3, 4, 5]] },
      'a text', 7, null, [1, 2],
      { nested: { deeper: { value: 'z' } }, list: [{ k: 1 }] },
    ];
    const back = roundTrip(rows);
    expect(back).toStrictEqual(rows);
    expect(Object.is((back[0] as { a: number }).a, -0)).toBe(true);
    expect(Object.keys(back[1] as object)).toEqual(['b', 'a']);
  });

  it('keys that could run together stay apart', () => {
    const rows = [{ 'a\u0000b': 1 }, { a: 2, b: 3 }];
    expect(roundTrip(rows)).toStrictEqual(rows);
  });

  it('makes equal texts one string, and puts numbers and coordinates in buffers to hand over', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ metric: 'patrols', value: i, geometry: { type: 'Point', coordinates: [105 + i / 100, 21] } }));
    const packed = packTable(rows);
    expect(packed.strings).toEqual(['patrols', 'Point']);
    // The rows' shapes, metric (as places in the text table) and value; the geometries' shapes, type, and coordinates' counts and numbers.
    expect(tableBuffers(packed).length).toBe(7);
    expect(unpackTable(packed)).toStrictEqual(rows);
  });
});
