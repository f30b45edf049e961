import type { Slide } from '../briefing/Briefing.ts';
import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el, listen } from './dom.ts';

export interface PresenterViewOptions {
  lang: Lang;
  onGo(delta: number): void;
}

/**
 * The presenter's window: the current slide's title and notes in large type,
 * the next slide, and how long the briefing has run. It covers the page; the
 * projected window shows the map.
 */
export class PresenterView {
  private root: HTMLElement | null = null;
  private off: (() => void)[] = [];
  private started = 0;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private opts: PresenterViewOptions) {}

  onAdd(parent: HTMLElement): HTMLElement {
    this.root = el(parent.ownerDocument, 'section', { class: 'presenter-view', hidden: true });
    parent.append(this.root);
    this.off.push(listen(this.root, 'click', (e) => {
      const go = (e.target as Element).closest('[data-go]')?.getAttribute('data-go');
      if (go) this.opts.onGo(Number(go));
    }));
    return this.root;
  }

  show(current: Slide, next: Slide | null, n: number, total: number): void {
    const root = this.root;
    if (!root) return;
    const doc = root.ownerDocument;
    const { lang } = this.opts;
    if (!this.started) {
      this.started = Date.now();
      this.timer = setInterval(() => this.tick(), 1000);
    }
    root.hidden = false;
    root.replaceChildren(
      el(doc, 'div', { class: 'presenter-top' },
        el(doc, 'span', { class: 'presenter-counter' }, t(lang, 'slideCounter', { n, total })),
        el(doc, 'span', { class: 'presenter-clock' }),
      ),
      el(doc, 'h1', { class: 'presenter-title' }, current.title),
      el(doc, 'div', { class: 'presenter-notes' }, current.notes || '—'),
      el(doc, 'div', { class: 'presenter-next' },
        el(doc, 'h2', {}, t(lang, 'presenterNext')),
        next ? el(doc, 'p', { class: 'presenter-next-title' }, next.title) : el(doc, 'p', {}, t(lang, 'presenterLast')),
      ),
      el(doc, 'div', { class: 'presenter-buttons' },
        el(doc, 'button', { type: 'button', 'data-go': -1, disabled: n === 1 }, t(lang, 'previous')),
        el(doc, 'button', { type: 'button', 'data-go': 1, disabled: n === total }, t(lang, 'next')),
      ),
    );
    this.tick();
  }

  hide(): void {
    if (this.root) this.root.hidden = true;
  }

  private tick(): void {
    const clock = this.root?.querySelector('.presenter-clock');
    if (!clock) return;
    const s = Math.floor((Date.now() - this.started) / 1000);
    clock.textContent = t(this.opts.lang, 'presenterElapsed', { time: `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}` });
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    if (this.timer) clearInterval(this.timer);
    this.root?.remove();
    this.root = null;
  }
}
