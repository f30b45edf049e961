/** What whenIdle needs of a MapLibre map. */
export interface IdleSource {
  on(type: 'render' | 'idle', listener: () => void): unknown;
  off(type: 'render' | 'idle', listener: () => void): unknown;
  loaded(): boolean;
  isMoving(): boolean;
  triggerRepaint(): void;
}

/**
 * Resolves once the map has drawn everything asked of it before the call.
 * MapLibre fires `idle` only at the end of a frame, so waiting for it on a
 * map already idle meant drawing a frame for nothing: 100–200 ms of the
 * page's thread at national size under software GL. Instead this watches two
 * animation frames (`frame` is requestAnimationFrame): MapLibre draws a
 * change asked before the call in the first, and a follow-up frame it needs
 * (labels placed over several frames) in the second, both before this
 * looks. No frame drawn meanwhile and nothing left to load means idle
 * already; a frame drawn and no `idle` after it means more are coming.
 */
export function whenIdle(map: IdleSource, frame: (callback: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    let last: 'none' | 'render' | 'idle' = 'none';
    const rendered = () => (last = 'render');
    const idled = () => (last = 'idle');
    map.on('render', rendered);
    map.on('idle', idled);
    frame(() => frame(() => {
      map.off('render', rendered);
      map.off('idle', idled);
      if (last === 'idle' || (last === 'none' && map.loaded() && !map.isMoving())) {
        resolve();
        return;
      }
      const done = () => {
        map.off('idle', done);
        resolve();
      };
      map.on('idle', done);
      // Nothing drawn, yet something still loads (a style, tiles): a frame makes sure its end is seen.
      if (last === 'none') map.triggerRepaint();
    }));
  });
}
