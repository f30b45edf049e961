import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el } from './dom.ts';

export interface SlideCard {
  title: string;
  notes: string;
  /** From 1. */
  n: number;
  total: number;
  showNotes: boolean;
}

/** Over the map while presenting: the slide's title, where we are, the keys, and the notes on demand. */
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
    root.replaceChildren(
      el(doc, 'h1', { class: 'present-title', 'aria-live': 'polite' }, card.title),
      el(doc, 'div', { class: 'present-counter', 'aria-label': `${card.n} / ${card.total}` }, t(this.lang, 'slideCounter', { n: card.n, total: card.total })),
      card.showNotes && card.notes ? el(doc, 'aside', { class: 'present-notes', 'aria-label': t(this.lang, 'notes') }, card.notes) : '',
      el(doc, 'div', { class: 'present-help' }, t(this.lang, 'presentHelp')),
    );
  }

  setLang(lang: Lang): void {
    this.lang = lang;
  }

  onRemove(): void {
    this.root?.remove();
    this.root = null;
  }
}
