import type { Briefing, Slide } from '../briefing/Briefing.ts';
import { BriefingStore, mergeBriefings, type KeyValue } from '../briefing/briefingStore.ts';
import { parseBriefings } from '../briefing/parseBriefings.ts';
import type { Dataset } from '../data/types.ts';
import type { MapController } from '../map/createMap.ts';
import type { AppState } from '../state/schema.ts';
import { findArea } from '../stats/findArea.ts';
import { t } from '../i18n/t.ts';
import type { LayoutSlots } from '../ui/AppLayout.ts';
import { BriefingPanel, type SlideAction } from '../ui/BriefingPanel.ts';
import { PresentOverlay } from '../ui/PresentOverlay.ts';
import { listen } from '../ui/dom.ts';
import { ToolButton } from '../ui/ToolButton.ts';
import { PresenterView } from '../ui/PresenterView.ts';
import { presenterChannel } from './presenterChannel.ts';
import { formatState } from '../state/url.ts';
import type { Exporter } from './Exporter.ts';

export interface BriefingsOptions {
  dataset: Dataset;
  map: MapController;
  /** The app's root element: it carries the presenting and projector classes. */
  root: HTMLElement;
  storage: KeyValue | null;
  exporter: Exporter;
  getState(): AppState;
  apply(next: AppState, history: 'push' | 'replace' | 'none'): void;
}

/**
 * Briefings: the editor (slides from views of the map, saved in the browser,
 * in and out as JSON) and the presentation (projector theme, keys, flights
 * between slides, the URL following the slide).
 */
export class Briefings {
  private list: Briefing[];
  private store: BriefingStore | null;
  private currentId: string | null;
  private panel: BriefingPanel;
  private overlay: PresentOverlay;
  private toggle: ToolButton;
  private stopKeys: (() => void) | null = null;
  private showNotes = false;
  private presenterView: PresenterView;
  private channel: ReturnType<typeof presenterChannel>;
  private error: string | null = null;

  constructor(private opts: BriefingsOptions) {
    this.store = opts.storage ? new BriefingStore(opts.storage, opts.dataset.manifest.id) : null;
    this.list = mergeBriefings(opts.dataset.briefings, this.store?.load() ?? []);
    this.currentId = this.list[0]?.id ?? null;
    const lang = opts.getState().lang;
    this.panel = new BriefingPanel({
      lang,
      onPick: (id) => this.edit(() => { this.currentId = id; }),
      onNew: () => this.edit(() => this.create()),
      onRename: (title) => this.change((b) => ({ ...b, title })),
      onAdd: () => this.change((b) => ({ ...b, slides: [...b.slides, this.capture(b.slides.length + 1)] })),
      onEdit: (i, patch) => this.change((b) => ({ ...b, slides: b.slides.map((s, k) => (k === i ? { ...s, ...patch } : s)) })),
      onSlide: (i, action) => this.slideAction(i, action),
      onOpenFile: (file) => void this.openFile(file),
      onOutput: (what) => void this.output(what),
      onPresenter: () => {
        const b = this.current;
        if (b && b.slides.length > 0) this.openPresenter(b);
      },
      onClose: () => this.panel.hide(),
    });
    this.overlay = new PresentOverlay(lang);
    this.presenterView = new PresenterView({ lang, onGo: (d) => this.go(d) });
    const win = opts.root.ownerDocument.defaultView;
    this.channel = win ? presenterChannel(win, opts.dataset.manifest.id, (m) => {
      const s = opts.getState();
      // The other window moved: follow it (its own echo of our move changes nothing).
      if (s.present === m.present && s.slide !== m.slide) opts.apply({ ...s, slide: m.slide }, 'replace');
    }) : null;
    this.toggle = new ToolButton(t(lang, 'briefing'), () => {
      if (this.panel.visible) return this.panel.hide();
      this.render();
      this.panel.focus();
    });
  }

  onAdd(slots: LayoutSlots): void {
    this.toggle.onAdd(slots.controls);
    this.panel.onAdd(slots.side);
    this.overlay.onAdd(slots.stage);
    this.presenterView.onAdd(slots.stage);
  }

