import { describe, expect, it } from 'vitest';
import { validateFile } from '../../../src/validate/validateFile.ts';
import { emptyContext } from '../../../src/validate/ValidationContext.ts';
import { describeProblem } from '../../../src/validate/Problem.ts';

/** Stations enough for a file of about 1.9 MB: read in batches of features, not as one text. */
function stations(n = 10_000) {
  return Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    properties: { id: `st-${i}`, name: `Đồn Biên phòng ${i}`, kind: 'station' },
    geometry: { type: 'Point', coordinates: [103 + (i % 100) / 100, 22 + (i % 7) / 10] },
  }));
}

const file = (features: unknown[], replace?: [string, string]) => {
  let text = JSON.stringify({ type: 'FeatureCollection', features });
  if (replace) text = text.replace(replace[0], replace[1]);
  return new TextEncoder().encode(text);
};

describe('a large file, checked a batch of features at a time', () => {
  it('reports every feature by its index across batches, and loads the rest as they are in the file', () => {
    const features = stations();
    features[9_000]!.properties.id = 'st-10';
    (features[5_000] as { geometry: unknown }).geometry = null;
    (features[7_000]!.properties as Record<string, unknown>).id = 7000;
    const bytes = file(features);
    expect(bytes.byteLength).toBeGreaterThan(1024 * 1024);
    const r = validateFile({ name: 'big.geojson', bytes, layer: 'facilities' }, emptyContext());
    expect(r.total).toBe(10_000);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.index])).toEqual([['null-geometry', 5_000], ['duplicate-id', 9_000]]);
    expect(describeProblem(r.problems.find((p) => p.code === 'duplicate-id')!, 'en')).toContain('10');
    expect(r.valid).toHaveLength(9_998);
    expect(r.valid[0]!.value).toEqual(features[0]);
    // A numeric id is read as text, and the feature loads carrying it.
    expect(r.valid.find((v) => v.index === 7_000)!.value.properties).toMatchObject({ id: '7000' });
  });

  it('is read whole after all when a late feature holds NaN, and says so as for a small file', () => {
    const bytes = file(stations(), ['[103.99,22.3]}}]}', '[NaN,22.3]}}]}']);
    const r = validateFile({ name: 'big.geojson', bytes, layer: 'facilities' }, emptyContext());
    expect(r.problems.map((p) => p.code)).toEqual(['non-finite-number', 'bad-coordinate']);
    expect(r.problems[1]!.index).toBe(9_999);
    expect(r.valid).toHaveLength(9_999);
  });

  it('names the first byte that is not UTF-8, even far into the file, and its progress never goes back', () => {
    const bytes = file(stations());
    const at = bytes.byteLength - 1_000;
    bytes[at] = 0xff;
    const progress: number[] = [];
    const r = validateFile({ name: 'big.geojson', bytes, layer: 'facilities' }, emptyContext(), (done, total) => progress.push(done / total));
    expect(r.problems.map((p) => p.code)).toEqual(['not-utf8']);
    expect(describeProblem(r.problems[0]!, 'en')).toContain(String(at));
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });
});
