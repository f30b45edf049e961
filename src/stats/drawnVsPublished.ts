import type { Dataset, ProvinceProps, PublishedFact } from '../data/types.ts';

/** A province's published fact by key, or null where none was recorded. */
export function publishedFact(p: ProvinceProps, key: string): PublishedFact | null {
  return p.published.find((f) => f.key === key) ?? null;
}

type Named = { id: string; name: string };

/** What the map draws against what the sources count, for one province. */
export interface DrawnVsPublished {
  /** The drawn km is the sum of the province's line features; `sourceIds` are theirs. */
  borderKm: { published: PublishedFact | null; drawnKm: number | null; sourceIds: string[] };
  stations: { published: PublishedFact | null; placed: Named[]; coastal: Named[]; notPlaced: number | null };
  twins: { kind: string; published: PublishedFact | null; drawn: Named[] }[];
}

/** Which published count each kind of twin pair is compared with. */
export const TWIN_FACTS: readonly { fact: string; kinds: string[] }[] = [
  { fact: 'stationPostPairs', kinds: ['station-post'] },
  { fact: 'clusterPairs', kinds: ['cluster'] },
  { fact: 'villagePairs', kinds: ['village', 'village-group'] },
];

export function drawnVsPublished(d: Dataset, province: ProvinceProps): DrawnVsPublished {
  const lines = d.borderLine.features.filter((f) => f.properties.provinceId === province.id);
  const facilities = d.facilities.features.map((f) => f.properties).filter((f) => f.provinceId === province.id && f.kind === 'station');
  const placed = facilities.filter((f) => !f.coastal);
  const stationFact = publishedFact(province, 'stationCount');
  const twins = d.twinPairs.features.map((f) => f.properties).filter((f) => f.provinceId === province.id);
  return {
    borderKm: {
      published: publishedFact(province, 'borderKm'),
      drawnKm: lines.length === 0 ? null : lines.reduce((sum, f) => sum + f.properties.drawnKm, 0),
      sourceIds: [...new Set(lines.flatMap((f) => f.properties.sourceIds ?? []))],
    },
    stations: {
      published: stationFact,
      placed: placed.map(named),
      coastal: facilities.filter((f) => f.coastal).map(named),
      notPlaced: stationFact ? Math.max(0, stationFact.value - placed.length) : null,
    },
    twins: TWIN_FACTS.map(({ fact, kinds }) => ({
      kind: kinds[0] as string,
      published: publishedFact(province, fact),
      drawn: twins.filter((w) => kinds.includes(w.pairKind)).map(named),
    })).filter((row) => row.published !== null || row.drawn.length > 0),
  };
}

const named = (x: Named): Named => ({ id: x.id, name: x.name });
