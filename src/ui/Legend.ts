import type { Lang } from '../state/schema.ts';
import type { Choropleth } from '../stats/Choropleth.ts';
import { t } from '../i18n/t.ts';
import { el } from './dom.ts';
import { legendModel, type BasemapKeys, type LegendEntry, type LegendKey, type LegendModel } from './legendModel.ts';
import { lineSwatch, shapeSwatch, symbolSwatch } from './symbolSwatch.ts';
import { replaceKeepingFocus } from './keepFocus.ts';

/**
 * Explains what the map draws: the classes of the chosen statistic (badged
 * when illustrative), the symbols, and that the areas are schematic.
 */
export class Legend {
  private root: HTMLElement | null = null;
  private coverage = false;

  /** `communes` counts the commune areas drawn and how many of them are schematic; `basemap`, what of towns and water the map draws. */
  constructor(private lang: Lang, private choropleth: Choropleth, private communes: { schematic: number; total: number }, private basemap: BasemapKeys = { towns: false, water: false }) {}

  onAdd(parent: HTMLElement): HTMLElement {
    // In the legend drawer, which folds it away (see Drawer).
    this.root = el(parent.ownerDocument, 'div', { class: 'legend' });
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

  /** What the legend shows now: exported images draw the same. */
  get model(): LegendModel {
    return legendModel(this.lang, this.choropleth, this.communes, this.coverage, this.basemap);
  }

  private render(): void {
    if (!this.root) return;
    const doc = this.root.ownerDocument;
    replaceKeepingFocus(this.root, ...legendContent(doc, this.model, this.lang));
  }

  onRemove(): void {
    this.root?.remove();
    this.root = null;
  }
}

/** The legend's title, entries and note as elements: on screen and on printed pages alike. */
export function legendContent(doc: Document, m: LegendModel, lang: Lang): Element[] {
  const list = (cls: string, entries: LegendEntry[]) =>
    el(doc, 'ul', { class: cls }, ...entries.map((e) => el(doc, 'li', {}, keySwatch(doc, e.key), e.label)));
  return [
    el(doc, 'h2', { class: 'legend-title' }, m.title,
      m.illustrative ? el(doc, 'span', { class: 'badge-illustrative', title: t(lang, 'illustrativeTitle') }, t(lang, 'illustrative')) : null,
    ),
    list('legend-classes', m.classes),
    list('legend-symbols', m.symbols),
    ...(m.coverage.length > 0 ? [list('legend-symbols legend-coverage', m.coverage)] : []),
    el(doc, 'p', { class: 'legend-schematic-note' }, m.note),
  ];
}

/** The swatch of one legend entry, drawn from its key. */
function keySwatch(doc: Document, key: LegendKey): Element {
  switch (key.kind) {
    case 'fill': {
      const s = el(doc, 'span', { class: 'swatch', 'aria-hidden': 'true' });
      s.style.background = key.color;
      return s;
    }
    case 'symbol': return symbolSwatch(doc, key.spec);
    case 'line': return lineSwatch(doc, key.color, key.dashed);
    default: return shapeSwatch(doc, key.kind);
  }
}
