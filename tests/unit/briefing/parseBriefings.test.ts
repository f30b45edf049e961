import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBriefings } from '../../../src/briefing/parseBriefings.ts';
import { BriefingStore, mergeBriefings } from '../../../src/briefing/briefingStore.ts';
import type { Briefing } from '../../../src/briefing/Briefing.ts';

const demo = JSON.parse(readFileSync('data/demo/briefings.json', 'utf8')) as unknown;

describe('parseBriefings(json, file)', () => {
  it('reads the demo briefing: at least 5 slides, each with a title, notes and a view', () => {
    const [story] = parseBriefings(demo, 'briefings.json');
    expect(story!.id).toBe('demo-story');
    expect(story!.slides.length).toBeGreaterThanOrEqual(5);
    for (const s of story!.slides) expect(s.title.length * s.notes.length).toBeGreaterThan(0);
  });

  it('names the briefing, slide and key at fault, with what it expected and got', () => {
    const broken = structuredClone(demo) as { slides: { view: { radius: unknown } }[] }[];
    broken[0]!.slides[1]!.view.radius = 70;
    expect(() => parseBriefings(broken, 'b.json')).toThrow('b.json, briefing 0, slide 2, view.radius: expected a whole number of km from 1 to 50, got 70.');
    expect(() => parseBriefings({ id: 'has space', title: 't', slides: [] }, 'one.json')).toThrow('one.json, id: expected letters, digits, - or _ (1 to 64), got "has space".');
  });
});

describe('BriefingStore', () => {
  const briefing = (id: string, title: string): Briefing => ({ id, title, slides: [] });

  it('saves per dataset, loads back, and lays the user\'s copy over the shipped briefing of the same id', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    new BriefingStore(storage, 'demo').save([briefing('demo-story', 'Bản của tôi'), briefing('mine', 'Mới')]);
    expect(new BriefingStore(storage, 'other').load()).toEqual([]);
    const saved = new BriefingStore(storage, 'demo').load();
    expect(mergeBriefings([briefing('demo-story', 'Gốc'), briefing('shipped', 'Khác')], saved).map((b) => [b.id, b.title]))
      .toEqual([['demo-story', 'Bản của tôi'], ['shipped', 'Khác'], ['mine', 'Mới']]);
  });

  it('starts afresh from a store it cannot read, rather than failing', () => {
    const storage = { getItem: () => '{not json', setItem: () => {} };
    expect(new BriefingStore(storage, 'demo').load()).toEqual([]);
  });
});
