import { QUALIFIERS, type LayerKey } from '../data/types.ts';

/** What an input file can be: one of the dataset's layers, or a table of activity records. */
export type InputLayer = LayerKey | 'activity';

/** Layers a user's file can join the dataset as; provinces and the basemap come only with a dataset. */
export const IMPORT_LAYERS = ['communes', 'facilities', 'markers', 'borderLine', 'twinPairs', 'activity'] as const;
export type ImportLayer = (typeof IMPORT_LAYERS)[number];

export type PropType = 'string' | 'number' | 'date';

/** One property a layer's features (or an activity table's records) carry. */
export interface PropSpec {
  key: string;
  type: PropType;
  /** null is an accepted value ("not published"). */
  nullable?: boolean;
  /** The only values accepted. */
  values?: readonly string[];
  /** Missing is an error; 'new' means only for ids the dataset does not have yet. */
  required: boolean | 'new';
  /** Must name an id of this layer, or of any area for 'area'. */
  ref?: 'communes' | 'provinces' | 'area' | 'source';
}

const QUALITY = { key: 'geometryQuality', type: 'string', values: ['official', 'approximate', 'schematic'], required: false } as const;
const ID = { key: 'id', type: 'string', required: true } as const;
const NAME = { key: 'name', type: 'string', required: true } as const;
const COUNTRIES = ['VN', 'CN', 'LA'] as const;

/**
 * Properties per layer, as docs/data-format.md documents them. Only what the
 * app cannot do without is required: an imported file of official commune
 * boundaries needs no more than the commune code and name to replace the
 * schematic area.
 */
export const LAYER_SPECS: Record<InputLayer, readonly PropSpec[]> = {
  countries: [
    { key: 'iso', type: 'string', required: true },
    { key: 'nameVi', type: 'string', required: true },
    { key: 'nameEn', type: 'string', required: true },
  ],
  provinces: [ID, NAME, QUALITY, { key: 'borderKm', type: 'number', required: false }],
  communes: [
    ID, NAME, QUALITY,
    { key: 'provinceId', type: 'string', required: 'new', ref: 'provinces' },
    { key: 'district', type: 'string', required: false },
    { key: 'borderKmEst', type: 'number', nullable: true, required: false },
    { key: 'successor2025', type: 'string', nullable: true, required: false },
  ],
  facilities: [
    ID, NAME, QUALITY,
    { key: 'kind', type: 'string', values: ['station', 'post', 'gate'], required: true },
    { key: 'gateClass', type: 'string', values: ['international', 'main', 'secondary'], required: false },
    { key: 'provinceId', type: 'string', required: false, ref: 'provinces' },
    { key: 'hostCommuneId', type: 'string', nullable: true, required: false, ref: 'communes' },
    { key: 'borderKm', type: 'number', nullable: true, required: false },
    { key: 'markers', type: 'string', nullable: true, required: false },
    { key: 'source', type: 'string', required: false },
  ],
  markers: [
    ID, NAME, QUALITY,
    { key: 'kind', type: 'string', values: ['marker', 'tripoint'], required: false },
    { key: 'number', type: 'string', nullable: true, required: false },
  ],
  borderLine: [ID, NAME, QUALITY],
  twinPairs: [
    ID, QUALITY,
    { key: 'vnVillage', type: 'string', required: true },
    { key: 'partnerVillage', type: 'string', required: true },
    { key: 'vnCommuneId', type: 'string', nullable: true, required: false, ref: 'communes' },
    { key: 'partnerCountry', type: 'string', values: COUNTRIES, required: false },
    { key: 'since', type: 'date', nullable: true, required: false },
  ],
  activity: [
    { key: 'areaId', type: 'string', required: true, ref: 'area' },
    { key: 'periodStart', type: 'date', required: true },
    { key: 'periodEnd', type: 'date', required: true },
    { key: 'metric', type: 'string', required: true },
    { key: 'value', type: 'number', required: true },
    { key: 'unit', type: 'string', required: true },
    { key: 'status', type: 'string', values: ['sourced', 'illustrative'], required: true },
    { key: 'category', type: 'string', required: false },
    { key: 'sourceId', type: 'string', required: false, ref: 'source' },
    { key: 'source', type: 'string', required: false },
    { key: 'qualifier', type: 'string', values: QUALIFIERS, required: false },
    { key: 'note', type: 'string', required: false },
  ],
};

/** Geometry types each layer may hold; anything else would draw nothing, silently. */
export const LAYER_GEOMETRIES: Record<LayerKey, readonly string[]> = {
  countries: ['Polygon', 'MultiPolygon'],
  provinces: ['Polygon', 'MultiPolygon'],
  communes: ['Polygon', 'MultiPolygon'],
  facilities: ['Point'],
  markers: ['Point'],
  borderLine: ['LineString', 'MultiLineString'],
  twinPairs: ['LineString'],
};

/**
 * The most features (or records) a layer may hold. The map draws every
 * feature of a layer at once: past these, a browser tab runs out of memory
 * (960,000 points as markers took 5.5 GB) or freezes. MapLibre draws
 * 100,000 points or polygons from GeoJSON; a national dataset of 10,000
 * communes, hundreds of stations and 100,000 activity rows stays well within.
 */
export const MAX_ITEMS: Record<InputLayer, number> = {
  countries: 1_000,
  provinces: 1_000,
  communes: 100_000,
  facilities: 100_000,
  markers: 100_000,
  borderLine: 10_000,
  twinPairs: 20_000,
  activity: 2_000_000,
};
