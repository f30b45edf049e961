/**
 * Colours and symbol sizes shared by the map layers and the legend, so that
 * what the legend shows is exactly what the map draws.
 */
export const PALETTE = {
  sea: '#c6dcea',
  /** Lakes, reservoirs and wide rivers: the sea's blue, a shade deeper so they read on land. */
  water: '#b5d0e3',
  waterOutline: '#8fb3cc',
  landVietnam: '#f7f4ea',
  landNeighbour: '#e6e2d6',
  countryOutline: '#8f8877',
  provinceOutline: '#5b4a7a',
  communeOutline: '#7d7466',
  communeNoData: '#e9e6df',
  borderLine: '#c0182b',
  borderHalo: '#ffffff',
  /** Facilities differ by shape and stay black and white, so no coverage or choropleth colour is ever taken for one. */
  station: '#1d1d1b',
  post: '#1d1d1b',
  gate: '#ffffff',
  /** Outline of symbols drawn in white (gates), so they read on light fills. */
  symbolStroke: '#1d1d1b',
  marker: '#6b1020',
  twinPair: '#7a3fa0',
  town: '#4a4538',
  hover: '#111111',
  selected: '#f0b400',
  text: '#1d1d1b',
  /** Names of neighbouring countries: quieter than the data's own labels. */
  countryLabel: '#6d675a',
  /**
   * The coverage view, one scheme: dark for the border a station reaches,
   * amber for the gaps, rust for communes to look at. Chosen with
   * scripts/palette/check.ts so the three stay apart from each other and from
   * every choropleth class for protan, deutan and tritan readers too
   * (tests/unit/style/palette.test.ts holds the margins).
   */
  covered: '#333333',
  uncovered: '#f09000',
  flagged: '#a04000',
  textHalo: '#ffffff',
} as const;

/** The coverage view's classes, as the palette check and the legend name them. */
export const COVERAGE_CLASSES = { covered: PALETTE.covered, uncovered: PALETTE.uncovered, flagged: PALETTE.flagged } as const;

/** Sequential classes for the commune choropleth, light to dark (ColorBrewer YlGnBu 5). */
export const CHOROPLETH = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** Hatched fill is not available offline; schematic areas get a dashed outline instead. */
export const SCHEMATIC_DASH = [2, 2] as const;
