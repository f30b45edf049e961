import type { ActivityRecord, Dataset } from '../data/types.ts';
import type { Lang } from '../state/schema.ts';
import { activityGroups } from '../stats/activityGroups.ts';
import { inPeriod, periodOf } from '../stats/inPeriod.ts';
import { siblingsThatMatter, siblingValues } from '../stats/siblingValues.ts';
import { t } from '../i18n/t.ts';
import { formatFigure, formatNumber, formatPeriod, formatPeriodKey } from '../i18n/format.ts';
import type { Citations } from '../data/Citations.ts';
import { citeMarks } from './sourceNotes.ts';
import { CATEGORY_LABELS, METRIC_LABELS, UNIT_LABELS, labelOf } from '../i18n/labels.ts';
import { barChart } from './barChart.ts';
import { el } from './dom.ts';

/**
 * An area's activity figures by category and period. Each figure carries
 * the number of its source note and keeps its qualifier ("≈ 500"); an
 * illustrative one carries a badge; where siblings have the same metric over
 * the same period, a bar chart compares them. With a period chosen, only its
 * figures show, and the section says how many of other periods it hides.
 */
export function activitySection(doc: Document, dataset: Dataset, areaId: string, lang: Lang, citations: Citations, period: string | null = null): HTMLElement {
  const groups = activityGroups(inPeriod(dataset.activity, period), areaId);
  const hidden = period === null ? 0 : dataset.activity.filter((r) => r.areaId === areaId && periodOf(r) !== period).length;
  const chosen = period === null ? '' : formatPeriodKey(lang, period);
  const section = el(doc, 'section', { class: 'panel-activity' }, el(doc, 'h3', {}, t(lang, 'statistics')));
  const province = dataset.provinces.features.find((f) => f.properties.id === areaId)?.properties;
  // Figures published for border and coastal districts together: say so, or sea-going teams read as land-border work.
  if (province?.published.some((f) => f.key === 'borderCoastalDistricts')) section.append(el(doc, 'p', { class: 'panel-scope' }, t(lang, 'coastScope')));
  if (groups.length === 0) section.append(el(doc, 'p', { class: 'panel-empty' }, hidden > 0 ? t(lang, 'noStatisticsPeriod', { period: chosen }) : t(lang, 'noStatistics')));
  if (hidden > 0) section.append(el(doc, 'p', { class: 'panel-period-note' }, t(lang, 'periodOnly', { period: chosen, n: hidden })));
  if (groups.length === 0) return section;
  for (const g of groups) {
    const cat = el(doc, 'section', { class: 'activity-category', 'data-category': g.category }, el(doc, 'h4', {}, labelOf(CATEGORY_LABELS, g.category, lang)));
    for (const p of g.periods) {
      const period = formatPeriod(lang, p.periodStart, p.periodEnd);
      cat.append(el(doc, 'h5', { class: 'activity-period' }, period), ...p.records.map((r) => figure(doc, dataset, r, lang, period, citations)));
    }
    section.append(cat);
  }
  return section;
}

function figure(doc: Document, dataset: Dataset, r: ActivityRecord, lang: Lang, period: string, citations: Citations): HTMLElement {
  const metric = labelOf(METRIC_LABELS, r.metric, lang);
  const row = el(
    doc, 'div', { class: `figure is-${r.status}`, 'data-metric': r.metric, 'data-period': `${r.periodStart}/${r.periodEnd}` },
    el(doc, 'div', { class: 'figure-head' },
      el(doc, 'span', { class: 'figure-label' }, metric),
      el(doc, 'span', { class: 'value', ...(r.qualifier ? { title: t(lang, `qualifier.${r.qualifier}`) } : {}) }, formatFigure(lang, r.value, r.qualifier)),
      el(doc, 'span', { class: 'figure-unit' }, labelOf(UNIT_LABELS, r.unit, lang)),
      r.status === 'illustrative'
        ? el(doc, 'span', { class: 'badge-illustrative', title: t(lang, 'illustrativeTitle') }, t(lang, 'illustrative'))
        : null,
      ...citeMarks(doc, lang, citations.cite([r.sourceId])),
    ),
  );
  const all = siblingValues(dataset, r);
  if (all.length >= 2) {
    // Hundreds of communes in a province: the chart keeps the top, the bottom and the area's own neighbours in rank.
    const siblings = siblingsThatMatter(all, r.areaId);
    const cut = siblings.length < all.length;
    const self = all.find((s) => s.areaId === r.areaId);
    const items = siblings.map((s) => `${cut ? `${s.rank}. ` : ''}${s.name} ${formatNumber(lang, s.value)}`).join('; ');
    row.append(
      el(doc, 'div', { class: 'figure-compare' }, cut && self ? t(lang, 'compareRank', { rank: self.rank, n: all.length }) : t(lang, 'compare')),
      barChart(doc, lang, siblings, r.areaId, t(lang, 'chartLabel', { metric, period, items }), cut),
    );
  }
  return row;
}
