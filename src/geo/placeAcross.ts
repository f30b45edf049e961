import { bearing, booleanPointInPolygon, destination, nearestPointOnLine, point } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * A schematic position across the border from `from`: walk from `from` to the
 * nearest point of the line, then `km` further in the same direction, turned
 * by `turnDeg` so several partners of one place fan out. If that lands back
 * in the home country (the line curls), it walks further until it crosses.
 */
export function placeAcross(
  from: Position,
  line: Feature<LineString | MultiLineString>,
  across: Feature<Polygon | MultiPolygon>,
  km: number,
  turnDeg = 0,
): { border: Position; partner: Position } {
  const border = nearestPointOnLine(line, from).geometry.coordinates;
  const heading = bearing(from, border) + turnDeg;
  for (let d = km; d <= km * 4; d += km / 2) {
    const p = destination(border, d, heading, { units: 'kilometers' }).geometry.coordinates;
    if (booleanPointInPolygon(point(p), across)) return { border, partner: p };
  }
  throw new Error(`placeAcross: no point within ${km * 4} km beyond the line from [${from.join(', ')}] lies in the other country`);
}
