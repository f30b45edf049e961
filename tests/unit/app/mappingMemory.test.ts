import { describe, expect, it } from 'vitest';
import { MappingMemory, parseStoredMapping, shapeKey, type KeyValue } from '../../../src/app/mappingMemory.ts';

/** localStorage as a Map, as the briefing store's tests hand it. */
function mapStorage(): KeyValue & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('shapeKey(layer, property names)', () => {
  it('is the same for the same names in any order, and differs by layer and by names', () => {
    expect(shapeKey('communes', ['TEN', 'MA'])).toBe(shapeKey('communes', ['MA', 'TEN', 'MA']));
    expect(shapeKey('communes', ['MA', 'TEN'])).not.toBe(shapeKey('facilities', ['MA', 'TEN']));
    expect(shapeKey('communes', ['MA', 'TEN'])).not.toBe(shapeKey('communes', ['MA', 'TEN', 'DIEN_TICH']));
    expect(shapeKey('communes', ['MA', 'TEN'])).toMatch(/^border-atlas:mapping:/);
  });
});

describe('parseStoredMapping(text, layer, names)', () => {
  const names = ['MA', 'TEN'];

  it('keeps our layer’s properties mapped to names the file has', () => {
    expect(parseStoredMapping('{"id":"MA","name":"TEN"}', 'communes', names)).toEqual({ id: 'MA', name: 'TEN' });
  });

  it('reads anything else as no mapping: not JSON, not an object, unknown keys, names the file lacks, values that are not text', () => {
    for (const text of [null, '', 'not json', '[]', '"id"', 'null', '42', '{"nope":"MA"}', '{"id":"GONE"}', '{"id":5}', '{"id":{"x":1}}', '{"__proto__":"MA"}', `{"id":"${'M'.repeat(20_000)}"}`]) {
      expect(parseStoredMapping(text, 'communes', names), String(text).slice(0, 20)).toBeNull();
    }
    expect(parseStoredMapping('{"id":"MA","kind":"TEN"}', 'communes', names)).toEqual({ id: 'MA' });
  });
});

describe('MappingMemory', () => {
  it('recalls a choice for a file of the same shape, and not for another', () => {
    const storage = mapStorage();
    const memory = new MappingMemory(storage);
    memory.remember('communes', ['MA', 'TEN'], { id: 'MA', name: 'TEN' });
    expect(new MappingMemory(storage).recall('communes', ['TEN', 'MA'])).toEqual({ id: 'MA', name: 'TEN' });
    expect(memory.recall('communes', ['MA', 'TEN', 'X'])).toBeNull();
    expect(memory.recall('markers', ['MA', 'TEN'])).toBeNull();
  });

  it('forgets nothing and breaks nothing where storage is missing or throws', () => {
    const throwing: KeyValue = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } };
    for (const memory of [new MappingMemory(null), new MappingMemory(throwing)]) {
      expect(() => memory.remember('communes', ['MA'], { id: 'MA' })).not.toThrow();
      expect(memory.recall('communes', ['MA'])).toBeNull();
    }
  });

  it('reads a hostile stored value as none', () => {
    const storage = mapStorage();
    storage.setItem(shapeKey('communes', ['MA']), '{"id":"MA","constructor":"MA","name":["MA"]}');
    expect(new MappingMemory(storage).recall('communes', ['MA'])).toEqual({ id: 'MA' });
  });
});
