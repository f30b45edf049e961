import type { Briefing, Slide } from '../briefing/Briefing.ts';
import { BriefingStore, mergeBriefings, type KeyValue } from '../briefing/briefingStore.ts';
import { BriefingError, parseBriefings } from '../briefing/parseBriefings.ts';
import { parseJsonText } from '../validate/parseJsonText.ts';
import { describeProblem } from '../validate/Problem.ts';
import { phrase } from '../validate/Phrase.ts';
import type { Dataset } from '../data/types.ts';
import type { MapController } from '../map/createMap.ts';
import type { AppState, Lang } from '../state/schema.ts';
import type { Ignored } from '../state/url.ts';
import { findArea } from '../stats/findArea.ts';
import { t } from '../i18n/t.ts';
import type { LayoutSlots } from '../ui/AppLayout.ts';
import { BriefingPanel, type SlideAction } from '../ui/BriefingPanel.ts';
import { ToolButton } from '../ui/ToolButton.ts';
import { applySlide } from './applySlide.ts';
import type { Exporter } from './Exporter.ts';
import { Presentation } from './Presentation.ts';
import { SlidePictures, type PictureSize } from './SlidePictures.ts';

export interface BriefingsOptions {
  dataset: Dataset;
  /** Where the dataset was opened from: saved briefings are kept per location, never per the id a dataset claims. */
  location: string;
  map: MapController;
  /** The app's root element: it carries the presenting and projector classes. */
  root: HTMLElement;
  storage: KeyValue | null;
  exporter: Exporter;
  getState(): AppState;
  apply(next: AppState, history: 'push' | 'replace' | 'none'): void;
  /** Tells the reader a link named something that is not there (a briefing), in the notice at the top of the map. */
  ignore(items: Ignored[]): void;
}

/**
 * Briefings: the editor (slides from views of the map, saved in the browser,
 * in and out as JSON, out as images and print-outs), handing presenting to
 * the Presentation.
 */
export class Briefings {
  private list: Briefing[];
  private store: BriefingStore | null;
  private currentId: string | null;
  private panel: BriefingPanel;
  private toggle: ToolButton;
  private presentation: Presentation;
  private pictures: SlidePictures;
  /** The slide deleted last, with where it was, until it is put back or another change is made. */
  private deleted: { briefingId: string; index: number; slide: Slide } | null = null;
  /** What went wrong last, said in the language of the moment it is shown. */
  private error: ((lang: Lang) => string) | null = null;

  constructor(private opts: BriefingsOptions) {
    this.store = opts.storage ? new BriefingStore(opts.storage, opts.location) : null;
    const stored = this.store?.load() ?? { briefings: [], unreadable: [] };
    this.list = mergeBriefings(opts.dataset.briefings, stored.briefings);
    this.currentId = this.list[0]?.id ?? null;
    const lang = opts.getState().lang;
    // Said once, and kept in the store untouched: the user can still recover them from a backup of the browser's data.
    const unreadable = stored.unreadable;
    if (unreadable.length > 0) this.error = (l) => t(l, 'briefingsUnreadable', { n: unreadable.length, details: unreadable.map((e) => e.describe(l)).join(' ') });
    this.pictures = new SlidePictures({ map: opts.map, dataset: () => opts.dataset, doc: opts.root.ownerDocument });
    this.panel = new BriefingPanel({
      lang,
      onPick: (id) => this.edit(() => { this.currentId = id; }),
      onNew: () => this.edit(() => this.create()),
      onRename: (title) => this.change((b) => ({ ...b, title })),
      onAdd: () => this.change((b) => ({ ...b, slides: [...b.slides, this.capture(b.slides.length + 1)] })),
      // The field already shows what was typed: saving is enough, and redrawing every slide's row at each edit is not.
      onEdit: (i, patch) => this.change((b) => ({ ...b, slides: b.slides.map((s, k) => (k === i ? { ...s, ...patch } : s)) }), false),
      onSlide: (i, action) => this.slideAction(i, action),
      onMove: (from, to) => {
        this.deleted = null;
        this.change((b) => ({ ...b, slides: moved(b.slides, from, to) }));
      },
      onUndo: () => this.undo(),
      thumbnail: (slide) => this.pictures.picture(slide, this.thumbnailSize()),
      onOpenFile: (file) => void this.openFile(file),
      onOutput: (what) => void this.output(what),
      onPresenter: () => {
        const b = this.current;
        if (b && b.slides.length > 0) this.presentation.start(b, 1, true);
      },
      onClose: () => this.panel.hide(),
    });
    this.presentation = new Presentation({
      map: opts.map, root: opts.root, datasetId: opts.location, dataset: opts.dataset,
      find: (id) => this.list.find((b) => b.id === id),
      pictures: this.pictures,
      getState: opts.getState, apply: opts.apply,
      // Said at the top of the map, where a link's reader looks, not in an editor the link did not open.
      onMissing: (id) => opts.ignore([{ key: 'present', value: id, used: null }]),
    });
    this.toggle = new ToolButton(t(lang, 'briefing'), () => {
      if (this.panel.visible) return this.panel.hide();
      this.render();
      this.panel.focus();
    });
  }

  onAdd(slots: LayoutSlots): void {
    this.toggle.onAdd(slots.tools);
    this.panel.onAdd(slots.side);
    this.presentation.onAdd(slots);
  }

