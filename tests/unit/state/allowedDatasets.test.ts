import { describe, expect, it } from 'vitest';
import { allowedDatasets } from '../../../src/state/allowedDatasets.ts';

describe('allowedDatasets(meta content)', () => {
  it('allows only the default dataset when the page lists none', () => {
    expect(allowedDatasets(null)).toEqual(['data/demo']);
    expect(allowedDatasets('')).toEqual(['data/demo']);
  });

  it('adds the folders the page lists, without trailing slashes, and drops paths that leave the site', () => {
    expect(allowedDatasets('data/national/  ../secret /etc https://evil.example/data data/demo')).toEqual(['data/demo', 'data/national']);
  });
});
