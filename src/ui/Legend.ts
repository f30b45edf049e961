import type { Lang } from '../state/schema.ts';
import type { Choropleth } from '../stats/Choropleth.ts';
import { FACILITY_SYMBOLS, MARKER_SYMBOL } from '../style/symbols.ts';
import { PALETTE } from '../style/palette.ts';
import { t } from '../i18n/t.ts';
import { formatNumber } from '../i18n/format.ts';
import { el } from './dom.ts';
import { wideScreen } from './wideScreen.ts';
import { statLabel } from './statLabel.ts';
import { lineSwatch, shapeSwatch, symbolSwatch } from './symbolSwatch.ts';

/**
 * Explains what the map draws: the classes of the chosen statistic (badged
 * when illustrative), the symbols, and that the areas are schematic.
 */
export class Legend {
  private root: HTMLElement | null = null;
  private coverage = false;

  /** `communes` counts the commune areas drawn and how many of them are schematic. */
  constructor(private lang: Lang, private choropleth: Choropleth, private communes: { schematic: number; total: number }) {}

  onAdd(parent: HTMLElement): HTMLElement {
    // A disclosure, open on wide screens and closed on phones, where it would cover the map.
    this.root = el(parent.ownerDocument, 'details', { class: 'legend', open: wideScreen(parent) });
    parent.append(this.root);
    this.render();
    return this.root;
  }

  update(lang: Lang, choropleth: Choropleth, communes = this.communes): void {
    this.lang = lang;
    this.choropleth = choropleth;
    this.communes = communes;
    this.render();
  }

  /** With the coverage view on, the legend explains its colours too. */
  setCoverage(on: boolean): void {
    this.coverage = on;
    this.render();
  }

  private render(): void {
    if (!this.root) return;
    const doc = this.root.ownerDocument;
    const { lang, choropleth: c } = this;
    const fmt = (v: number) => formatNumber(lang, v, 1);
    const classes = c.colors.map((color, i) => {
      const lo = c.breaks[i - 1];
      const hi = c.breaks[i];
      const range = lo === undefined && hi === undefined ? '' : lo === undefined ? `< ${fmt(hi as number)}` : hi === undefined ? `≥ ${fmt(lo)}` : `${fmt(lo)} – < ${fmt(hi)}`;
      return el(doc, 'li', {}, swatch(doc, color), range);
    });
    const item = (icon: Element, label: string) => el(doc, 'li', {}, icon, label);
    this.root.replaceChildren(
      el(doc, 'summary', { class: 'legend-summary' }, t(lang, 'legend')),
      el(doc, 'h2', { class: 'legend-title' }, statLabel(lang, { stat: c.stat, illustrative: false }),
        c.illustrative ? el(doc, 'span', { class: 'badge-illustrative', title: t(lang, 'illustrativeTitle') }, t(lang, 'illustrative')) : null,
      ),
      el(doc, 'ul', { class: 'legend-classes' }, ...classes, el(doc, 'li', {}, swatch(doc, PALETTE.communeNoData), t(lang, 'noData'))),
      el(doc, 'ul', { class: 'legend-symbols' },
        item(symbolSwatch(doc, FACILITY_SYMBOLS.station), t(lang, 'kind.station')),
        item(symbolSwatch(doc, FACILITY_SYMBOLS.post), t(lang, 'kind.post')),
        item(symbolSwatch(doc, FACILITY_SYMBOLS.gate), t(lang, 'kind.gate')),
        item(symbolSwatch(doc, MARKER_SYMBOL), t(lang, 'kind.marker')),
        item(lineSwatch(doc, PALETTE.borderLine, false), t(lang, 'legend.border')),
        item(lineSwatch(doc, PALETTE.twinPair, true), t(lang, 'legend.twin')),
      ),
      ...(this.coverage
        ? [el(doc, 'ul', { class: 'legend-symbols legend-coverage' },
          item(lineSwatch(doc, PALETTE.covered, false), t(lang, 'legend.covered')),
          item(lineSwatch(doc, PALETTE.uncovered, false), t(lang, 'legend.uncovered')),
          item(shapeSwatch(doc, 'ring'), t(lang, 'legend.ring')),
          item(shapeSwatch(doc, 'split'), t(lang, 'legend.split')),
          item(lineSwatch(doc, PALETTE.flagged, false), t(lang, 'legend.flagged')),
        )]
        : []),
      el(doc, 'p', { class: 'legend-schematic-note' }, this.schematicNote()),
    );
  }

  /** Says which areas are schematic as the data stands, also once opened files replace some. */
  private schematicNote(): string {
    const { schematic, total } = this.communes;
    if (schematic === total) return t(this.lang, 'legend.schematic');
    if (schematic === 0) return t(this.lang, 'legend.schematicNone');
    return t(this.lang, 'legend.schematicSome', { n: schematic, total });
  }

  onRemove(): void {
    this.root?.remove();
    this.root = null;
  }
}

function swatch(doc: Document, color: string): HTMLElement {
  const s = el(doc, 'span', { class: 'swatch', 'aria-hidden': 'true' });
  s.style.background = color;
  return s;
}
