import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el, listen } from './dom.ts';

/**
 * Over the map while the code of a feature loads on first use, or, when it
 * could not be fetched, what failed and where, with a retry. `feature` is the
 * feature's name in the reader's language.
 */
export class FeatureNotice {
  private root: HTMLElement | null = null;
  private off: (() => void)[] = [];

  constructor(private readonly lang: Lang, private readonly feature: string, private readonly failure: { detail: string; onRetry(): void; onClose(): void } | null) {}

  onAdd(parent: HTMLElement): void {
    const doc = parent.ownerDocument;
    const f = this.failure;
    if (!f) {
      this.root = el(doc, 'div', { class: 'progress feature-loading', role: 'status' }, t(this.lang, 'featureLoading', { feature: this.feature }));
    } else {
      const retry = el(doc, 'button', { type: 'button', class: 'error-retry' }, t(this.lang, 'retry'));
      const close = el(doc, 'button', { type: 'button', class: 'error-retry' }, t(this.lang, 'close'));
      this.root = el(
        doc, 'div', { class: 'error feature-failed', role: 'alert' },
        el(doc, 'h2', { class: 'error-title' }, t(this.lang, 'featureFailed', { feature: this.feature })),
        el(doc, 'p', { class: 'error-message' }, t(this.lang, 'featureFailedDetail', { detail: f.detail })),
        retry, ' ', close,
      );
      this.off.push(listen(retry, 'click', () => f.onRetry()), listen(close, 'click', () => f.onClose()));
    }
    parent.append(this.root);
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.root?.remove();
    this.root = null;
  }
}
