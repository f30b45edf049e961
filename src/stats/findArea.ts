import type { Dataset, CommuneFeature, FacilityFeature, MarkerFeature, ProvinceFeature, TwinPairFeature } from '../data/types.ts';

export type Area =
  | { layer: 'provinces'; feature: ProvinceFeature }
  | { layer: 'communes'; feature: CommuneFeature }
  | { layer: 'facilities'; feature: FacilityFeature }
  | { layer: 'twinPairs'; feature: TwinPairFeature }
  | { layer: 'markers'; feature: MarkerFeature };

/** The feature an id names, in whichever layer holds it. */
export function findArea(dataset: Dataset, id: string): Area | null {
  const province = dataset.provinces.features.find((f) => f.properties.id === id);
  if (province) return { layer: 'provinces', feature: province as ProvinceFeature };
  const commune = dataset.communes.features.find((f) => f.properties.id === id);
  if (commune) return { layer: 'communes', feature: commune as CommuneFeature };
  const facility = dataset.facilities.features.find((f) => f.properties.id === id);
  if (facility) return { layer: 'facilities', feature: facility };
  const twin = dataset.twinPairs.features.find((f) => f.properties.id === id);
  if (twin) return { layer: 'twinPairs', feature: twin };
  const marker = dataset.markers.features.find((f) => f.properties.id === id);
  if (marker) return { layer: 'markers', feature: marker };
  return null;
}

/** The province an area belongs to, or null for a province itself or a feature outside any province. */
export function provinceIdOf(area: Area): string | null {
  return area.layer === 'provinces' || area.layer === 'markers' ? null : area.feature.properties.provinceId;
}
