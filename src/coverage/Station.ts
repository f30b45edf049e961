import type { Feature, Point } from 'geojson';

/** A station as coverage sees it: where it is, and what to call it in tables. */
export interface Station {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

export function stationsFrom(features: readonly Feature<Point>[]): Station[] {
  return features.map((f, i) => ({
    id: String(f.properties?.id ?? `station-${i}`),
    name: String(f.properties?.name ?? f.properties?.id ?? `station ${i}`),
    lon: f.geometry.coordinates[0] ?? 0,
    lat: f.geometry.coordinates[1] ?? 0,
  }));
}

/**
 * Whether a facility counts for the land border's coverage: stations do,
 * posts and gates do not, nor coastal stations, whose charge is the sea.
 * `kinds` names the station kind of a file that writes its own (the CLI's --kind).
 */
export function countsForCoverage(props: { kind?: unknown; coastal?: unknown } | null | undefined, kinds: readonly string[] = ['station']): boolean {
  return typeof props?.kind === 'string' && kinds.includes(props.kind) && props.coastal !== true;
}
