/**
 * What the commune fill shows: one value per commune, cut into classes.
 * Built by src/stats, drawn by src/map, explained by the legend in src/ui,
 * so all three agree on the same breaks and colours.
 */
export interface Choropleth {
  /** The statistic: a commune property (e.g. "borderKmEst") or an activity metric. */
  stat: string;
  /** The period chosen, as first--last day; null for all periods (each commune its latest). */
  period: string | null;
  /** The periods the values are for, newest first: more than one only with all periods, and none for border length. */
  periods: string[];
  /** Value per commune id; an id that is missing or null has no data. */
  values: Record<string, number | null>;
  /** Class thresholds, ascending: class i holds values v with breaks[i-1] <= v < breaks[i]. */
  breaks: number[];
  /** One colour per class: colors.length === breaks.length + 1. */
  colors: readonly string[];
  /** True when any value shown is illustrative rather than published. */
  illustrative: boolean;
}