  setLang(lang: AppState['lang']): void {
    this.toggle.setLabel(t(lang, 'briefing'));
    this.panel.setLang(lang);
    this.overlay.setLang(lang);
  }

  /** Follows the state: entering, moving through and leaving a presentation. Called after every other part has updated. */
  update(prev: AppState | null, next: AppState): void {
    if (next.present === null) {
      if (prev?.present) this.leave();
      return;
    }
    const briefing = this.list.find((b) => b.id === next.present);
    if (!briefing || briefing.slides.length === 0) {
      this.error = t(next.lang, 'briefingMissing', { id: next.present });
      queueMicrotask(() => this.opts.apply({ ...this.opts.getState(), present: null, slide: 1 }, 'replace'));
      this.render();
      return;
    }
    const entering = !prev?.present;
    if (entering) this.enter();
    if (entering || prev?.slide !== next.slide || prev.present !== next.present) {
      const n = Math.min(Math.max(1, next.slide), briefing.slides.length);
      this.showSlide(briefing, n, !entering);
    }
  }

  onRemove(): void {
    this.leave();
    this.toggle.onRemove();
    this.channel?.close();
    this.presenterView.onRemove();
    this.panel.onRemove();
    this.overlay.onRemove();
  }

  private get current(): Briefing | null {
    return this.list.find((b) => b.id === this.currentId) ?? null;
  }

  private render(): void {
    this.panel.show(this.list, this.current, this.error);
  }

  private edit(fn: () => void): void {
    fn();
    this.error = null;
    this.render();
  }

  /** Changes the open briefing, saves it, and redraws the editor. */
  private change(fn: (b: Briefing) => Briefing): void {
    const b = this.current;
    if (!b) return;
    this.list = this.list.map((x) => (x.id === b.id ? fn(x) : x));
    this.save(this.list.find((x) => x.id === b.id)!);
    this.edit(() => {});
  }

  private save(b: Briefing): void {
    if (!this.store) return;
    const saved = this.store.load().filter((x) => x.id !== b.id);
    this.store.save([...saved, b]);
  }

  private create(): void {
    const lang = this.opts.getState().lang;
    const b: Briefing = { id: `briefing-${Date.now().toString(36)}`, title: t(lang, 'briefingNewTitle'), slides: [] };
    this.list = [...this.list, b];
    this.currentId = b.id;
    this.save(b);
  }

  /** The map as it is now, as a slide: camera and the state keys a slide restores. */
  private capture(n: number): Slide {
    const s = this.opts.getState();
    const area = s.select ? findArea(this.opts.dataset, s.select) : null;
    return {
      title: area?.feature.properties.name ?? t(s.lang, 'slideDefault', { n }),
      notes: '',
      view: { camera: this.opts.map.getCamera(), layers: [...s.layers], select: s.select, stat: s.stat, coverage: s.coverage, radius: s.radius, units: s.units },
    };
  }

  private slideAction(i: number, action: SlideAction): void {
    const b = this.current;
    const slide = b?.slides[i];
    if (!b || !slide) return;
    const move = (d: number) => this.change((x) => {
      const slides = [...x.slides];
      const [s] = slides.splice(i, 1);
      slides.splice(i + d, 0, s!);
      return { ...x, slides };
    });
    if (action === 'up') move(-1);
    else if (action === 'down') move(1);
    else if (action === 'delete') this.change((x) => ({ ...x, slides: x.slides.filter((_, k) => k !== i) }));
    else if (action === 'update') this.change((x) => ({ ...x, slides: x.slides.map((s, k) => (k === i ? { ...s, view: this.capture(i + 1).view } : s)) }));
    else if (action === 'show') this.applyView(slide, false);
    else if (action === 'present') {
      // Full screen needs the click that asked for it; a browser may refuse, and the presentation goes on.
      this.opts.root.requestFullscreen?.().catch(() => {});
      this.opts.apply({ ...this.opts.getState(), present: b.id, slide: i + 1 }, 'push');
    }
  }

