import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types.ts';
import { areaFacts } from '../../../src/ui/areaFacts.ts';
import { tinyDataset } from '../tinyDataset.ts';

describe('values the checks let through render, never throw (issue 13)', () => {
  it('a facility of a kind the app has no words for, and a twin pair without its partner\'s country, list their facts in both languages', () => {
    const d: Dataset = tinyDataset();
    const s = d.facilities.features[0]!;
    const bogus = { ...s, properties: { ...s.properties, kind: 'bogus' } } as unknown as Dataset['facilities']['features'][number];
    const pair = {
      type: 'Feature', geometry: { type: 'LineString', coordinates: [[103.2, 22.5], [103.1, 22.6]] },
      properties: { id: 'pair-1', kind: 'twin', name: 'Bản A – Bản B', vnVillage: 'Bản A', partnerVillage: 'Bản B', pairKind: 'village', geometryQuality: 'schematic', provinceId: '12', sourceIds: ['s'] },
    } as unknown as Dataset['twinPairs']['features'][number];
    const withPair: Dataset = { ...d, twinPairs: { ...d.twinPairs, features: [pair] } };
    for (const lang of ['vi', 'en'] as const) {
      const facility = areaFacts(withPair, { layer: 'facilities', feature: bogus }, lang);
      const twin = areaFacts(withPair, { layer: 'twinPairs', feature: pair }, lang);
      for (const f of [...facility, ...twin]) expect(f.text ?? f.links).toBeDefined();
      expect(JSON.stringify([facility, twin])).not.toMatch(/undefined|NaN/);
    }
    expect(areaFacts(withPair, { layer: 'twinPairs', feature: pair }, 'en')[0]?.text).toBe('Bản B (not recorded)');
  });
});
