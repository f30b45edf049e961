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
 * page's thread at national size under software GL. Instead this watches
 * animation frames (`frame` is requestAnimationFrame): MapLibre draws a
 * change asked before the call in the first, and a follow-up frame it needs
 * (labels placed over several frames) in the second, both before this
 * looks. It resolves on MapLibre's `idle`, or once a frame passes with
 * nothing drawn and nothing left to load or move: a frame can end with
 * neither another frame asked for nor `idle` (a clean-clone CI run waited
 * forever on one), which the frame the old wait asked for had covered.
 */
export function whenIdle(map: IdleSource, frame: (callback: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    let last: 'none' | 'render' | 'idle' = 'none';
    let waiting = false;
    let settled = false;
    let asked = false;
    const finish = () => {
      settled = true;
      map.off('render', rendered);
      map.off('idle', idled);
      resolve();
    };
    const rendered = () => (last = 'render');
    const idled = () => {
      last = 'idle';
      if (waiting) finish();
    };
    const check = () => {
      if (settled) return;
      if (last === 'idle' || (last === 'none' && map.loaded() && !map.isMoving())) {
        finish();
        return;
      }
      // Nothing drawn, yet something still loads (a style, tiles): a frame makes sure its end is seen.
      if (last === 'none' && !asked) {
        asked = true;
        map.triggerRepaint();
      }
      waiting = true;
      last = 'none';
      frame(check);
    };
    map.on('render', rendered);
    map.on('idle', idled);
    frame(() => frame(check));
  });
}
