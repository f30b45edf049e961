import type { Slide } from '../briefing/Briefing.ts';
import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el, listen } from './dom.ts';

export interface PresenterViewOptions {
  lang: Lang;
  onGo(delta: number): void;
}

/** The pictures of the slide on screen and the next one, as they come (each is drawn by a map of its own). */
export interface SlidePictureUrls {
  current: Promise<string>;
  next: Promise<string> | null;
}

/**
 * The presenter's window: the slide on screen and the next one as
 * pictures, the notes in large type, the time of day and how long the
 * briefing has run, and buttons to move. It covers the page; the projected
 * window shows the map.
 */
export class PresenterView {
  private root: HTMLElement | null = null;
  private off: (() => void)[] = [];
  private started = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Which slide is shown, so a picture that arrives after the next move is not put on the wrong slide. */
  private shown = 0;

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

  show(current: Slide, next: Slide | null, n: number, total: number, pictures: SlidePictureUrls): void {
    const root = this.root;
    if (!root) return;
    const doc = root.ownerDocument;
    const { lang } = this.opts;
    if (!this.started) {
      this.started = Date.now();
      this.timer = setInterval(() => this.tick(), 1000);
    }
    this.shown = n;
    const picture = (which: 'current' | 'next', slide: Slide, k: number, url: Promise<string>) => {
      const img = el(doc, 'img', { class: `presenter-picture is-${which}`, alt: t(lang, 'presenterPicture', { n: k, title: slide.title }), 'aria-busy': 'true' });
      const frame = el(doc, 'div', { class: 'presenter-frame', 'data-wait': t(lang, 'presenterPictureWait') }, img);
      url.then((src) => {
        if (this.shown !== n) return;
        img.src = src;
        img.removeAttribute('aria-busy');
        frame.classList.add('is-drawn');
      }, () => frame.classList.add('is-failed'));
      return frame;
    };
    root.hidden = false;
    root.replaceChildren(
      el(doc, 'div', { class: 'presenter-top' },
        el(doc, 'span', { class: 'presenter-counter' }, t(lang, 'slideCounter', { n, total })),
        el(doc, 'span', { class: 'presenter-time' }),
        el(doc, 'span', { class: 'presenter-clock' }),
      ),
      el(doc, 'div', { class: 'presenter-current' },
        el(doc, 'h2', { class: 'presenter-label' }, t(lang, 'presenterNow')),
        el(doc, 'h1', { class: 'presenter-title' }, current.title),
        picture('current', current, n, pictures.current),
      ),
      el(doc, 'div', { class: 'presenter-side' },
        el(doc, 'div', { class: 'presenter-next' },
          el(doc, 'h2', { class: 'presenter-label' }, t(lang, 'presenterNext')),
          ...(next && pictures.next
            ? [el(doc, 'p', { class: 'presenter-next-title' }, next.title), picture('next', next, n + 1, pictures.next)]
            : [el(doc, 'p', { class: 'presenter-next-title is-last' }, t(lang, 'presenterLast'))]),
        ),
        el(doc, 'h2', { class: 'presenter-label' }, t(lang, 'notes')),
        el(doc, 'div', { class: 'presenter-notes' }, current.notes || '—'),
      ),
      el(doc, 'div', { class: 'presenter-buttons' },
        el(doc, 'button', { type: 'button', 'data-go': -1, disabled: n === 1 }, t(lang, 'previous')),
        el(doc, 'button', { type: 'button', 'data-go': 1, disabled: n === total }, t(lang, 'next')),
      ),
    );
    this.tick();
  }

  setLang(lang: Lang): void {
    this.opts = { ...this.opts, lang };
  }

  hide(): void {
    if (this.root) this.root.hidden = true;
  }

  private tick(): void {
    const clock = this.root?.querySelector('.presenter-clock');
    const time = this.root?.querySelector('.presenter-time');
    if (!clock || !time) return;
    const s = Math.floor((Date.now() - this.started) / 1000);
    clock.textContent = t(this.opts.lang, 'presenterElapsed', { time: `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}` });
    const now = new Date();
    time.textContent = t(this.opts.lang, 'presenterClock', { time: `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}` });
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    if (this.timer) clearInterval(this.timer);
    this.root?.remove();
    this.root = null;
  }
}
