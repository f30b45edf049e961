import { describe, expect, it } from 'vitest';
import { drawWhenSeen } from '../../../src/ui/drawWhenSeen.ts';

/** A window with an intersection observer and idle callbacks the test fires by hand. */
function fakeView(opts: { idle?: boolean } = {}) {
  const observers: { fire(isIntersecting: boolean): void; disconnected: boolean }[] = [];
  const idle: (() => void)[] = [];
  class Observer {
    disconnected = false;
    constructor(private cb: (entries: { isIntersecting: boolean }[]) => void) {
      observers.push(this);
    }
    observe() {}
    disconnect() { this.disconnected = true; }
    fire(isIntersecting: boolean) { if (!this.disconnected) this.cb([{ isIntersecting }]); }
  }
  const view = {
    IntersectionObserver: Observer,
    ...(opts.idle === false ? {} : {
      requestIdleCallback: (fn: () => void) => idle.push(fn) - 1,
      cancelIdleCallback: (id: number) => { idle[id] = () => {}; },
    }),
  };
  const target = (connected = true) => ({ ownerDocument: { defaultView: view }, isConnected: connected }) as unknown as Element;
  return { observers, idle, target };
}

describe('drawWhenSeen', () => {
  it('draws at once where the page has no intersection observer', () => {
    let drawn = 0;
    drawWhenSeen({ ownerDocument: { defaultView: {} } } as unknown as Element, () => drawn++);
    expect(drawn).toBe(1);
  });

  it('waits until the element comes into view, then draws once and stops watching', () => {
    const { observers, idle, target } = fakeView();
    let drawn = 0;
    drawWhenSeen(target(), () => drawn++);
    expect(drawn).toBe(0);
    observers[0]!.fire(false);
    expect(drawn).toBe(0);
    observers[0]!.fire(true);
    expect(drawn).toBe(1);
    expect(observers[0]!.disconnected).toBe(true);
    for (const fn of idle) fn();
    expect(drawn).toBe(1);
  });

  it('draws when the browser is idle if the element has not come into view by then', () => {
    const { observers, idle, target } = fakeView();
    let drawn = 0;
    drawWhenSeen(target(), () => drawn++);
    idle[0]!();
    expect(drawn).toBe(1);
    expect(observers[0]!.disconnected).toBe(true);
  });

  it('never draws an element the page has let go of', () => {
    const { idle, target } = fakeView();
    let drawn = 0;
    drawWhenSeen(target(false), () => drawn++);
    idle[0]!();
    expect(drawn).toBe(0);
  });

  it('still draws on coming into view where the browser has no idle callbacks', () => {
    const { observers, target } = fakeView({ idle: false });
    let drawn = 0;
    drawWhenSeen(target(), () => drawn++);
    expect(drawn).toBe(0);
    observers[0]!.fire(true);
    expect(drawn).toBe(1);
  });
});
