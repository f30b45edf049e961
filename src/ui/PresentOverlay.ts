import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el } from './dom.ts';
import type { FigureText, SlideCard } from './slideCard.ts';

export type { SlideCard } from './slideCard.ts';

/**
 * A presented slide over the full-bleed map: a card at the top left with the
 * title, up to three key figures and one source line; the slide counter and
 * the keys at the top right, where neither the scale bar nor the credits
 * are. Speaker notes never show here: they are the presenter's window's.
 */
export class PresentOverlay {
  private root: HTMLElement | null = null;

  constructor(private lang: Lang) {}

  onAdd(parent: HTMLElement): HTMLElement {
    this.root = el(parent.ownerDocument, 'div', { class: 'present-overlay', hidden: true });
    parent.append(this.root);
    return this.root;
  }

  show(card: SlideCard | null): void {
    const root = this.root;
    if (!root) return;
    root.hidden = card === null;
    if (!card) return void root.replaceChildren();
    const doc = root.ownerDocument;
    const lang = this.lang;
    root.replaceChildren(
      el(doc, 'section', { class: 'present-slide', 'aria-label': t(lang, 'slideRegion', { n: card.n, total: card.total }) },
        // Polite: a screen reader says the new slide's title, and focus stays where it was (no ring drawn on a heading).
        el(doc, 'h1', { class: 'present-title', 'aria-live': 'polite' }, card.title),
        card.figures.length > 0 ? el(doc, 'ul', { class: 'present-figures' }, ...card.figures.map((f) => figure(doc, lang, f))) : null,
        el(doc, 'p', { class: 'present-source', title: card.source }, card.source),
      ),
      el(doc, 'div', { class: 'present-corner' },
        el(doc, 'div', { class: 'present-counter' }, t(lang, 'slideCounter', { n: card.n, total: card.total })),
        el(doc, 'div', { class: 'present-help' }, t(lang, 'presentHelp')),
      ),
    );
  }

  /** The space the slide's card takes at the top of the map, px from the map's top edge, so a fitted view keeps below it. */
  cardBottom(): number {
    const card = this.root?.querySelector('.present-slide');
    const stage = this.root?.parentElement;
    if (!card || !stage) return 0;
    return card.getBoundingClientRect().bottom - stage.getBoundingClientRect().top;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
  }

  onRemove(): void {
    this.root?.remove();
    this.root = null;
  }
}

function figure(doc: Document, lang: Lang, f: FigureText): HTMLElement {
  return el(doc, 'li', { class: `present-figure${f.illustrative ? ' is-illustrative' : ''}` },
    el(doc, 'span', { class: 'present-figure-value' }, f.value, f.unit ? el(doc, 'span', { class: 'present-figure-unit' }, ` ${f.unit}`) : null),
    el(doc, 'span', { class: 'present-figure-label' }, f.label),
    el(doc, 'span', { class: 'present-figure-when' },
      f.when,
      f.cites.length > 0 ? el(doc, 'sup', { class: 'cite', title: t(lang, 'sourceNumber', { n: f.cites.join(', ') }) }, ` [${f.cites.join(', ')}]`) : null,
      f.illustrative ? el(doc, 'span', { class: 'badge-illustrative', title: t(lang, 'illustrativeTitle') }, t(lang, 'illustrative')) : null,
    ),
  );
}
