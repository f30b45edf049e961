/**
 * Colours and symbol sizes shared by the map layers and the legend, so that
 * what the legend shows is exactly what the map draws.
 */
export const PALETTE = {
  sea: '#cfe3ef',
  landVietnam: '#f7f4ea',
  landNeighbour: '#e6e2d6',
  countryOutline: '#a39e8f',
  provinceOutline: '#5b4a7a',
  communeOutline: '#7d7466',
  communeNoData: '#e9e6df',
  borderLine: '#c0182b',
  borderHalo: '#ffffff',
  station: '#1d1d1b',
  post: '#b8336a',
  gate: '#d9822b',
  marker: '#6b1020',
  twinPair: '#7a3fa0',
  hover: '#111111',
  selected: '#f0b400',
  text: '#1d1d1b',
  /** Coverage view: blue for what stations reach, orange for the gaps (apart for colour-blind readers too). */
  covered: '#1f6fb4',
  uncovered: '#f28e2b',
  flagged: '#d94801',
  textHalo: '#ffffff',
} as const;

/** Sequential classes for the commune choropleth, light to dark (ColorBrewer YlGnBu 5). */
export const CHOROPLETH = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** Hatched fill is not available offline; schematic areas get a dashed outline instead. */
export const SCHEMATIC_DASH = [2, 2] as const;
