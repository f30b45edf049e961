import type { Briefing } from '../briefing/Briefing.ts';
import type { ToggleLayer } from '../state/schema.ts';
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

/**
 * How a geometry was made, for geometries the dataset's makers built
 * themselves; the panel explains each in the reader's language.
 */
export type GeometryMethod =
  /** A commune's Voronoi cell among commune centres, clipped to the country. */
  | 'voronoi'
  /** A province as the union of its border communes' areas. */
  | 'province-union'
  /** A facility drawn at its host commune's centre. */
  | 'commune-centre'
  /** The common boundary of two country outlines. */
  | 'shared-boundary'
  /** A twin pair: the partner end placed a few km across the line. */
  | 'placed-across'
  /** A point at coordinates published by the cited source. */
  | 'published-coordinates'
  /** A 2025 unit dissolved from its border predecessors' areas. */
  | 'merged-2025'
  /** A commune whose 2025 unit is not known, shown as before. */
  | 'unit-2025-unknown'
  /** A geometry from a file the user opened. */
  | 'opened-file'
  /** A province rebuilt as the union of its communes once files replaced their outlines. */
  | 'opened-union';

/** A short text the dataset gives in both languages (names stay in `name`). */
export interface LocalText {
  vi: string;
  en: string;
}

/** Properties every feature of every layer carries. */
export interface BaseProps {
  /** Unique id across the dataset: official statistics code where one exists. */
  id: string;
  /** Display name in Vietnamese, with diacritics. */
  name: string;
  geometryQuality: GeometryQuality;
  /** How the geometry was made, when the dataset's makers built it. */
  geometryMethod?: GeometryMethod;
  /** A note on the geometry from a file's author, shown as published. */
  geometryNote?: string;
  /** Ids of the manifest's sources for this feature's facts. */
  sourceIds?: string[];
}

/** "nearly 500", "over 12,300": a figure published with a qualifier. */
export const QUALIFIERS = ['approx', 'over', 'under'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** One published fact about an area: a number, when it was published, and where. */
export interface PublishedFact {
  /** What it counts, e.g. "borderKm", "stationCount"; labels come from the strings table. */
  key: string;
  value: number;
  qualifier?: Qualifier;
  /** ISO date (or YYYY-MM, YYYY) the source gives it for, or null. */
  date: string | null;
  sourceIds: string[];
}

export type CountryCode = 'VN' | 'CN' | 'LA';

export interface ProvinceProps extends BaseProps {
  kind: 'province';
  neighbourCountry: CountryCode;
  /** The neighbouring country's province or region across the line, as published, or null. */
  neighbourRegion: string | null;
  /** Neighbouring units across the line, names as published. */
  neighbourUnits: string[];
  /** True when the sources name only some of the neighbouring units. */
  neighbourUnitsPartial: boolean;
  /**
   * Every published fact: border length ("borderKm"), markers, stations
   * ("stationCount"), border communes ("borderCommuneCount"), each with its source.
   */
  published: PublishedFact[];
}

export type BorderStatus =
  /** Named as a border commune in a cited text. */
  | 'sourced'
  /** Its outline meets the line on maps (gazetteer). */
  | 'geometric'
  /** A short contact only, unconfirmed (gazetteer). */
  | 'geometric-weak'
  /** Not given by its file: its outline comes within BORDER_NEAR_KM of the line as drawn. */
  | 'computed'
  /** Not given by its file, and its outline stays farther than that from the line as drawn: not a border commune. */
  | 'inland';

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
  /** For a computed border status: km from its outline to the line as drawn (0 when they meet). */
  borderDistanceKm?: number | null;
  /** The unit it became on 1 July 2025, e.g. "xã Thu Lũm". */
  successor2025: string | null;
  /** The resolution that made the 2025 unit. */
  successorResolution: string | null;
  /** A 2025 unit's border predecessors, by name. */
  mergedFrom?: string[];
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
  /** A station on the coast: its charge is the sea border, not the land line coverage measures. */
  coastal?: boolean;
  /** The name as published when `name` is its short form (a gate's partner side), or null. */
  fullName?: string | null;
  /** Numbers of the border markers in its charge, as published (e.g. "42–48"), or null. */
  markers: string | null;
  /** How many markers are in its charge, where published. */
  markerCount?: number | null;
  /** Length of border in its charge, km, where published. */
  borderKm: number | null;
  /** A published fact that is no number, in both languages. */
  note?: LocalText | null;
}

export interface MarkerProps extends BaseProps {
  kind: 'marker' | 'tripoint';
  /** Marker number as printed on it, where known. */
  number: string | null;
  note?: LocalText | null;
}

