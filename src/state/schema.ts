export type Lang = 'vi' | 'en';

/**
 * Layers the user can switch on and off: every layer of a dataset but the
 * countries, which always show (the dataset's `LayerKey` is these and
 * 'countries', so the state needs nothing from the data's types).
 */
export type ToggleLayer = 'provinces' | 'communes' | 'facilities' | 'markers' | 'borderLine' | 'twinPairs';
export const TOGGLE_LAYERS: readonly ToggleLayer[] = [
  'provinces',
  'communes',
  'facilities',
  'markers',
  'borderLine',
  'twinPairs',
];

/**
 * The whole app state. Everything a URL can carry lives here, one key each;
 * src/state/url.ts is the only place that reads or writes the URL, and embed
 * and presentation modes (later issues) are presets of this state.
 */
export interface AppState {
  /** Folder of the dataset, relative to the page: holds manifest.json. */
  dataset: string;
  /** UI language; Vietnamese is the default audience. */
  lang: Lang;
  /** Id of the selected area (province, commune, facility or twin pair), or null. */
  select: string | null;
  /** Statistic the communes are coloured by: a commune property or an activity metric. */
  stat: string;
  /**
   * Period the communes are coloured for and the panel's figures cover, as
   * first--last day (2024-01-01--2024-06-30); null for all periods, each
   * figure under its own period and each commune coloured by its latest.
   * Null by default: provinces report over different periods (a half-year
   * here, a year there), so a statistic's latest period would blank the
   * communes reported only earlier; and links and slides made before there
   * was a choice keep showing what they showed.
   */
  period: string | null;
  /** Layers drawn, in TOGGLE_LAYERS order. */
  layers: ToggleLayer[];
  /** Whether the coverage view is on: station rings, covered border, gaps and flagged communes. */
  coverage: boolean;
  /** Coverage radius around each station, km, a whole number from RADIUS_MIN to RADIUS_MAX. */
  radius: number;
  /** Communes as they were before the reform of 1 July 2025, or the merged units after it. */
  units: Units;
  /** Id of the briefing being presented, or null when not presenting. */
  present: string | null;
  /** Slide shown while presenting, from 1. */
  slide: number;
  /** This window is the presenter's: notes and the next slide, kept in step with the projected window. */
  presenter: boolean;
  /** Where the map looks, as #map=zoom/lat/lon; null until a link or the user sets it (the map then fits the selection or the dataset). */
  camera: MapView | null;
  /** Embedded in another page: minimal chrome, cooperative gestures, a link to the full map. */
  embed: boolean;
  /** Embedded: the side panel starts open. */
  panel: boolean;
  /** Embedded: the layer, statistic and coverage controls are shown. */
  controls: boolean;
}

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export type Units = 'pre2025' | 'post2025';

export const RADIUS_MIN = 1;
export const RADIUS_MAX = 50;

export const DEFAULT_STATE: Readonly<AppState> = Object.freeze({
  dataset: 'data/demo',
  lang: 'vi',
  select: null,
  stat: 'borderKmEst',
  period: null,
  layers: [...TOGGLE_LAYERS],
  coverage: false,
  radius: 10,
  units: 'pre2025',
  present: null,
  slide: 1,
  presenter: false,
  camera: null,
  embed: false,
  panel: false,
  controls: true,
});
