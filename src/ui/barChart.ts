import { max } from 'd3';
import { scaleLinear } from 'd3';
import { select } from 'd3';
import type { Lang } from '../state/schema.ts';
import type { Qualifier } from '../data/types.ts';
import { formatFigure } from '../i18n/format.ts';
import { drawNow, type Later } from './drawWhenSeen.ts';

/** One bar: an area beside its siblings, or one period of an area's figure. */
export interface Bar {
  id: string;
  label: string;
  value: number;
  illustrative: boolean;
  /** The source's "nearly", "over": kept on the bar's value. */
  qualifier?: Qualifier;
}

const ROW = 16;
const WIDTH = 320;
const VALUE = 56;

/**
 * Horizontal bars of one metric, the bar `highlight` names stressed.
 * Illustrative values are drawn hatched in grey tones and say so in their
 * title, so they never pass for published. `label` is the chart's text for
 * screen readers: every bar's name and value. Labels longer than the label
 * column are cut with "…"; the bar's title keeps them whole. The chart's
 * frame (its size and label) is made at once; its bars when `later` says,
 * so a panel can leave those out of sight for after it shows.
 */
export function barChart(doc: Document, lang: Lang, items: readonly Bar[], highlight: string, label: string, labelWidth = 118, className = '', later: Later = drawNow): SVGSVGElement {
  const height = items.length * ROW + 2;
  const svg = select(doc.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    .attr('class', className ? `bar-chart ${className}` : 'bar-chart')
    .attr('width', WIDTH)
    .attr('height', height)
    .attr('viewBox', `0 0 ${WIDTH} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', label);
  const node = svg.node() as SVGSVGElement;
  later(node, () => drawBars(node, lang, items, highlight, labelWidth));
  return node;
}

function drawBars(node: SVGSVGElement, lang: Lang, items: readonly Bar[], highlight: string, labelWidth: number): void {
  const svg = select(node);
  const x = scaleLinear().domain([0, max(items, (d) => d.value) || 1]).range([0, WIDTH - labelWidth - VALUE]);
  // About 6 px a character at the chart's 10 px type.
  const fits = Math.floor(labelWidth / 6);
  const row = svg
    .selectAll('g')
    .data(items)
    .join('g')
    .attr('transform', (_, i) => `translate(0,${i * ROW + 1})`)
    .classed('is-self', (d) => d.id === highlight)
    .classed('is-illustrative', (d) => d.illustrative);
  row.append('title').text((d) => `${d.label}: ${formatFigure(lang, d.value, d.qualifier)}`);
  row.append('text').attr('class', 'bar-label').attr('x', labelWidth - 6).attr('y', ROW / 2).attr('dy', '0.35em').attr('text-anchor', 'end')
    .text((d) => (d.label.length > fits ? `${d.label.slice(0, fits - 1)}…` : d.label));
  row.append('rect').attr('class', 'bar').attr('x', labelWidth).attr('y', 2).attr('height', ROW - 5)
    .attr('width', (d) => Math.max(1, x(d.value)));
  row.append('text').attr('class', 'bar-value').attr('x', (d) => labelWidth + Math.max(1, x(d.value)) + 4).attr('y', ROW / 2).attr('dy', '0.35em')
    .text((d) => formatFigure(lang, d.value, d.qualifier));
}
