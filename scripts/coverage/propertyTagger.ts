import type { Feature } from 'geojson';
import type { PieceTagger } from '../../src/coverage/prepareCoverage.ts';

/**
 * Groups the border's pieces by a property of the line feature they come
 * from (provinceId by default), for the summary's per-group rows. Undefined
 * when no feature has the property: the summary then has the `all` row only.
 * A feature without it counts in `all` only, and the warnings say so.
 */
export function propertyTagger(
  path: string, lines: readonly Feature[], indices: readonly number[], property: string, warnings: string[],
): PieceTagger | undefined {
  const groups = lines.map((f) => {
    const value: unknown = f.properties?.[property];
    return value === undefined || value === null || value === '' ? null : typeof value === 'string' ? value : JSON.stringify(value);
  });
  if (groups.every((g) => g === null)) return undefined;
  groups.forEach((g, i) => {
    const id = lines[i]!.properties?.id;
    if (g === null) warnings.push(`${path}, feature ${indices[i]}${id === undefined ? '' : ` (${String(id)})`}, ${property}: expected a value to group by, found none; its km count in the "all" row only.`);
  });
  return (_lon, _lat, feature) => ({ group: groups[feature] ?? null, area: null });
}
