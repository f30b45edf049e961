import type { Dataset } from '../data/types.ts';
import { deriveBorderStatus, GIVEN_STATUSES } from './deriveBorderStatus.ts';
import { rebuildProvinces } from './rebuildProvinces.ts';

/**
 * A dataset, or one with opened files joined in, with what its files do
 * not say derived from geometry and marked as derived: the border status
 * of each commune that gives none, and the provinces whose communes opened
 * files redrew.
 */
export function withDerivedFacts(d: Dataset, openedCommuneIds: ReadonlySet<string>): Dataset {
  // A dataset whose communes all say how they border (the demo) is returned as it is.
  if (openedCommuneIds.size === 0 && d.communes.features.every((c) => GIVEN_STATUSES.includes(c.properties.borderStatus))) return d;
  const communes = deriveBorderStatus(d.communes.features, d.borderLine.features);
  const names = new Map(d.provinces.features.map((p) => [p.properties.id, p.properties.name]));
  // A file names a commune's province by code at most: its name comes from the dataset's province.
  for (const [i, c] of communes.entries()) {
    if (!c.properties.provinceName && names.has(c.properties.provinceId)) communes[i] = { ...c, properties: { ...c.properties, provinceName: names.get(c.properties.provinceId)! } };
  }
  return {
    ...d,
    communes: { ...d.communes, features: communes },
    provinces: { ...d.provinces, features: rebuildProvinces(d.provinces.features, communes, openedCommuneIds) },
  };
}
