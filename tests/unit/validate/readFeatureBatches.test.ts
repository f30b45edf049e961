import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NotPlainJson, readFeatureBatches } from '../../../src/validate/readFeatureBatches.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

/** The batches put together as one value, or null where they cannot give it. */
function parseFeatureBytes(b: Uint8Array): Record<string, unknown> | null {
  const read = readFeatureBatches(b);
  if (!read) return null;
  const features: unknown[] = [];
  try {
    for (let batch = read.next(); batch !== null; batch = read.next()) features.push(...batch);
  } catch (err) {
    if (err instanceof NotPlainJson) return null;
    throw err;
  }
  return { ...read.value, features };
}

describe('readFeatureBatches(bytes)', () => {
  it('gives each demo layer the value JSON.parse gives its whole text', () => {
    for (const name of ['communes', 'countries', 'facilities', 'markers', 'border-line', 'twin-pairs', 'provinces']) {
      const file = readFileSync(`data/demo/${name}.geojson`);
      expect(parseFeatureBytes(file)).toEqual(JSON.parse(file.toString('utf8')));
    }
  });

  it.each([
    ['an empty features array, with or without spaces', '{"type":"FeatureCollection","features":[ ]}'],
    ['other members before and after, and a nested "features" member left alone', ' {"a":{"features":[1]},"features":[{"x":[1,2]}, "s,]\\"" , null],"b":[1,2]}'],
    ['text beyond Latin-1', '{"features":[{"properties":{"name":"Đồn Biên phòng Ka Lăng"}}]}'],
    ['a text member that reads "features"', '{"x":"features","features":[3]}'],
    ['spaces around the name, the colon and the commas', '{"features" : [ 4 , 5 ] }'],
  ])('reads %s as JSON.parse does', (_, text) => {
    expect(parseFeatureBytes(bytes(text))).toEqual(JSON.parse(text));
  });

  it('reads more than a megabyte of features, parsed a batch at a time, in order', () => {
    const features = Array.from({ length: 20_000 }, (_, i) => ({ type: 'Feature', properties: { id: `f${i}`, name: 'Xã '.repeat(i % 7) }, geometry: null }));
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    expect(text.length).toBeGreaterThan(1 << 20);
    expect(parseFeatureBytes(bytes(text))).toEqual(JSON.parse(text));
  });

  it.each([
    ['an empty element', '{"features":[1,,2]}'],
    ['a trailing comma', '{"features":[1,]}'],
    ['the member named twice', '{"features":[1],"features":[2]}'],
    ['a name JSON.parse may read as "features"', '{"feat\\u0075res":[1],"features":[2]}'],
    ['text after the object', '{"features":[1]} x'],
    ['NaN', '{"features":[NaN]}'],
    ['a byte-order mark before the object', '\uFEFF{"features":[1]}'],
    ['a byte-order mark inside the array', '{"features":[\uFEFF1]}'],
    ['a cut-short file', '{"features":[1]'],
    ['features that are not an array', '{"features":{}}'],
    ['a top-level array', '[1,2]'],
  ])('leaves %s to the whole-text parser, which says what is wrong', (_, text) => {
    expect(parseFeatureBytes(bytes(text))).toBeNull();
  });

  it('leaves bytes that are not UTF-8 to the whole-text decoder', () => {
    const b = bytes('{"features":[{"name":"xx"}]}');
    b[22] = 0xff;
    expect(parseFeatureBytes(b)).toBeNull();
  });

  it('parses the features in batches small enough to die young, the first holding at least the features asked for', () => {
    const features = Array.from({ length: 5_000 }, (_, i) => ({ type: 'Feature', properties: { id: `f${i}`, name: `Đồn ${i}` }, geometry: { type: 'Point', coordinates: [103, 22] } }));
    const read = readFeatureBatches(bytes(JSON.stringify({ type: 'FeatureCollection', features })), 2_000)!;
    expect(read.count).toBe(5_000);
    const sizes: number[] = [];
    for (let batch = read.next(); batch !== null; batch = read.next()) sizes.push(batch.length);
    expect(sizes[0]).toBeGreaterThanOrEqual(2_000);
    // 48 KB of bytes a batch, about 400 of these features: under the 128 KB of text V8 keeps among young objects.
    expect(Math.max(...sizes.slice(1))).toBeLessThan(600);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(5_000);
  });

  it('throws NotPlainJson where a batch past the first does not parse, so the caller can read the whole text', () => {
    const features = Array.from({ length: 3_000 }, (_, i) => ({ type: 'Feature', properties: { id: `f${i}` }, geometry: null }));
    const text = JSON.stringify({ type: 'FeatureCollection', features }).replace('"f2999"', 'NaN');
    const read = readFeatureBatches(bytes(text))!;
    expect(read).not.toBeNull();
    expect(() => {
      while (read.next() !== null);
    }).toThrow(NotPlainJson);
  });
});