  setLang(lang: AppState['lang']): void {
    this.toggle.setLabel(t(lang, 'briefing'));
    this.panel.setLang(lang);
    // A message on screen is said again in the new language.
    if (this.panel.visible && this.error) this.render();
    this.presentation.setLang(lang);
  }

  /** Follows the state into and out of presenting. Called after every other part has updated. */
  update(prev: AppState | null, next: AppState): void {
    if (next.present !== null && !prev?.present) this.panel.hide();
    this.presentation.update(prev, next);
  }

  onRemove(): void {
    this.presentation.onRemove();
    this.pictures.remove();
    this.toggle.onRemove();
    this.panel.onRemove();
  }

  private get current(): Briefing | null {
    return this.list.find((b) => b.id === this.currentId) ?? null;
  }

  private render(): void {
    const d = this.deleted;
    this.panel.show({
      briefings: this.list, current: this.current, error: this.error?.(this.opts.getState().lang) ?? null,
      deleted: d && d.briefingId === this.currentId ? d.slide.title : null,
    });
  }

  /** Slides pictured as the map shows them now (its size, rounded so a pixel's change draws nothing again), 160 px wide. */
  private thumbnailSize(): PictureSize {
    const map = this.opts.root.querySelector<HTMLElement>('.layout-map');
    const round = (v: number | undefined, fallback: number) => Math.max(200, Math.round((v || fallback) / 20) * 20);
    return { screenWidth: round(map?.clientWidth, 1280), screenHeight: round(map?.clientHeight, 800), width: 160 };
  }

  /** Puts the slide deleted last back where it was. */
  private undo(): void {
    const d = this.deleted;
    if (!d || d.briefingId !== this.currentId) return;
    this.deleted = null;
    this.change((b) => ({ ...b, slides: [...b.slides.slice(0, d.index), d.slide, ...b.slides.slice(d.index)] }));
  }

  private edit(fn: () => void): void {
    fn();
    this.error = null;
    this.render();
  }

  /** Changes the open briefing, saves it, and redraws the editor unless it already shows the change (text typed in a field). */
  private change(fn: (b: Briefing) => Briefing, redraw = true): void {
    const b = this.current;
    if (!b) return;
    const hadError = this.error !== null;
    this.list = this.list.map((x) => (x.id === b.id ? fn(x) : x));
    this.error = null;
    this.save(this.list.find((x) => x.id === b.id)!);
    if (redraw || hadError || this.error !== null) this.render();
  }

  private save(b: Briefing): void {
    if (this.store && !this.store.put(b)) this.error = (l) => t(l, 'briefingNotSaved');
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
      view: { camera: this.opts.map.getCamera(), layers: [...s.layers], select: s.select, stat: s.stat, period: s.period, coverage: s.coverage, radius: s.radius, units: s.units },
    };
  }

  private slideAction(i: number, action: SlideAction): void {
    const b = this.current;
    const slide = b?.slides[i];
    if (!b || !slide) return;
    // Undo puts a slide back where it was: once others moved, that place means nothing.
    if (action === 'up' || action === 'down') this.deleted = null;
    const move = (d: number) => this.change((x) => ({ ...x, slides: moved(x.slides, i, i + d) }));
    if (action === 'up') move(-1);
    else if (action === 'down') move(1);
    else if (action === 'delete') {
      this.deleted = { briefingId: b.id, index: i, slide };
      this.change((x) => ({ ...x, slides: x.slides.filter((_, k) => k !== i) }));
    }
    else if (action === 'update') this.change((x) => ({ ...x, slides: x.slides.map((s, k) => (k === i ? { ...s, view: this.capture(i + 1).view } : s)) }));
    else if (action === 'show') applySlide(this.opts, slide, false);
    else if (action === 'present') this.presentation.start(b, i + 1, false);
  }

  private async openFile(file: File): Promise<void> {
    try {
      // Read as the file checks read JSON, so text that is not JSON is said the same way, with its line and column.
      const parsed = parseJsonText(file.name, await file.text());
      const notJson = parsed.problems.find((p) => p.severity === 'error');
      if (parsed.value === undefined || notJson) {
        // A briefing is JSON only: not "JSON or CSV" as a data file may be.
        const problem = { ...(notJson ?? parsed.problems[0]!), expected: phrase('expected.json') };
        this.error = (l) => describeProblem(problem, l);
      } else {
        const opened = parseBriefings(parsed.value, file.name);
        this.error = null;
        for (const b of opened) this.save(b);
        this.list = mergeBriefings(this.list, opened);
        this.currentId = opened[0]?.id ?? this.currentId;
      }
    } catch (err) {
      this.error = err instanceof BriefingError ? (l) => err.describe(l) : () => (err instanceof Error ? err.message : String(err));
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
      applySlide(this.opts, slide, false);
      await map.idle();
      if (what === 'export-all') exporter.save(await exporter.render(1920, 1080, slide.title), `${b.id}-${i + 1}`, 1920, 1080);
      else pages.push(await exporter.renderPage(what === 'print-A4' ? 'A4' : 'A3', slide.title));
    }
    if (what !== 'export-all') exporter.print(what === 'print-A4' ? 'A4' : 'A3', pages);
  }
}

/** The slides with the one at `from` moved to `to` (an index in the list without it). */
function moved(slides: readonly Slide[], from: number, to: number): Slide[] {
  const out = [...slides];
  const [s] = out.splice(from, 1);
  if (s) out.splice(Math.max(0, Math.min(to, out.length)), 0, s);
  return out;
}
