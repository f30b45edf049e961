import type { Feature } from 'geojson';
import { countsForCoverage } from '../../src/coverage/Station.ts';

/**
 * The Point features that count as stations, and, when none does, why: a
 * warning naming the kinds the file has, so a file that writes its own kinds
 * ("don") is caught instead of printing 0% covered.
 */
export function pickStations(path: string, points: readonly Feature[], kinds: readonly string[] | null): { stations: Feature[]; problem: string | null } {
  const hasKind = points.some((f) => f.properties?.kind !== undefined);
  // A plain file without kinds is all stations, unless --kind asked for some.
  if (!hasKind && kinds === null) {
    return { stations: [...points], problem: points.length > 0 ? null : `${path}: no station counted: the file has no usable Point features.` };
  }
  // A facilities file of our format also holds posts, gates and coastal stations: only land stations count for coverage.
  const wanted = kinds ?? ['station'];
  const stations = points.filter((f) => countsForCoverage(f.properties, wanted));
  if (stations.length > 0) return { stations, problem: null };
  const named = wanted.map((k) => JSON.stringify(k)).join(' or ');
  const ofKind = points.filter((f) => wanted.includes(f.properties?.kind as string)).length;
  const why = ofKind > 0 ? `the ${ofKind} feature(s) with kind ${named} are all coastal: true, which guard the sea` : `no feature has kind ${named}`;
  return { stations, problem: `${path}: no station counted: ${why}; kinds found: ${kindsFound(points)}; use --kind to name the stations' kind.` };
}

/** Each kind the features carry, with how many, in order of first appearance: "post (1), gate (7), don (12)". */
function kindsFound(points: readonly Feature[]): string {
  const counts = new Map<string, number>();
  for (const f of points) {
    const kind: unknown = f.properties?.kind;
    const label = kind === undefined ? '(no kind)' : typeof kind === 'string' ? kind : JSON.stringify(kind);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts.size === 0 ? 'none (no usable Point features)' : [...counts].map(([k, n]) => `${k} (${n})`).join(', ');
}
