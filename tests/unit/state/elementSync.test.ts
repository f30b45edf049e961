import { describe, expect, it } from 'vitest';
import { ElementSync } from '../../../src/state/elementSync.ts';

/** An element as ElementSync reads it: its attributes, changed as a page's script would. */
function element(attrs: Record<string, string>) {
  return { attrs, getAttribute: (k: string) => attrs[k] ?? null } as unknown as Element & { attrs: Record<string, string> };
}

describe('ElementSync: <border-atlas> attributes as state', () => {
  it('keeps the dataset address the page gave, absolute too, when another attribute changes (never re-checked as a link\'s)', () => {
    const el = element({ dataset: '/maps/atlas/data/demo', select: '12' });
    const sync = new ElementSync(el, () => {});
    expect(sync.read()).toMatchObject({ dataset: '/maps/atlas/data/demo', select: '12', embed: true });
    el.attrs.select = '40';
    el.attrs.lang = 'en';
    expect(sync.read()).toMatchObject({ dataset: '/maps/atlas/data/demo', select: '40', lang: 'en' });
  });

  it('checks every other attribute as a URL key: a selection no link could carry is dropped', () => {
    const sync = new ElementSync(element({ dataset: 'data/demo', select: 'x'.repeat(500) }), () => {});
    expect(sync.read().select).toBeNull();
  });

  it('reads a period attribute as the URL key, as <border-atlas period="2021-01-01--2021-12-31">', () => {
    expect(new ElementSync(element({ stat: 'outreach_sessions', period: '2021-01-01--2021-12-31' }), () => {}).read()).toMatchObject({ stat: 'outreach_sessions', period: '2021-01-01--2021-12-31' });
  });
});
