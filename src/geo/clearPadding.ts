/** Space kept clear at each edge of the map, CSS px: what MapLibre's fitBounds takes as `padding`. */
export interface Padding { top: number; right: number; bottom: number; left: number }

/** A rectangle on screen, CSS px, as getBoundingClientRect gives it. */
export interface Rect { left: number; top: number; right: number; bottom: number }

/** The least space, px, a fitted view keeps from the map's edges and from each overlay. */
export const CLEAR_MARGIN = 16;

/** A fitted view keeps at least this share of the map's width and height, however much lies over it. */
const MIN_SHARE = 0.25;

/**
 * The padding that keeps a fitted view clear of everything floating over
 * the map (drawers, sheets, notices, the map's own buttons). Each overlay is
 * pushed to the edge that loses the smallest share of the map: a tall
 * column on the left pads the left, a wide bar at the bottom pads the
 * bottom. Overlays outside the map count for nothing. Where the overlays
 * would leave less than a quarter of the map, the padding of that axis
 * shrinks in proportion, since MapLibre refuses a padding larger than the
 * map and would not move at all.
 */
export function clearPadding(map: Rect, overlays: readonly Rect[], margin = CLEAR_MARGIN): Padding {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const pad: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  if (!(width > 0 && height > 0)) return pad;
  for (const o of overlays) {
    // The part of the overlay that lies over the map.
    const left = Math.max(o.left, map.left);
    const right = Math.min(o.right, map.right);
    const top = Math.max(o.top, map.top);
    const bottom = Math.min(o.bottom, map.bottom);
    if (right <= left || bottom <= top) continue;
    const cost: [keyof Padding, number, number][] = [
      ['left', right - map.left, width],
      ['right', map.right - left, width],
      ['top', bottom - map.top, height],
      ['bottom', map.bottom - top, height],
    ];
    const [side, px] = cost.reduce((best, c) => (c[1] / c[2] < best[1] / best[2] ? c : best));
    pad[side] = Math.max(pad[side], px);
  }
  const sides = Object.keys(pad) as (keyof Padding)[];
  for (const side of sides) pad[side] = Math.round(pad[side] + margin);
  fitAxis(pad, 'left', 'right', width);
  fitAxis(pad, 'top', 'bottom', height);
  return pad;
}

function fitAxis(pad: Padding, a: keyof Padding, b: keyof Padding, size: number): void {
  const room = size * (1 - MIN_SHARE);
  const taken = pad[a] + pad[b];
  if (taken <= room) return;
  const k = room / taken;
  pad[a] = Math.floor(pad[a] * k);
  pad[b] = Math.floor(pad[b] * k);
}
