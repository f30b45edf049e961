import { describe, expect, it } from 'vitest';
import { drawWhenSeen } from '../../../src/ui/drawWhenSeen.ts';

/** A document whose window has one intersection observer and idle callbacks the test fires by hand. */
function fakeDoc(opts: { idle?: boolean } = {}) {
  const observers: Observer[] = [];
  const idle: ((deadline: { timeRemaining(): number }) => void)[] = [];
  let timeLeft = 50;
  class Observer {
    watched = new Set<Element>();
    constructor(private cb: (entries: { isIntersecting: boolean; target: Element }[]) => void) {
      observers.push(this);
    }
    observe(e: Element) { this.watched.add(e); }
    unobserve(e: Element) { this.watched.delete(e); }
    disconnect() { this.watched.clear(); }
    fire(target: Element) { if (this.watched.has(target)) this.cb([{ isIntersecting: true, target }]); }
  }
  const view = {
    IntersectionObserver: Observer,
    ...(opts.idle === false ? {} : {
      requestIdleCallback: (fn: (typeof idle)[number]) => idle.push(fn),
      cancelIdleCallback: (id: number) => { idle[id - 1] = () => {}; },
    }),
  };
  const runIdle = (ms = 50) => {
    timeLeft = ms;
    const fns = idle.splice(0);
    for (const fn of fns) fn({ timeRemaining: () => timeLeft });
  };
  return { doc: { defaultView: view } as unknown as Document, observers, runIdle, spend: (ms: number) => { timeLeft -= ms; } };
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
  });

  it('draws the rest while the browser is idle, as many as its time allows each time', () => {
    const { doc, observers, runIdle, spend } = fakeDoc();
    const charts = drawWhenSeen(doc);
    const drawn: string[] = [];
    for (const name of ['a', 'b', 'c']) charts.later(element(name), () => { drawn.push(name); spend(20); });
    charts.start();
    runIdle(30);
    expect(drawn).toEqual(['a', 'b']);
    runIdle(30);
    expect(drawn).toEqual(['a', 'b', 'c']);
    expect(observers[0]!.watched.size).toBe(0);
  });

  it('lets go of what is left undrawn when stopped: a replaced view draws nothing more', () => {
    const { doc, observers, runIdle } = fakeDoc();
    const charts = drawWhenSeen(doc);
    const drawn: string[] = [];
    const a = element('a');
    charts.later(a, () => drawn.push('a'));
    const stop = charts.start();
    stop();
    observers[0]!.fire(a);
    runIdle();
    expect(drawn).toEqual([]);
  });

  it('still draws on coming into view where the browser has no idle callbacks', () => {
    const { doc, observers } = fakeDoc({ idle: false });
    const charts = drawWhenSeen(doc);
    const drawn: string[] = [];
    const a = element('a');
    charts.later(a, () => drawn.push('a'));
    charts.start();
    observers[0]!.fire(a);
    expect(drawn).toEqual(['a']);
  });
});
