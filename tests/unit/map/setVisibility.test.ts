import { describe, expect, it } from 'vitest';
import { setVisibility } from '../../../src/map/setVisibility.ts';

/** A style's layout properties, and every set MapLibre would redraw for. */
function fakeMap(layout: Record<string, string | undefined>) {
  const sets: string[] = [];
  return {
    sets,
    map: {
      getLayoutProperty: (id: string) => layout[id],
      setLayoutProperty: (id: string, _name: string, value: string) => {
        sets.push(`${id}=${value}`);
        layout[id] = value;
      },
    } as unknown as Parameters<typeof setVisibility>[0],
  };
}

describe('setVisibility(map, id, visible)', () => {
  it('sets a layer whose visibility changes', () => {
    const m = fakeMap({ rings: 'none', border: 'visible' });
    setVisibility(m.map, 'rings', true);
    setVisibility(m.map, 'border', false);
    expect(m.sets).toEqual(['rings=visible', 'border=none']);
  });

  it('leaves a layer already so alone, since MapLibre redraws the whole map on any set', () => {
    const m = fakeMap({ rings: 'none', border: 'visible' });
    setVisibility(m.map, 'rings', false);
    setVisibility(m.map, 'border', true);
    expect(m.sets).toEqual([]);
  });

  it('takes a layer with no visibility set as visible', () => {
    const m = fakeMap({ labels: undefined });
    setVisibility(m.map, 'labels', true);
    setVisibility(m.map, 'labels', false);
    expect(m.sets).toEqual(['labels=none']);
  });
});
