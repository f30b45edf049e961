import { describe, expect, it } from 'vitest';
import { drawWhenSeen } from '../../../src/ui/drawWhenSeen.ts';

/** A document whose window has intersection observers the test fires by hand. */
function fakeDoc() {
  const observers: Observer[] = [];
  class Observer {
    watched = new Set<Element>();
    constructor(private cb: (entries: { isIntersecting: boolean; target: Element }[]) => void, readonly init: IntersectionObserverInit & { scrollMargin?: string } = {}) {
      observers.push(this);
    }
    observe(e: Element) { this.watched.add(e); }
    unobserve(e: Element) { this.watched.delete(e); }
    disconnect() { this.watched.clear(); }
    fire(target: Element, isIntersecting = true) { if (this.watched.has(target)) this.cb([{ isIntersecting, target }]); }
  }
  return { doc: { defaultView: { IntersectionObserver: Observer } } as unknown as Document, observers };
}

const element = (name: string) => ({ name }) as unknown as Element;

describe('drawWhenSeen', () => {
  it('draws at once where the page has no intersection observer', () => {
    let drawn = 0;
    drawWhenSeen({ defaultView: {} } as unknown as Document).later(element('a'), () => drawn++);
    expect(drawn).toBe(1);
  });

  it('draws nothing before it starts, then an element when it comes into view, once', () => {
    const { doc, observers } = fakeDoc();
    const charts = drawWhenSeen(doc);
    const drawn: string[] = [];
    const a = element('a');
    const b = element('b');
    charts.later(a, () => drawn.push('a'));
    charts.later(b, () => drawn.push('b'));
    expect(drawn).toEqual([]);
    charts.start();
    observers[0]!.fire(b);
    observers[0]!.fire(b);
    expect(drawn).toEqual(['b']);
    expect([...observers[0]!.watched]).toEqual([a]);
  });

  it('never draws what is not seen: an element reported out of view stays undrawn and watched', () => {
    const { doc, observers } = fakeDoc();
    const charts = drawWhenSeen(doc);
    const drawn: string[] = [];
    const a = element('a');
    charts.later(a, () => drawn.push('a'));
    charts.start();
    observers[0]!.fire(a, false);
    expect(drawn).toEqual([]);
    expect(observers[0]!.watched.has(a)).toBe(true);
  });

  it('looks ahead of the scrolling panel, so a reader scrolling down finds the bars drawn', () => {
    const { doc, observers } = fakeDoc();
    const charts = drawWhenSeen(doc);
    charts.later(element('a'), () => {});
    charts.start();
    expect(observers[0]!.init.scrollMargin).toMatch(/^[1-9]\d*px/);
  });

  it('lets go of what is left undrawn when stopped: a replaced view draws nothing more', () => {
    const { doc, observers } = fakeDoc();
    const charts = drawWhenSeen(doc);
    const drawn: string[] = [];
    const a = element('a');
    charts.later(a, () => drawn.push('a'));
    const stop = charts.start();
    stop();
    observers[0]!.fire(a);
    expect(drawn).toEqual([]);
  });
});
