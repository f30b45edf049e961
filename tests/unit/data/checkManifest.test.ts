import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../../src/data/checkManifest.ts';
import { DatasetLoadError } from '../../../src/data/DatasetLoadError.ts';

const demo = JSON.parse(readFileSync('data/demo/manifest.json', 'utf8')) as Record<string, unknown>;

describe('checkManifest(json, file)', () => {
  it('reads an older manifest\'s "publisher" as the outlet and takes a source without a kind for a report', () => {
    const m = checkManifest({ ...demo, sources: [{ id: 'a', title: 'Bài cũ', publisher: 'Báo X', date: null }] }, 'manifest.json');
    expect(m.sources).toEqual([{ id: 'a', kind: 'report', title: 'Bài cũ', outlet: 'Báo X', date: null }]);
  });

  it('keeps the demo\'s sources as written', () => {
    expect(checkManifest(demo, 'manifest.json').sources).toEqual(demo.sources);
  });

  it('names the source that has no id', () => {
    expect(() => checkManifest({ ...demo, sources: [{ id: 'a' }, { title: 'x' }] }, 'manifest.json')).toThrow(DatasetLoadError);
    expect(() => checkManifest({ ...demo, sources: [{ id: 'a' }, { title: 'x' }] }, 'manifest.json')).toThrow(/sources\[1\]/);
  });
});
