import type { ActivityRecord, Dataset } from '../data/types.ts';
import type { Lang } from '../state/schema.ts';
import { activityGroups, periodsOnly, type PeriodGroup } from '../stats/activityGroups.ts';
import { inPeriod, periodOf } from '../stats/inPeriod.ts';
import { recordsOfArea } from '../stats/recordsOfArea.ts';
import { siblingsThatMatter, siblingValues } from '../stats/siblingValues.ts';
import { periodSeries } from '../stats/periodSeries.ts';
import { t } from '../i18n/t.ts';
import { formatFigure, formatPeriod, formatPeriodKey } from '../i18n/format.ts';
import type { Citations } from '../data/Citations.ts';
import { citeMarks } from './sourceNotes.ts';
import { CATEGORY_LABELS, METRIC_LABELS, UNIT_LABELS, labelOf } from '../i18n/labels.ts';
import { barChart, type Bar } from './barChart.ts';
import { el } from './dom.ts';
import { drawNow, type Later } from './drawWhenSeen.ts';

/** Up to this many figures, an area's figures are listed by period only: a category heading would repeat its one metric. */
const FEW_FIGURES = 6;

/**
 * An area's activity figures, each a line (what it counts, then its value,
 * unit, illustrative badge and source number, qualifier kept: "≈ 500"), with
 * bars comparing it with its siblings over the same period where they have
 * it, and a small comparison across periods for a metric given for more
 * than one. Many figures are grouped by category, then period; few, by
 * period alone. With a period chosen, only its figures show, and the section
 * says how many of other periods it hides. The charts' bars are drawn when
 * `later` says; their text equivalents are there at once.
 */
export function activitySection(doc: Document, dataset: Dataset, areaId: string, lang: Lang, citations: Citations, chosenPeriod: string | null = null, later: Later = drawNow): HTMLElement {
  const own = recordsOfArea(dataset.activity, areaId);
  const groups = activityGroups(inPeriod(own, chosenPeriod), areaId);
  const hidden = chosenPeriod === null ? 0 : own.filter((r) => periodOf(r) !== chosenPeriod).length;
  const chosen = chosenPeriod === null ? '' : formatPeriodKey(lang, chosenPeriod);
  const section = el(doc, 'section', { class: 'panel-activity' }, el(doc, 'h3', {}, t(lang, 'statistics')));
  const province = dataset.provinces.features.find((f) => f.properties.id === areaId)?.properties;
  // Figures published for border and coastal districts together: say so, or sea-going teams read as land-border work.
  if (province?.published.some((f) => f.key === 'borderCoastalDistricts')) section.append(el(doc, 'p', { class: 'panel-scope' }, t(lang, 'coastScope')));
  if (groups.length === 0) section.append(el(doc, 'p', { class: 'panel-empty' }, hidden > 0 ? t(lang, 'noStatisticsPeriod', { period: chosen }) : t(lang, 'noStatistics')));
  if (hidden > 0) section.append(el(doc, 'p', { class: 'panel-period-note' }, t(lang, 'periodOnly', { period: chosen, n: hidden })));
  if (groups.length === 0) return section;
  const count = groups.reduce((n, g) => n + g.periods.reduce((m, p) => m + p.records.length, 0), 0);
  const period = (p: PeriodGroup, heading: 'h4' | 'h5') => {
    const name = formatPeriod(lang, p.periodStart, p.periodEnd);
    return [el(doc, heading, { class: 'activity-period' }, name), ...p.records.map((r) => figure(doc, dataset, r, lang, name, citations, later))];
  };
  if (groups.length > 1 && count > FEW_FIGURES) {
    for (const g of groups) {
      const name = labelOf(CATEGORY_LABELS, g.category, lang);
      const only = g.periods.length === 1 ? g.periods[0] : undefined;
      // A category over one period names it in its own heading: a line saved for each.
      const heading = only
        ? el(doc, 'h4', {}, name, ' ', el(doc, 'span', { class: 'activity-period' }, formatPeriod(lang, only.periodStart, only.periodEnd)))
        : el(doc, 'h4', {}, name);
      section.append(el(doc, 'section', { class: 'activity-category', 'data-category': g.category },
        heading,
        ...(only ? period(only, 'h5').slice(1) : g.periods.flatMap((p) => period(p, 'h5'))),
        ...periodCompare(doc, lang, g.periods.flatMap((p) => p.records), later)));
    }
  } else {
    const periods = periodsOnly(groups);
    section.append(...periods.flatMap((p) => period(p, 'h4')), ...periodCompare(doc, lang, periods.flatMap((p) => p.records), later));
  }
  // No chart at all: say why, or a planner looks for the comparison the other panels have.
  if (!section.querySelector('.bar-chart:not(.is-periods)')) section.querySelector('h3')?.after(el(doc, 'p', { class: 'panel-scope' }, t(lang, 'noComparison')));
  return section;
}

