import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el, listen } from './dom.ts';

/**
 * Says on screen what failed, in the loader's exact words, with a way to try
 * again. Titled by what the reader is left with: no map at all, or a map
 * that lacks a layer (`partial`).
 */
export class ErrorBox {
  private root: HTMLElement | null = null;
  private off: (() => void)[] = [];

  constructor(private readonly lang: Lang, private readonly message: string, private readonly onRetry: () => void, private readonly partial = false) {}

  onAdd(parent: HTMLElement): HTMLElement {
    const doc = parent.ownerDocument;
    const retry = el(doc, 'button', { type: 'button', class: 'error-retry' }, t(this.lang, 'retry'));
    this.root = el(
      doc, 'div', { class: 'error', role: 'alert' },
      el(doc, 'h2', { class: 'error-title' }, t(this.lang, this.partial ? 'layersFailed' : 'loadFailed')),
      el(doc, 'p', { class: 'error-message' }, this.message),
      retry,
    );
    this.off.push(listen(retry, 'click', () => this.onRetry()));
    parent.append(this.root);
    return this.root;
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.root?.remove();
    this.root = null;
  }
}
