import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../../src/validate/validateFiles.ts';
import { emptyContext } from '../../../src/validate/ValidationContext.ts';
import { summarize } from '../../../src/validate/summarize.ts';
import { formatReport } from '../../../src/validate/formatReport.ts';
import { MAX_PER_CODE } from '../../../src/validate/capProblems.ts';

describe('problems past a thousand of one kind', () => {
  // 5,000 stations, each with a kind the format does not have and a border length as text: two problems each.
  const features = Array.from({ length: 5000 }, (_, i) => ({
    type: 'Feature', properties: { id: `s${i}`, name: 'Đồn', kind: 'fort', borderKm: '12 km' }, geometry: { type: 'Point', coordinates: [103, 22] },
  }));
  const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
  const [r] = validateFiles([{ name: 'many.geojson', bytes, layer: 'facilities' }], emptyContext());

  it(`are listed up to ${MAX_PER_CODE} per kind and counted beyond, so a broken file never makes a report larger than the page can hold`, () => {
    expect(r!.problems.filter((p) => p.code === 'bad-value')).toHaveLength(MAX_PER_CODE);
    expect(r!.problems.filter((p) => p.code === 'wrong-type')).toHaveLength(MAX_PER_CODE);
    expect(r!.omitted).toEqual([{ code: 'bad-value', severity: 'error', count: 4000 }, { code: 'wrong-type', severity: 'error', count: 4000 }]);
  });

  it('still count in the file’s totals and the CLI says how many were not listed', () => {
    expect(summarize(r!)).toMatchObject({ total: 5000, valid: 0, errors: 10_000 });
    expect(formatReport([r!])).toContain('many.geojson: 4000 more problem(s) of this kind, counted and not listed [bad-value]');
  });
});

describe('a layer larger than the map can draw', () => {
  it('is refused as a whole before any feature is checked, naming the limit and the count', () => {
    const point = '{"type":"Feature","properties":{"id":"m","name":"M"},"geometry":{"type":"Point","coordinates":[103,22]}}';
    const bytes = new TextEncoder().encode(`{"type":"FeatureCollection","features":[${Array(100_001).fill(point).join(',')}]}`);
    const [r] = validateFiles([{ name: 'markers.geojson', bytes, layer: 'markers' }], emptyContext());
    expect(r!.valid).toEqual([]);
    expect(r!.problems).toHaveLength(1);
    expect(formatReport([r!])).toContain('markers.geojson: expected at most 100000 features in the layer Border markers, what the map can draw in a browser, found 100001 features. [too-many-features]');
  });
});
