import type { Dataset, CommuneFeature, FacilityFeature, MarkerFeature, ProvinceFeature, TwinPairFeature } from '../data/types.ts';
import { memoByParts } from './memoByParts.ts';

export type Area =
  | { layer: 'provinces'; feature: ProvinceFeature }
  | { layer: 'communes'; feature: CommuneFeature }
  | { layer: 'facilities'; feature: FacilityFeature }
  | { layer: 'twinPairs'; feature: TwinPairFeature }
  | { layer: 'markers'; feature: MarkerFeature };

/** Every feature by id, built once per dataset: a panel looks areas up for each of its figures. Earlier layers win a shared id. */
const areasById = memoByParts(
  (d: Dataset) => [d.provinces.features, d.communes.features, d.facilities.features, d.twinPairs.features, d.markers.features],
  (d: Dataset) => {
    const index = new Map<string, Area>();
    const add = (area: Area) => {
      if (!index.has(area.feature.properties.id)) index.set(area.feature.properties.id, area);
    };
    for (const f of d.provinces.features) add({ layer: 'provinces', feature: f as ProvinceFeature });
    for (const f of d.communes.features) add({ layer: 'communes', feature: f as CommuneFeature });
    for (const f of d.facilities.features) add({ layer: 'facilities', feature: f });
    for (const f of d.twinPairs.features) add({ layer: 'twinPairs', feature: f });
    for (const f of d.markers.features) add({ layer: 'markers', feature: f });
    return index;
  },
);

/** The feature an id names, in whichever layer holds it. */
export function findArea(dataset: Dataset, id: string): Area | null {
  return areasById(dataset).get(id) ?? null;
}

/** The province an area belongs to, or null for a province itself or a feature outside any province. */
export function provinceIdOf(area: Area): string | null {
  return area.layer === 'provinces' || area.layer === 'markers' ? null : area.feature.properties.provinceId;
}
