/**
 * What the commune fill shows: one value per commune, cut into classes.
 * Built by src/stats, drawn by src/map, explained by the legend in src/ui,
 * so all three agree on the same breaks and colours.
 */
export interface Choropleth {
  /** The statistic: a commune property (e.g. "borderKmEst") or an activity metric. */
  stat: string;
  /** Value per commune id; an id that is missing or null has no data. */
  values: Record<string, number | null>;
  /** Class thresholds, ascending: class i holds values v with breaks[i-1] <= v < breaks[i]. */
  breaks: number[];
  /** One colour per class: colors.length === breaks.length + 1. */
  colors: readonly string[];
  /** True when any value shown is illustrative rather than published. */
  illustrative: boolean;
}
