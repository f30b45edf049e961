import { max } from 'd3';
import { scaleLinear } from 'd3';
import { select } from 'd3';
import type { Lang } from '../state/schema.ts';
import type { SiblingValue } from '../stats/siblingValues.ts';
import { formatNumber } from '../i18n/format.ts';

const ROW = 18;
const LABEL = 118;
const WIDTH = 320;
const VALUE = 64;

/**
 * Horizontal bars of one metric for an area and its siblings over the same
 * period, the area itself highlighted. Illustrative values are drawn hatched
 * in grey tones and say so in their title, so they never pass for published.
 * `ranked`: the items are some of the siblings only; each label starts with its rank.
 */
export function barChart(doc: Document, lang: Lang, items: SiblingValue[], highlight: string, label: string, ranked = false): SVGSVGElement {
  const svg = select(doc.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    .attr('class', 'bar-chart')
    .attr('width', WIDTH)
    .attr('height', items.length * ROW + 4)
    .attr('viewBox', `0 0 ${WIDTH} ${items.length * ROW + 4}`)
    .attr('role', 'img')
    .attr('aria-label', label);
  const x = scaleLinear().domain([0, max(items, (d) => d.value) ?? 1]).range([0, WIDTH - LABEL - VALUE]);
  const row = svg
    .selectAll('g')
    .data(items)
    .join('g')
    .attr('transform', (_, i) => `translate(0,${i * ROW + 2})`)
    .classed('is-self', (d) => d.areaId === highlight)
    .classed('is-illustrative', (d) => d.status === 'illustrative');
  row.append('title').text((d) => `${d.name}: ${formatNumber(lang, d.value)}`);
  row.append('text').attr('class', 'bar-label').attr('x', LABEL - 6).attr('y', ROW / 2).attr('dy', '0.35em').attr('text-anchor', 'end')
    // A chart that skips ranks says each bar's rank, so the gaps show.
    .text((d) => {
      const name = ranked ? `${d.rank}. ${d.name}` : d.name;
      return name.length > 18 ? `${name.slice(0, 17)}…` : name;
    });
  row.append('rect').attr('class', 'bar').attr('x', LABEL).attr('y', 2).attr('height', ROW - 5)
    .attr('width', (d) => Math.max(1, x(d.value)));
  row.append('text').attr('class', 'bar-value').attr('x', (d) => LABEL + Math.max(1, x(d.value)) + 4).attr('y', ROW / 2).attr('dy', '0.35em')
    .text((d) => formatNumber(lang, d.value));
  return svg.node() as SVGSVGElement;
}
