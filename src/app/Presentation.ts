import type { Briefing } from '../briefing/Briefing.ts';
import type { Dataset } from '../data/types.ts';
import type { MapController, Padding } from '../map/createMap.ts';
import type { AppState, Lang } from '../state/schema.ts';
import { formatState } from '../state/url.ts';
import type { LayoutSlots } from '../ui/AppLayout.ts';
import { listen } from '../ui/dom.ts';
import { PresentOverlay } from '../ui/PresentOverlay.ts';
import { PresenterView } from '../ui/PresenterView.ts';
import { slideCardText, type SlideCard } from '../ui/slideCard.ts';
import { slideFigures } from '../stats/slideFigures.ts';
import { applySlide } from './applySlide.ts';
import type { PictureSize, SlidePictures } from './SlidePictures.ts';
import { presenterChannel } from './presenterChannel.ts';

/** Slides as a 1080p projector shows them, pictured 960 px wide: the next slide's picture is the current one's a move later. */
const PRESENTER_PICTURE: PictureSize = { screenWidth: 1920, screenHeight: 1080, width: 960 };

export interface PresentationOptions {
  map: MapController;
  /** The app's root element: it carries the presenting, projector and presenter classes. */
  root: HTMLElement;
  datasetId: string;
  /** The dataset the slides' areas and figures come from. */
  dataset: Dataset;
  find(id: string): Briefing | undefined;
  /** Draws slides as pictures, for the presenter's window. */
  pictures: SlidePictures;
  getState(): AppState;
  apply(next: AppState, history: 'push' | 'replace' | 'none'): void;
  /** Asked when a link names a briefing there is none of. */
  onMissing(id: string): void;
}

/**
 * Presenting a briefing: the projector theme, each slide as a designed
 * layout over the full-bleed map (title, key figures of its area, sources),
 * the keys, flights between slides, the URL following the slide, and the
 * presenter's window kept in step over a channel.
 */
export class Presentation {
  private overlay: PresentOverlay;
  private presenterView: PresenterView;
  private channel: ReturnType<typeof presenterChannel>;
  private stopKeys: (() => void) | null = null;

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
    this.presenterView.setLang(lang);
    // A slide on screen is said again in the new language.
    const s = this.opts.getState();
    const b = s.present ? this.opts.find(s.present) : undefined;
    if (b && b.slides[s.slide - 1]) this.overlay.show(this.card(b, s.slide));
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
    if (presenter) this.openPresenter(b, n);
    // Full screen needs the click that asked for it; a browser may refuse, and the presentation goes on.
    else this.opts.root.requestFullscreen?.().catch(() => {});
    this.opts.apply({ ...s, present: b.id, slide: n, presenter: false }, 'push');
  }

  /** The presenter's window (notes, the current and next slide, the clock), on slide `n`. */
  private openPresenter(b: Briefing, n: number): void {
    const win = this.opts.root.ownerDocument.defaultView;
    win?.open(`${win.location.pathname}${formatState({ ...this.opts.getState(), present: b.id, slide: n, presenter: true })}`, 'border-atlas-presenter', 'width=1100,height=760');
  }

  onRemove(): void {
    this.leave();
    this.channel?.close();
    this.overlay.onRemove();
    this.presenterView.onRemove();
  }

  private show(b: Briefing, n: number, animate: boolean): void {
    const slide = b.slides[n - 1]!;
    this.overlay.show(this.card(b, n));
    // Deferred: this runs inside an update, which must finish before the slide's keys start the next one.
    queueMicrotask(() => applySlide({ ...this.opts, slidePadding: () => this.padding() }, slide, animate, { slide: n }));
    if (this.opts.getState().presenter) {
      const next = b.slides[n] ?? null;
      const { pictures } = this.opts;
      this.presenterView.show(slide, next, n, b.slides.length, {
        current: pictures.picture(slide, PRESENTER_PICTURE),
        next: next ? pictures.picture(next, PRESENTER_PICTURE) : null,
      });
    }
    this.channel?.post({ present: b.id, slide: n });
  }

  /** What slide `n` shows over the map: its title, its area's key figures and their sources. */
  private card(b: Briefing, n: number): SlideCard {
    const slide = b.slides[n - 1]!;
    const { dataset } = this.opts;
    const lang = this.opts.getState().lang;
    const text = slideCardText(lang, slideFigures(dataset, slide.view.select, slide.view.stat, slide.view.period ?? null), dataset.manifest.sources, dataset.manifest.attribution);
    return { title: slide.title, ...text, n, total: b.slides.length };
  }

  /** A slide's extent is fitted below its card and clear of the legend at the bottom left. */
  private padding(): Padding {
    const legend = this.opts.root.querySelector<HTMLElement>('.layout-legend');
    const stage = this.opts.root.querySelector<HTMLElement>('.layout-stage');
    const width = stage?.clientWidth ?? 1920;
    const left = legend && legend.offsetWidth > 0 ? Math.min(legend.offsetWidth + 40, width * 0.3) : 40;
    return { top: Math.max(40, this.overlay.cardBottom() + 24), right: 40, bottom: 60, left };
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
    } else if ((key === 'n' || key === 'N') && !s.presenter) {
      // Notes are never on the projected slide: they open in the presenter's window, in step with this one.
      this.openPresenter(b, s.slide);
    } else return;
    e.preventDefault();
  }
}
