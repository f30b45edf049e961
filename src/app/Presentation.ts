import type { Briefing } from '../briefing/Briefing.ts';
import type { MapController } from '../map/createMap.ts';
import type { AppState, Lang } from '../state/schema.ts';
import { formatState } from '../state/url.ts';
import type { LayoutSlots } from '../ui/AppLayout.ts';
import { listen } from '../ui/dom.ts';
import { PresentOverlay } from '../ui/PresentOverlay.ts';
import { PresenterView } from '../ui/PresenterView.ts';
import { applySlide } from './applySlide.ts';
import { presenterChannel } from './presenterChannel.ts';

export interface PresentationOptions {
  map: MapController;
  /** The app's root element: it carries the presenting, projector and presenter classes. */
  root: HTMLElement;
  datasetId: string;
  find(id: string): Briefing | undefined;
  getState(): AppState;
  apply(next: AppState, history: 'push' | 'replace' | 'none'): void;
  /** Asked when a link names a briefing there is none of. */
  onMissing(id: string): void;
}

/**
 * Presenting a briefing: the projector theme, the slide's title and counter
 * over the map, the keys, flights between slides, the URL following the
 * slide, and the presenter's window kept in step over a channel.
 */
export class Presentation {
  private overlay: PresentOverlay;
  private presenterView: PresenterView;
  private channel: ReturnType<typeof presenterChannel>;
  private stopKeys: (() => void) | null = null;
  private showNotes = false;

  constructor(private opts: PresentationOptions) {
    const lang = opts.getState().lang;
    this.overlay = new PresentOverlay(lang);
    this.presenterView = new PresenterView({ lang, onGo: (d) => this.go(d) });
    const win = opts.root.ownerDocument.defaultView;
    this.channel = win ? presenterChannel(win, opts.datasetId, (m) => {
      const s = opts.getState();
      // The other window moved: follow it (its own echo of our move changes nothing).
      if (s.present === m.present && s.slide !== m.slide) opts.apply({ ...s, slide: m.slide }, 'replace');
    }) : null;
  }

  onAdd(slots: LayoutSlots): void {
    this.overlay.onAdd(slots.stage);
    this.presenterView.onAdd(slots.stage);
  }

  setLang(lang: Lang): void {
    this.overlay.setLang(lang);
  }

  /** Follows the state: entering, moving through and leaving. Called after every other part has updated. */
  update(prev: AppState | null, next: AppState): void {
    if (next.present === null) {
      if (prev?.present) this.leave();
      return;
    }
    const briefing = this.opts.find(next.present);
    if (!briefing || briefing.slides.length === 0) {
      this.opts.onMissing(next.present);
      queueMicrotask(() => this.opts.apply({ ...this.opts.getState(), present: null, slide: 1 }, 'replace'));
      return;
    }
    const entering = !prev?.present;
    if (entering) this.enter();
    if (entering || prev?.slide !== next.slide || prev.present !== next.present) {
      this.show(briefing, Math.min(Math.max(1, next.slide), briefing.slides.length), !entering);
    }
  }

  /** Starts presenting a briefing at a slide; with `presenter`, also opens the presenter's window. */
  start(b: Briefing, n: number, presenter: boolean): void {
    const s = this.opts.getState();
    const win = this.opts.root.ownerDocument.defaultView;
    if (presenter) win?.open(`${win.location.pathname}${formatState({ ...s, present: b.id, slide: n, presenter: true })}`, 'border-atlas-presenter', 'width=1000,height=720');
    // Full screen needs the click that asked for it; a browser may refuse, and the presentation goes on.
    else this.opts.root.requestFullscreen?.().catch(() => {});
    this.opts.apply({ ...s, present: b.id, slide: n, presenter: false }, 'push');
  }

  onRemove(): void {
    this.leave();
    this.channel?.close();
    this.overlay.onRemove();
    this.presenterView.onRemove();
  }

  private show(b: Briefing, n: number, animate: boolean): void {
    const slide = b.slides[n - 1]!;
    // Deferred: this runs inside an update, which must finish before the slide's keys start the next one.
    queueMicrotask(() => applySlide(this.opts, slide, animate, { slide: n }));
    this.overlay.show({ title: slide.title, notes: slide.notes, n, total: b.slides.length, showNotes: this.showNotes });
    if (this.opts.getState().presenter) this.presenterView.show(slide, b.slides[n] ?? null, n, b.slides.length);
    this.channel?.post({ present: b.id, slide: n });
  }

  /** Moves by `delta` slides, within the briefing. */
  private go(delta: number): void {
    const s = this.opts.getState();
    const b = s.present ? this.opts.find(s.present) : undefined;
    if (b) this.opts.apply({ ...s, slide: Math.min(Math.max(1, s.slide + delta), b.slides.length) }, 'replace');
  }

  private enter(): void {
    const { root, map } = this.opts;
    root.classList.add('is-presenting', 'theme-projector');
    if (this.opts.getState().presenter) root.classList.add('is-presenter');
    map.setTheme('projector');
    this.stopKeys = listen(root.ownerDocument, 'keydown', (e) => this.onKey(e));
  }

  private leave(): void {
    this.stopKeys?.();
    this.stopKeys = null;
    this.opts.root.classList.remove('is-presenting', 'theme-projector', 'is-presenter');
    this.presenterView.hide();
    this.opts.map.setTheme('default');
    this.overlay.show(null);
    const doc = this.opts.root.ownerDocument;
    if (doc.fullscreenElement) doc.exitFullscreen().catch(() => {});
  }

  private onKey(e: KeyboardEvent): void {
    const s = this.opts.getState();
    const b = s.present ? this.opts.find(s.present) : undefined;
    if (!b || e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key;
    if (key === 'ArrowRight' || key === ' ' || key === 'PageDown') this.go(1);
    else if (key === 'ArrowLeft' || key === 'PageUp') this.go(-1);
    else if (key === 'Home') this.go(-s.slide);
    else if (key === 'End') this.go(b.slides.length);
    else if (key === 'Escape') this.opts.apply({ ...s, present: null, slide: 1 }, 'push');
    else if (key === 'f' || key === 'F') {
      const doc = this.opts.root.ownerDocument;
      (doc.fullscreenElement ? doc.exitFullscreen() : this.opts.root.requestFullscreen()).catch(() => {});
    } else if (key === 'n' || key === 'N') {
      this.showNotes = !this.showNotes;
      const slide = b.slides[s.slide - 1];
      if (slide) this.overlay.show({ title: slide.title, notes: slide.notes, n: s.slide, total: b.slides.length, showNotes: this.showNotes });
    } else return;
    e.preventDefault();
  }
}