  private async openFile(file: File): Promise<void> {
    try {
      const opened = parseBriefings(JSON.parse(await file.text()), file.name);
      for (const b of opened) this.save(b);
      this.list = mergeBriefings(this.list, opened);
      this.currentId = opened[0]?.id ?? this.currentId;
      this.error = null;
    } catch (err) {
      this.error = err instanceof SyntaxError ? `${file.name}: expected JSON, got text that is not JSON (${err.message}).` : err instanceof Error ? err.message : String(err);
    }
    this.render();
  }

  /** Every slide of the open briefing as a 1920×1080 PNG, or as printed pages. */
  private async output(what: 'export-all' | 'print-A4' | 'print-A3'): Promise<void> {
    const b = this.current;
    if (!b) return;
    const { exporter, map } = this.opts;
    const pages = [];
    for (const [i, slide] of b.slides.entries()) {
      const { camera, ...keys } = slide.view;
      this.opts.apply({ ...this.opts.getState(), ...keys, layers: [...keys.layers] }, 'replace');
      map.goTo(camera, false);
      await map.idle();
      if (what === 'export-all') exporter.save(await exporter.render(1920, 1080, slide.title), `${b.id}-${i + 1}`, 1920, 1080);
      else pages.push(await exporter.renderPage(what === 'print-A4' ? 'A4' : 'A3', slide.title));
    }
    if (what !== 'export-all') exporter.print(what === 'print-A4' ? 'A4' : 'A3', pages);
  }

  /** Restores a slide's state keys and camera. */
  private applyView(slide: Slide, animate: boolean, extra: Partial<AppState> = {}): void {
    const { camera, ...keys } = slide.view;
    // Deferred: this runs inside an update, which must finish before the next one starts.
    queueMicrotask(() => {
      this.opts.apply({ ...this.opts.getState(), ...keys, layers: [...keys.layers], ...extra }, 'replace');
      this.opts.map.goTo(camera, animate);
    });
  }

  private showSlide(b: Briefing, n: number, animate: boolean): void {
    const slide = b.slides[n - 1]!;
    this.applyView(slide, animate, { slide: n });
    this.overlay.show({ title: slide.title, notes: slide.notes, n, total: b.slides.length, showNotes: this.showNotes });
    if (this.opts.getState().presenter) this.presenterView.show(slide, b.slides[n] ?? null, n, b.slides.length);
    this.channel?.post({ present: b.id, slide: n });
  }

  /** Moves the presentation by `delta` slides, within the briefing. */
  private go(delta: number): void {
    const s = this.opts.getState();
    const b = this.list.find((x) => x.id === s.present);
    if (b) this.opts.apply({ ...s, slide: Math.min(Math.max(1, s.slide + delta), b.slides.length) }, 'replace');
  }

  /** Presents here and opens the presenter's window beside, kept in step over the channel. */
  private openPresenter(b: Briefing): void {
    const win = this.opts.root.ownerDocument.defaultView;
    const s = this.opts.getState();
    win?.open(`${win.location.pathname}${formatState({ ...s, present: b.id, slide: 1, presenter: true })}`, 'border-atlas-presenter', 'width=1000,height=720');
    this.opts.apply({ ...s, present: b.id, slide: 1, presenter: false }, 'push');
  }

  private enter(): void {
    this.opts.root.classList.add('is-presenting', 'theme-projector');
    if (this.opts.getState().presenter) this.opts.root.classList.add('is-presenter');
    this.opts.map.setTheme('projector');
    this.panel.hide();
    const doc = this.opts.root.ownerDocument;
    this.stopKeys = listen(doc, 'keydown', (e) => this.onKey(e));
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
    const b = this.list.find((x) => x.id === s.present);
    if (!b || e.altKey || e.ctrlKey || e.metaKey) return;
    const go = (n: number) => this.go(n - s.slide);
    const key = e.key;
    if (key === 'ArrowRight' || key === ' ' || key === 'PageDown') go(s.slide + 1);
    else if (key === 'ArrowLeft' || key === 'PageUp') go(s.slide - 1);
    else if (key === 'Home') go(1);
    else if (key === 'End') go(b.slides.length);
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