function figure(doc: Document, dataset: Dataset, r: ActivityRecord, lang: Lang, period: string, citations: Citations, later: Later): HTMLElement {
  const metric = labelOf(METRIC_LABELS, r.metric, lang);
  const row = el(
    doc, 'div', { class: `figure is-${r.status}`, 'data-metric': r.metric, 'data-period': `${r.periodStart}/${r.periodEnd}` },
    el(doc, 'div', { class: 'figure-head' },
      el(doc, 'span', { class: 'figure-label' }, metric),
      el(doc, 'span', { class: 'figure-number' },
        el(doc, 'span', { class: 'value', ...(r.qualifier ? { title: t(lang, `qualifier.${r.qualifier}`) } : {}) }, formatFigure(lang, r.value, r.qualifier)),
        ' ',
        el(doc, 'span', { class: 'figure-unit' }, labelOf(UNIT_LABELS, r.unit, lang)),
        r.status === 'illustrative'
          ? el(doc, 'span', { class: 'badge-illustrative', title: t(lang, 'illustrativeTitle') }, t(lang, 'illustrative'))
          : null,
        ...citeMarks(doc, lang, citations.cite([r.sourceId]))),
    ),
  );
  const all = siblingValues(dataset, r);
  if (all.length >= 2) {
    // Hundreds of communes in a province: the chart keeps the top, the bottom and the area's own neighbours in rank.
    const siblings = siblingsThatMatter(all, r.areaId);
    const cut = siblings.length < all.length;
    const self = all.find((s) => s.areaId === r.areaId);
    const bars: Bar[] = siblings.map((s) => ({ id: s.areaId, label: cut ? `${s.rank}. ${s.name}` : s.name, value: s.value, illustrative: s.status === 'illustrative', ...(s.qualifier ? { qualifier: s.qualifier } : {}) }));
    const items = bars.map((b) => `${b.label} ${formatFigure(lang, b.value, b.qualifier)}`).join('; ');
    row.append(
      el(doc, 'div', { class: 'figure-compare' }, cut && self ? t(lang, 'compareRank', { rank: self.rank, n: all.length }) : t(lang, 'compare')),
      barChart(doc, lang, bars, r.areaId, t(lang, 'chartLabel', { metric, period, items }), undefined, undefined, later),
    );
  }
  return row;
}

/** For each metric given over more than one period, its figures side by side, the latest stressed; periods of different lengths are said to be. */
function periodCompare(doc: Document, lang: Lang, records: readonly ActivityRecord[], later: Later): HTMLElement[] {
  return periodSeries(records).map((s) => {
    const metric = labelOf(METRIC_LABELS, s.metric, lang);
    const bars: Bar[] = s.points.map((p) => ({ id: `${p.periodStart}/${p.periodEnd}`, label: formatPeriod(lang, p.periodStart, p.periodEnd), value: p.value, illustrative: p.status === 'illustrative', ...(p.qualifier ? { qualifier: p.qualifier } : {}) }));
    const items = bars.map((b) => `${b.label} ${formatFigure(lang, b.value, b.qualifier)}`).join('; ');
    return el(doc, 'div', { class: 'period-compare', 'data-metric': s.metric },
      el(doc, 'div', { class: 'figure-compare' }, `${t(lang, s.sameLength ? 'acrossPeriods' : 'acrossPeriodsUneven')}: ${metric}`),
      barChart(doc, lang, bars, bars[0]?.id ?? '', t(lang, 'chartLabel', { metric, period: t(lang, 'acrossPeriods'), items }), 150, 'is-periods', later));
  });
}
