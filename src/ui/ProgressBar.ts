import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el } from './dom.ts';

/** A determinate progress bar for loading a dataset, checking files or preparing coverage, announced to screen readers. */
export class ProgressBar {
  private root: HTMLElement | null = null;
  private fill: HTMLElement | null = null;

  constructor(private lang: Lang, private label: 'loading' | 'checking' | 'coveragePreparing' = 'loading', private className = '') {}

  onAdd(parent: HTMLElement): HTMLElement {
    const doc = parent.ownerDocument;
    this.fill = el(doc, 'div', { class: 'progress-fill' });
    this.root = el(
      doc, 'div',
      { class: `progress ${this.className}`.trim(), role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0, 'aria-label': t(this.lang, this.label) },
      el(doc, 'div', { class: 'progress-label' }, t(this.lang, this.label)),
      el(doc, 'div', { class: 'progress-track' }, this.fill),
    );
    parent.append(this.root);
    return this.root;
  }

  set(fraction: number): void {
    const pct = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    this.root?.setAttribute('aria-valuenow', String(pct));
    if (this.fill) this.fill.style.width = `${pct}%`;
  }

  onRemove(): void {
    this.root?.remove();
    this.root = null;
    this.fill = null;
  }
}
