import type { Briefing } from '../briefing/Briefing.ts';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

/**
 * The dataset format, as TypeScript. docs/data-format.md documents every
 * property with an example; this file is the contract between the data build,
 * the loader, the map and the panels.
 */

/** How far the drawn geometry can be trusted. */
export type GeometryQuality =
  /** From an official or openly licensed survey source. */
  | 'official'
  /** A real position, but not the facility itself (e.g. a commune centre). */
  | 'approximate'
  /** Built by us for display (grown areas, placed partner villages). */
  | 'schematic';

/** Properties every feature of every layer carries. */
export interface BaseProps {
  /** Unique id across the dataset: official statistics code where one exists. */
  id: string;
  /** Display name in Vietnamese, with diacritics. */
  name: string;
  geometryQuality: GeometryQuality;
  /** Why the geometry has that quality, shown in the panel. */
  geometryNote?: string;
}

export type CountryCode = 'VN' | 'CN' | 'LA';

export interface ProvinceProps extends BaseProps {
  kind: 'province';
  neighbourCountry: CountryCode;
  /** Neighbouring admin units across the line, free text. */
  neighbourUnits: string;
  /** Published length of the province's international border, km. */
  borderKm: number;
  /** Published number of border markers; free text where sources disagree. */
  borderMarkers: string;
  /** Published number of border-guard stations, or null where none was found. */
  stationCount: number | null;
  /** Published number of border communes (pre-2025 units). */
  borderCommuneCount: number;
  /** Years the facts refer to, e.g. "2023-2025". */
  factDate: string;
  /** Where the facts above were published. */
  factsSource: string;
}

export type BorderStatus = 'sourced' | 'geometric' | 'geometric-weak';

export interface CommuneProps extends BaseProps {
  kind: 'commune';
  /** Official 2-digit province code, e.g. "12". */
  provinceId: string;
  provinceName: string;
  /** District before the 2025 reform abolished districts. */
  district: string;
  /** How we know it is a border commune (see the gazetteer README). */
  borderStatus: BorderStatus;
  /** Estimated length of its stretch of international border, km (approximate). */
  borderKmEst: number | null;
  /** The unit it became on 1 July 2025, e.g. "xã Thu Lũm". */
  successor2025: string | null;
  /** The resolution that made the 2025 unit. */
  successorResolution: string | null;
  /** Approximate centre [lon, lat] the schematic area was grown from. */
  centre: [number, number];
}

export type FacilityKind = 'station' | 'post' | 'gate';
export type GateClass = 'international' | 'main' | 'secondary';

export interface FacilityProps extends BaseProps {
  kind: FacilityKind;
  /** For gates only. */
  gateClass?: GateClass;
  provinceId: string;
  /** Host commune's id (pre-2025), where it resolves. */
  hostCommuneId: string | null;
  hostCommuneName: string;
  /** Unit it belongs to after 1 July 2025, where known. */
  hostCommune2025: string | null;
  /** Border markers in its charge, free text, where published. */
  markers: string | null;
  /** Length of border in its charge, km, where published. */
  borderKm: number | null;
  /** Extra published facts, free text. */
  facts: string | null;
  /** Where the facility and its facts were published. */
  source: string;
}

export interface MarkerProps extends BaseProps {
  kind: 'marker' | 'tripoint';
  /** Marker number as printed on it, where known. */
  number: string | null;
  source: string;
}

export interface BorderLineProps extends BaseProps {
  kind: 'border';
  /** The two countries the line separates, Vietnam first. */
  countries: [CountryCode, CountryCode];
  /** Geodesic length of the drawn line, km (of the drawing, not the treaty). */
  drawnKm: number;
  source: string;
}

export interface TwinPairProps extends BaseProps {
  kind: 'twin';
  provinceId: string;
  vnVillage: string;
  /** Id of the Vietnamese village's commune (pre-2025). */
  vnCommuneId: string | null;
  vnCommuneName: string;
  partnerVillage: string;
  /** Partner's admin area (cluster, district, province), free text. */
  partnerAdmin: string;
  partnerCountry: CountryCode;
  /** Date the pair was twinned (ISO), or null where not published. */
  since: string | null;
  /** Cluster pair, village pair, village group: as published. */
  pairKind: string;
  source: string;
}

export type ProvinceFeature = Feature<Polygon | MultiPolygon, ProvinceProps>;
export type CommuneFeature = Feature<Polygon | MultiPolygon, CommuneProps>;
export type FacilityFeature = Feature<Point, FacilityProps>;
export type MarkerFeature = Feature<Point, MarkerProps>;
export type BorderLineFeature = Feature<LineString | MultiLineString, BorderLineProps>;
export type TwinPairFeature = Feature<LineString, TwinPairProps>;

/** Basemap land areas, clipped to the region at build time. */
export interface CountryProps {
  iso: CountryCode | string;
  nameVi: string;
  nameEn: string;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;

export type ActivityStatus = 'sourced' | 'illustrative';

/** One figure: the value of one metric for one area over one period. */
export interface ActivityRecord {
  /** Id of a province, commune, facility or twin pair. */
  areaId: string;
  /** ISO date, inclusive. */
  periodStart: string;
  /** ISO date, inclusive. */
  periodEnd: string;
  /** patrol, enforcement, outreach, relief, community, recognition, cooperation */
  category: string;
  /** Machine name, e.g. "patrols"; labels come from the strings table. */
  metric: string;
  value: number;
  /** e.g. "sessions", "person-times", "kg". */
  unit: string;
  /** Id of an entry in the manifest's sources. */
  sourceId: string;
  /** Published figure, or made up to show the panel at that level. */
  status: ActivityStatus;
  note?: string;
}

export interface SourceRef {
  id: string;
  /** Title of the article or dataset. */
  title: string;
  publisher: string;
  /** ISO date of publication, or of the event reported. */
  date: string | null;
  url?: string;
  /** Licence, for data sources. */
  licence?: string;
}

export type LayerKey = 'countries' | 'provinces' | 'communes' | 'facilities' | 'markers' | 'borderLine' | 'twinPairs';

export interface Manifest {
  /** Format version of this manifest; the loader refuses others. */
  formatVersion: 1;
  id: string;
  title: { vi: string; en: string };
  /** [west, south, east, north] the map opens on. */
  bbox: [number, number, number, number];
  /** File name per layer, relative to the manifest. */
  layers: Record<LayerKey, string>;
  /** File name of the activity records, relative to the manifest. */
  activity: string;
  /** File name of the briefings the dataset ships, relative to the manifest; optional. */
  briefings?: string;
  sources: SourceRef[];
  /** Lines shown in the map's attribution control. */
  attribution: string[];
}

/** A dataset once loaded: everything the app draws and the panels read. */
export interface Dataset {
  manifest: Manifest;
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  provinces: FeatureCollection<Polygon | MultiPolygon, ProvinceProps>;
  communes: FeatureCollection<Polygon | MultiPolygon, CommuneProps>;
  facilities: FeatureCollection<Point, FacilityProps>;
  markers: FeatureCollection<Point, MarkerProps>;
  borderLine: FeatureCollection<LineString | MultiLineString, BorderLineProps>;
  twinPairs: FeatureCollection<LineString, TwinPairProps>;
  activity: ActivityRecord[];
  /** Briefings shipped with the dataset (none when the manifest names no file). */
  briefings: Briefing[];
}

export const LAYER_KEYS: readonly LayerKey[] = [
  'countries',
  'provinces',
  'communes',
  'facilities',
  'markers',
  'borderLine',
  'twinPairs',
];
