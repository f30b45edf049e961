import type { Lang } from '../state/schema.ts';
import type { Choropleth } from '../stats/Choropleth.ts';
import type { Dataset } from '../data/types.ts';
import { FACILITY_SYMBOLS, MARKER_SYMBOL, type SymbolSpec } from '../style/symbols.ts';
import { PALETTE } from '../style/palette.ts';
import { formatNumber, formatPeriodKey } from '../i18n/format.ts';
import { t } from '../i18n/t.ts';
import { statLabel } from './statLabel.ts';

/** How one legend entry is drawn: the same on screen and in exported images. */
export type LegendKey =
  | { kind: 'fill'; color: string }
  | { kind: 'symbol'; spec: SymbolSpec }
  | { kind: 'line'; color: string; dashed: boolean }
  | { kind: 'ring' }
  | { kind: 'split' };

export interface LegendEntry {
  key: LegendKey;
  label: string;
}

export interface LegendModel {
  title: string;
  illustrative: boolean;
  classes: LegendEntry[];
  symbols: LegendEntry[];
  /** Empty unless the coverage view is on. */
  coverage: LegendEntry[];
  /** Which areas are schematic, as the data stands. */
  note: string;
}

/** What of the basemap's towns and water a dataset has, so the legend explains only what the map draws. */
export interface BasemapKeys {
  towns: boolean;
  water: boolean;
}

export function basemapKeys(basemap: Dataset['basemap']): BasemapKeys {
  return { towns: basemap?.towns ?? false, water: basemap?.water ?? false };
}

/** A town as the map draws it (buildStyle's towns-dot): a white dot in the towns' ink. */
const TOWN_SYMBOL: SymbolSpec = { shape: 'circle', color: '#ffffff', stroke: PALETTE.town, size: 10 };

/** What the legend says: one description for the panel on screen and for every exported image. */
export function legendModel(lang: Lang, c: Choropleth, communes: { schematic: number; total: number }, coverage: boolean, basemap: BasemapKeys = { towns: false, water: false }): LegendModel {
  const fmt = (v: number) => formatNumber(lang, v, 1);
  const classes = c.colors.map((color, i) => {
    const lo = c.breaks[i - 1];
    const hi = c.breaks[i];
    const label = lo === undefined && hi === undefined ? '' : lo === undefined ? `< ${fmt(hi as number)}` : hi === undefined ? `≥ ${fmt(lo)}` : `${fmt(lo)} – < ${fmt(hi)}`;
    return { key: { kind: 'fill' as const, color }, label };
  });
  const { schematic, total } = communes;
  const schematicNote = schematic === total ? t(lang, 'legend.schematic') : schematic === 0 ? t(lang, 'legend.schematicNone') : t(lang, 'legend.schematicSome', { n: schematic, total });
  const note = c.illustrative ? `${schematicNote} ${t(lang, 'legend.illustrativeSplit')}` : schematicNote;
  return {
    title: legendTitle(lang, c),
    illustrative: c.illustrative,
    classes: [...classes, { key: { kind: 'fill', color: PALETTE.communeNoData }, label: t(lang, c.period === null ? 'noData' : 'noDataPeriod') }],
    symbols: [
      { key: { kind: 'symbol', spec: FACILITY_SYMBOLS.station }, label: t(lang, 'kind.station') },
      { key: { kind: 'symbol', spec: FACILITY_SYMBOLS.post }, label: t(lang, 'kind.post') },
      { key: { kind: 'symbol', spec: FACILITY_SYMBOLS.gate }, label: t(lang, 'kind.gate') },
      { key: { kind: 'symbol', spec: MARKER_SYMBOL }, label: t(lang, 'kind.marker') },
      { key: { kind: 'line', color: PALETTE.borderLine, dashed: false }, label: t(lang, 'legend.border') },
      { key: { kind: 'line', color: PALETTE.twinPair, dashed: true }, label: t(lang, 'legend.twin') },
      ...(basemap.towns ? [{ key: { kind: 'symbol' as const, spec: TOWN_SYMBOL }, label: t(lang, 'legend.town') }] : []),
      ...(basemap.water ? [{ key: { kind: 'fill' as const, color: PALETTE.water }, label: t(lang, 'legend.water') }] : []),
    ],
    coverage: coverage
      ? [
        { key: { kind: 'line', color: PALETTE.covered, dashed: false }, label: t(lang, 'legend.covered') },
        { key: { kind: 'line', color: PALETTE.uncovered, dashed: false }, label: t(lang, 'legend.uncovered') },
        { key: { kind: 'ring' }, label: t(lang, 'legend.ring') },
        { key: { kind: 'split' }, label: t(lang, 'legend.split') },
        { key: { kind: 'line', color: PALETTE.flagged, dashed: false }, label: t(lang, 'legend.flagged') },
      ]
      : [],
    note,
  };
}

/**
 * The statistic and the period its colours are for: the one chosen, the one
 * every value shares, or, with all periods over values of several, which
 * periods the map mixes, so no figure reads as another period's.
 */
function legendTitle(lang: Lang, c: Choropleth): string {
  const stat = statLabel(lang, { stat: c.stat, illustrative: false });
  const periods = c.period !== null ? [c.period] : c.periods;
  if (periods.length === 0) return stat;
  const said = periods.map((p) => formatPeriodKey(lang, p));
  return `${stat} — ${said.length === 1 ? said[0] : t(lang, 'legend.periodLatest', { periods: said.join(', ') })}`;
}
