/**
 * Mutations of a parsed data file for the fuzz test: each takes the parsed
 * value and a random source, changes the value in place, and may ask for a
 * change to the text once it is written (what JSON.stringify cannot write:
 * NaN, 1e400, thousands of levels of nesting, a cut).
 */
export type Rand = () => number;
type Json = unknown;
type Container = Record<string, Json> | Json[];

/** Values JSON.stringify cannot write, put in as marker strings and written into the text afterwards, keyed by the marker as JSON writes it. */
const MARKERS: Record<string, (r: Rand) => string> = {
  '"\\u0000NAN"': () => 'NaN',
  '"\\u0000INF"': (r) => (r() < 0.5 ? 'Infinity' : '-Infinity'),
  '"\\u0000HUGE"': (r) => (r() < 0.5 ? '1e400' : '-1e999'),
  '"\\u0000DEEP"': (r) => {
    const depth = 65 + Math.floor(r() * 6000);
    return `${'['.repeat(depth)}${r() < 0.5 ? '1' : '{}'}${']'.repeat(depth)}`;
  },
};

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function junk(r: Rand): Json {
  return pick<() => Json>(r, [
    () => null, () => 0, () => -1, () => 1.5e308, () => Number.MAX_SAFE_INTEGER + 2, () => true, () => '', () => 'x',
    () => '<b>x</b> đồn / ? # &', () => 'a'.repeat(200), () => '2025-13-45', () => ({}), () => [], () => [1], () => [[1, 2]],
    () => ({ type: 'Feature' }), () => ({ type: 'Point', coordinates: [0, 0] }), () => ({ type: 'GeometryCollection', geometries: [] }),
    () => [103.2, 22.5], () => [22.5, 103.2], () => [0, 22.6], () => [500, 500], () => ({ a: { b: [null] } }),
    () => '\u0000NAN', () => '\u0000INF', () => '\u0000HUGE', () => '\u0000DEEP',
  ])();
}

/** A random object or array inside the value, reached by walking down from the top. */
function randomContainer(r: Rand, root: Json): Container | null {
  let cur: Json = root;
  let found: Container | null = null;
  for (let depth = 0; depth < 12; depth++) {
    if (cur === null || typeof cur !== 'object') break;
    found = cur as Container;
    const keys = Object.keys(cur);
    if (keys.length === 0 || (depth > 1 && r() < 0.25)) break;
    cur = (cur as Record<string, Json>)[pick(r, keys)];
  }
  return found;
}

function features(root: Json): Json[] | null {
  const f = root && typeof root === 'object' && !Array.isArray(root) ? (root as { features?: Json }).features : root;
  return Array.isArray(f) ? f : null;
}

const MUTATIONS: ((r: Rand, root: Json) => void)[] = [
  function remove(r, root) {
    const c = randomContainer(r, root);
    if (!c) return;
    if (Array.isArray(c)) c.splice(Math.floor(r() * c.length), 1);
    else delete c[pick(r, Object.keys(c))!];
  },
  function replace(r, root) {
    const c = randomContainer(r, root);
    const keys = c ? Object.keys(c) : [];
    if (c && keys.length > 0) (c as Record<string, Json>)[pick(r, keys)] = junk(r);
  },
  function retype(r, root) {
    const c = randomContainer(r, root) as Record<string, Json> | null;
    const keys = c ? Object.keys(c) : [];
    if (!c || keys.length === 0) return;
    const k = pick(r, keys);
    const v = c[k];
    c[k] = typeof v === 'string' ? Number(v) || v.length : typeof v === 'number' ? String(v) : Array.isArray(v) ? { ...v } : v && typeof v === 'object' ? Object.values(v) : String(v);
  },
  function insert(r, root) {
    const c = randomContainer(r, root);
    if (Array.isArray(c)) c.splice(Math.floor(r() * (c.length + 1)), 0, junk(r));
    else if (c) c[pick(r, ['id', 'bbox', 'coordinates', 'properties', 'geometry', 'features', 'type', 'x', '__proto__', 'constructor'])] = junk(r);
  },
  function duplicateFeature(r, root) {
    const f = features(root);
    if (f && f.length > 0) f.splice(Math.floor(r() * f.length), 0, structuredClone(pick(r, f)));
  },
  function breakFeature(r, root) {
    const f = features(root);
    if (!f || f.length === 0) return;
    const feature = pick(r, f) as Record<string, Json> | null;
    if (!feature || typeof feature !== 'object') return;
    const geometry = feature.geometry as Record<string, Json> | null;
    const member = pick(r, ['properties', 'geometry', 'id', 'bbox', 'type', 'geometry.type', 'geometry.coordinates', 'geometry.bbox', 'geometry.properties']);
    const [head, tail] = member.split('.') as [string, string | undefined];
    if (tail === undefined) feature[head] = r() < 0.3 ? undefined : junk(r);
    else if (geometry && typeof geometry === 'object') geometry[tail] = r() < 0.3 ? undefined : junk(r);
  },
];

/** Applies 1 to 4 random mutations to a copy of the file's value, and gives the file's new text. */
export function mutate(r: Rand, value: Json): string {
  const root = structuredClone(value);
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) pick(r, MUTATIONS)(r, root);
  let text = JSON.stringify(root) ?? 'null';
  for (const [marker, write] of Object.entries(MARKERS)) {
    if (text.includes(marker)) text = text.split(marker).map((s, i) => (i === 0 ? s : write(r) + s)).join('');
  }
  if (r() < 0.08) text = text.slice(0, Math.floor(r() * text.length));
  return text;
}