export interface BorderLineProps extends BaseProps {
  kind: 'border';
  /** The two countries the line separates, Vietnam first. */
  countries: [CountryCode, CountryCode];
  /** Geodesic length of the drawn line, km (of the drawing, not the treaty). */
  drawnKm: number;
  /** The province whose stretch this is, where the line is cut per province. */
  provinceId?: string;
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
  /** "cluster" (cụm dân cư), "village" (bản–bản), "village-group", "station-post"; other text is shown as given. */
  pairKind: string;
  note?: LocalText | null;
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

/**
 * What a feature of the optional basemap file draws under and between the
 * data: land beyond the countries layer's extent, the borders between those
 * countries, water (lakes, reservoirs, wide rivers), or a town with its name
 * as published.
 */
export interface BasemapProps {
  layer: 'land' | 'boundary' | 'water' | 'town';
  /** Land: the country it belongs to (coloured as home or neighbour); none for the world beyond. */
  iso?: string;
  name?: string;
  /** Towns: 1 a national capital, 2 a province seat. */
  rank?: number;
  population?: number;
}
export type BasemapFeature = Feature<Point | MultiLineString | Polygon | MultiPolygon, BasemapProps>;

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
  /** The source's "nearly", "over", "under": the figure is not exact. */
  qualifier?: Qualifier;
  note?: string;
}

/** What a source is; a source without a title is described by its kind. */
export type SourceKind = 'report' | 'resolution' | 'webpage' | 'dataset' | 'gazetteer' | 'illustrative' | 'file';

/** A note a reader can follow: title as published, outlet, date, link. */
export interface SourceRef {
  id: string;
  kind: SourceKind;
  /** Title as published, in its own language, or null where not recorded. */
  title: string | null;
  /** The outlet or body that published it, or null where not recorded. */
  outlet: string | null;
  /** ISO date of publication (or YYYY-MM, YYYY where only that is known), or null. */
  date: string | null;
  url?: string;
  /** Language of the source, e.g. "vi". */
  lang?: string;
  /** Licence, for data sources. */
  licence?: string;
}

/** A dataset's layers: the countries, which always show, and those a user can switch off. */
export type LayerKey = 'countries' | ToggleLayer;

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
  /** File name of the basemap's land beyond the countries, water and towns, relative to the manifest; optional. */
  basemap?: string;
  sources: SourceRef[];
  /** Lines shown in the map's attribution control: names and licences, as published. */
  attribution: string[];
  /** Layers the map draws from vector tiles instead of their GeoJSON file (made by `npm run tiles`); optional. */
  tiles?: Partial<Record<TiledLayerKey, TiledLayer>>;
}

/** Layers a dataset may ship as vector tiles: the heavy ones, whose outlines only the map draws. */
export const TILED_LAYER_KEYS = ['communes'] as const;

/** How a tiled layer's tiles are stored: a folder of files, or one PMTiles archive. */
export const TILE_FORMATS = ['pbf', 'pmtiles'] as const;
export type TileFormat = (typeof TILE_FORMATS)[number];
export type TiledLayerKey = (typeof TILED_LAYER_KEYS)[number];

/**
 * A layer drawn from vector tiles. The app then loads its attribute table
 * (every feature's properties, its bounding box for geometry) instead of the
 * GeoJSON file, which stays in the manifest as the layer's source of truth.
 */
export interface TiledLayer {
  /**
   * "pbf": a static folder of Mapbox Vector Tiles, one file per tile.
   * "pmtiles": one PMTiles (v3) archive holding the same tiles, read by HTTP byte ranges.
   */
  format: TileFormat;
  /**
   * Relative to the manifest: for "pbf" a tile URL template with {z}, {x} and {y},
   * e.g. "tiles/communes/{z}/{x}/{y}.pbf"; for "pmtiles" the archive, e.g. "tiles/communes.pmtiles".
   */
  url: string;
  /** Name of the layer inside each tile. */
  sourceLayer: string;
  /** Zoom levels the tiles were made for; the map draws the last one magnified beyond it. */
  minzoom: number;
  maxzoom: number;
  /** [west, south, east, north] of the layer's features: the map asks for no tile outside it. */
  bounds: [number, number, number, number];
  /** File of the attribute table, relative to the manifest: a FeatureCollection of every feature's properties, with its bounding box as a rectangle for geometry. */
  attributes: string;
  /** Not in the file: the layer's GeoJSON as the page fetches it, set by the loader for what needs the outlines (the coverage view). */
  outlines?: string;
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
  /** Land beyond the countries, water and towns (none when the manifest names no basemap file, or in a hand-made dataset). */
  basemap?: Basemap;
}

export type BasemapCollection = FeatureCollection<Point | MultiLineString | Polygon | MultiPolygon, BasemapProps>;

/**
 * The basemap as the map needs it. It only decorates and nothing else reads
 * its features, so the page does not keep them (2.5 MB of heap for the
 * demo's 364 KB file): MapLibre's worker fetches `url` and parses it itself.
 */
export interface Basemap {
  /** The file's address, as the dataset's files are fetched (relative to the page). */
  url: string;
  /** Its features, kept only when the file had some the map does not draw (left out here); otherwise none. */
  data?: BasemapCollection;
  /** Which kinds it has, for the legend. */
  towns: boolean;
  water: boolean;
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
