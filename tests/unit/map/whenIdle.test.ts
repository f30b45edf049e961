import { describe, expect, it } from 'vitest';
import { whenIdle, type IdleSource } from '../../../src/map/whenIdle.ts';

/** A map that draws only when told to, and animation frames run one at a time by the test. */
function fakeMap(opts: { loaded?: boolean } = {}) {
  const listeners = new Map<string, Set<() => void>>();
  const frames: (() => void)[] = [];
  let repaints = 0;
  const map: IdleSource & { fire(type: string): void } = {
    on: (type, f) => listeners.set(type, (listeners.get(type) ?? new Set()).add(f)),
    off: (type, f) => listeners.get(type)?.delete(f),
    loaded: () => opts.loaded ?? true,
    isMoving: () => false,
    triggerRepaint: () => void repaints++,
    fire: (type) => [...(listeners.get(type) ?? [])].forEach((f) => f()),
  };
  const frame = (f: () => void) => void frames.push(f);
  const runFrame = () => frames.splice(0).forEach((f) => f());
  return { map, frame, runFrame, repaints: () => repaints, listening: () => [...listeners.values()].reduce((n, s) => n + s.size, 0) };
}

const settledNow = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

/** The wait is over, with no frame asked for and no listener left on the map. */
async function expectSettledQuietly(m: ReturnType<typeof fakeMap>, idle: Promise<void>) {
  expect(await settledNow(idle)).toBe(true);
  expect(m.repaints()).toBe(0);
  expect(m.listening()).toBe(0);
}

describe('whenIdle(map, frame)', () => {
  it('resolves after two animation frames with no redraw when the map drew nothing and has everything loaded', async () => {
    const m = fakeMap();
    const idle = whenIdle(m.map, m.frame);
    m.runFrame();
    expect(await settledNow(idle)).toBe(false);
    m.runFrame();
    await expectSettledQuietly(m, idle);
  });

  it('resolves when the frames drawn meanwhile ended in idle', async () => {
    const m = fakeMap();
    const idle = whenIdle(m.map, m.frame);
    m.map.fire('render');
    m.map.fire('idle');
    m.runFrame();
    m.runFrame();
    await expectSettledQuietly(m, idle);
  });

  it('waits for the idle event when a frame was drawn and more are coming', async () => {
    const m = fakeMap();
    const idle = whenIdle(m.map, m.frame);
    m.map.fire('render');
    m.runFrame();
    m.map.fire('render');
    m.runFrame();
    expect(await settledNow(idle)).toBe(false);
    m.map.fire('render');
    m.map.fire('idle');
    await expectSettledQuietly(m, idle);
  });

  it('resolves when a frame was drawn with no idle after it, once the next frame passes with nothing drawn and everything loaded', async () => {
    const m = fakeMap();
    const idle = whenIdle(m.map, m.frame);
    m.map.fire('render');
    m.runFrame();
    m.runFrame();
    expect(await settledNow(idle)).toBe(false);
    m.runFrame();
    await expectSettledQuietly(m, idle);
  });

  it('asks for a frame and waits for its idle when nothing was drawn but something still loads', async () => {
    const m = fakeMap({ loaded: false });
    const idle = whenIdle(m.map, m.frame);
    m.runFrame();
    m.runFrame();
    expect(m.repaints()).toBe(1);
    expect(await settledNow(idle)).toBe(false);
    m.map.fire('idle');
    expect(await settledNow(idle)).toBe(true);
  });
});
