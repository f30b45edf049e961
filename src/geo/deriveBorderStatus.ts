import type { BorderLineFeature, BorderStatus, CommuneFeature } from '../data/types.ts';
import { lineSegments, outlineToLineKm } from './outlineToLineKm.ts';

/**
 * How near the line as drawn a commune's outline must come to count as a
 * border commune when its file does not say. The line is OpenStreetMap's at
 * about 100 m precision while official outlines follow the treaty line, so
 * a border commune's outline may stop a few hundred metres short of it; an
 * inland commune lies behind a border commune several km wide.
 */
export const BORDER_NEAR_KM = 1;

/** Statuses a dataset or file gives; any other value (or none) is computed. */
export const GIVEN_STATUSES: readonly string[] = ['sourced', 'geometric', 'geometric-weak'] satisfies BorderStatus[];

/**
 * Communes with a border status their data does not give get one computed
 * from geometry: 'computed' when the outline touches or comes within
 * BORDER_NEAR_KM of the border line as drawn, 'inland' otherwise, with the
 * distance kept so the panel can say what was measured.
 */
export function deriveBorderStatus(communes: readonly CommuneFeature[], lines: readonly BorderLineFeature[]): CommuneFeature[] {
  if (communes.every((c) => GIVEN_STATUSES.includes(c.properties.borderStatus))) return [...communes];
  const segments = lineSegments(lines.map((l) => l.geometry));
  return communes.map((c) => {
    if (GIVEN_STATUSES.includes(c.properties.borderStatus)) return c;
    const km = outlineToLineKm(c.geometry, segments, BORDER_NEAR_KM);
    const borderStatus: BorderStatus = km <= BORDER_NEAR_KM ? 'computed' : 'inland';
    return { ...c, properties: { ...c.properties, borderStatus, borderDistanceKm: Number.isFinite(km) ? Math.round(km * 10) / 10 : null } };
  });
}
