import type { StyleSpecification } from 'maplibre-gl';

/** How much each size grows for a projector: lines and symbols legible from the back of a room. */
const SCALE: Record<string, number> = {
  'line-width': 2,
  'circle-radius': 1.6,
  'circle-stroke-width': 1.5,
  'text-size': 1.6,
  'text-halo-width': 1.5,
  'icon-size': 1.5,
};

/** The same style with every line, circle, label and icon scaled up for a projector. */
export function projectorStyle(style: StyleSpecification): StyleSpecification {
  return {
    ...style,
    layers: style.layers.map((layer) => {
      const out = { ...layer } as Record<string, unknown> & typeof layer;
      for (const part of ['paint', 'layout'] as const) {
        const props = (layer as Record<string, unknown>)[part] as Record<string, unknown> | undefined;
        if (!props) continue;
        out[part] = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, k in SCALE ? scaleValue(v, SCALE[k]!) : v]));
      }
      return out;
    }),
  };
}

/** Scales a number, or the outputs of a case, match, step or interpolate expression; leaves anything else. */
export function scaleValue(v: unknown, f: number): unknown {
  if (typeof v === 'number') return v * f;
  if (!Array.isArray(v)) return v;
  const outputs = (first: number, every: number, last: boolean) =>
    v.map((x, i) => ((i >= first && (i - first) % every === 0) || (last && i === v.length - 1) ? scaleValue(x, f) : x));
  switch (v[0]) {
    case 'case': return outputs(2, 2, true); // ['case', c1, o1, c2, o2, fallback]
    case 'match': return outputs(3, 2, true); // ['match', input, l1, o1, ..., fallback]
    case 'step': return outputs(2, 2, false); // ['step', input, o0, s1, o1, ...]
    case 'interpolate': return outputs(4, 2, false); // ['interpolate', how, input, s1, o1, ...]
    default: return v;
  }
}
