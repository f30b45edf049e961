import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeatureBytes } from '../../../src/validate/parseFeatureBytes.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('parseFeatureBytes(bytes)', () => {
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
});
