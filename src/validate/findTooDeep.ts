/** Deeper than any feature of ours needs (a MultiPolygon's numbers sit 6 levels below the feature), shallow enough for every recursive reader downstream. */
export const MAX_DEPTH = 64;

export interface TooDeep {
  /** How deep the value goes, counted to MAX_DEPTH + the levels below it that were walked. */
  depth: number;
  /** Where the limit was crossed, as a dotted path from the value checked; cut when long. */
  path: string;
}

/**
 * The first place a parsed value nests deeper than `max`, found with no
 * recursion deeper than `max`: JSON.parse accepts any depth, but JSON.stringify,
 * structuredClone (the worker's postMessage) and recursive checks overflow
 * the stack a few thousand levels down. `skip` is not entered (the features,
 * checked one by one).
 */
export function findTooDeep(value: unknown, max = MAX_DEPTH, prefix = '', skip?: unknown): TooDeep | null {
  return deeperThan(value, max, skip) ? locate(value, max, prefix, skip) : null;
}

/**
 * Whether anything lies deeper than `max`. Every feature of every file goes
 * through this, so it allocates nothing: it recurses, which is safe because
 * it stops `max` levels down, however deep the value goes.
 */
function deeperThan(value: unknown, max: number, skip: unknown): boolean {
  return value !== null && typeof value === 'object' && value !== skip && below(value, 0, max, skip);
}

/** Whether `v`, an object at `depth`, or anything in it lies at `max` or deeper. */
function below(v: object, depth: number, max: number, skip: unknown): boolean {
  if (depth >= max) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const c: unknown = v[i];
      if (c !== null && typeof c === 'object' && c !== skip && below(c, depth + 1, max, skip)) return true;
    }
    return false;
  }
  for (const k in v) {
    const c: unknown = (v as Record<string, unknown>)[k];
    if (c !== null && typeof c === 'object' && c !== skip && below(c, depth + 1, max, skip)) return true;
  }
  return false;
}

/** Where the limit is crossed, with the path to it: walked only once the file is known to be too deep. */
function locate(value: unknown, max: number, prefix: string, skip: unknown): TooDeep | null {
  const stack: { v: unknown; depth: number; parent: number; key: string }[] = [{ v: value, depth: 0, parent: -1, key: prefix }];
  const seen: { parent: number; key: string }[] = [];
  while (stack.length > 0) {
    const { v, depth, parent, key } = stack.pop()!;
    if (v === null || typeof v !== 'object' || v === skip) continue;
    const at = seen.push({ parent, key }) - 1;
    if (depth >= max) return { depth: depth + 1 + depthBelow(v), path: pathOf(seen, at) };
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: depth + 1, parent: at, key: `[${i}]` });
    else for (const k of Object.keys(v)) stack.push({ v: (v as Record<string, unknown>)[k], depth: depth + 1, parent: at, key: `.${k}` });
  }
  return null;
}

/** How much deeper a value goes along its first nested member at each level: enough to say "5 000 levels". */
function depthBelow(v: unknown): number {
  let n = 0;
  let cur = v;
  for (;;) {
    const next = (Array.isArray(cur) ? cur : Object.values(cur as object)).find((x) => x !== null && typeof x === 'object');
    if (next === undefined) return n;
    cur = next;
    n++;
  }
}

/** The path, with a run of one key said once with its count ("x[0]×60"): a deep value repeats itself. */
function pathOf(seen: readonly { parent: number; key: string }[], at: number): string {
  const parts: string[] = [];
  for (let i = at; i >= 0; i = seen[i]!.parent) parts.push(seen[i]!.key);
  parts.reverse();
  let path = '';
  for (let i = 0; i < parts.length; ) {
    let j = i;
    while (j < parts.length && parts[j] === parts[i]) j++;
    path += j - i > 3 ? `${parts[i]}×${j - i}` : parts.slice(i, j).join('');
    i = j;
  }
  path = path.replace(/^\./, '');
  return path.length > 120 ? `${path.slice(0, 120)}…` : path;
}
