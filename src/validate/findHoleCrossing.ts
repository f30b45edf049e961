type Ring = readonly (readonly number[])[];

export interface HoleCrossing {
  /** Edge of the outer ring and edge of the hole (edge i runs from position i to i + 1). */
  edges: [number, number];
  at: [number, number];
}

/**
 * An edge of a hole that passes through an edge of its outer ring. Meeting
 * at a point is allowed (RFC 7946 defers to Simple Features, which allows
 * it); crossing is not: part of the hole would lie outside the polygon.
 * Only the outer edges within the hole's box are tested, so a small hole in
 * a long boundary costs about the boundary's length.
 */
export function findHoleCrossing(outer: Ring, hole: Ring): HoleCrossing | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of hole) {
    w = Math.min(w, p[0]!);
    e = Math.max(e, p[0]!);
    s = Math.min(s, p[1]!);
    n = Math.max(n, p[1]!);
  }
  const near: number[] = [];
  for (let i = 0; i + 1 < outer.length; i++) {
    const [a, b] = [outer[i]!, outer[i + 1]!];
    if (Math.max(a[0]!, b[0]!) < w || Math.min(a[0]!, b[0]!) > e || Math.max(a[1]!, b[1]!) < s || Math.min(a[1]!, b[1]!) > n) continue;
    near.push(i);
  }
  for (const i of near) {
    for (let j = 0; j + 1 < hole.length; j++) {
      if (crosses(outer[i]!, outer[i + 1]!, hole[j]!, hole[j + 1]!)) {
        return { edges: [i, j], at: [(hole[j]![0]! + hole[j + 1]![0]!) / 2, (hole[j]![1]! + hole[j + 1]![1]!) / 2] };
      }
    }
  }
  return null;
}

function crosses(a: readonly number[], b: readonly number[], c: readonly number[], d: readonly number[]): boolean {
  const d1 = orient(c, d, a);
  const d2 = orient(c, d, b);
  const d3 = orient(a, b, c);
  const d4 = orient(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

function orient(a: readonly number[], b: readonly number[], c: readonly number[]): number {
  return (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
}
