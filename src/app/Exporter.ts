import type { Dataset } from '../data/types.ts';
import { slug } from '../data/slug.ts';
import type { MapController } from '../map/createMap.ts';
import type { AppState } from '../state/schema.ts';
import { findArea } from '../stats/findArea.ts';
import { formatDate } from '../i18n/format.ts';
import { t } from '../i18n/t.ts';
import { figureSources } from '../data/figureSources.ts';
import type { LayoutSlots } from '../ui/AppLayout.ts';
import { composeImage } from '../ui/composeImage.ts';
import { downloadBlob, hiddenStage } from '../ui/download.ts';
import { ExportPanel, type ExportSize } from '../ui/ExportPanel.ts';
import type { LegendModel } from '../ui/legendModel.ts';
import { ToolButton } from '../ui/ToolButton.ts';
import { PrintPages, type Paper, type PrintPage } from '../ui/PrintPages.ts';

export interface ExporterOptions {
  dataset(): Dataset;
  map: MapController;
  legend(): LegendModel;
  getState(): AppState;
  /** A line saying the data is not the site's own (see DatasetBanner), or null: images carry it as the page does. */
  notice(): string | null;
}

/** Images of the map with its furniture: the export panel, and the renderer the briefing's exports share. */
export class Exporter {
  private panel: ExportPanel;
  private printPages = new PrintPages();
  private button: ToolButton;
  private slots: LayoutSlots | null = null;

  constructor(private opts: ExporterOptions) {
    const lang = opts.getState().lang;
    this.panel = new ExportPanel({
      lang,
      screen: () => this.screenSize(),
      onExport: (size, title) => this.download(size, title),
      // Twice the panel's width, so the preview stays sharp on a dense screen; the type scales with the image, so it reads as the download will.
      preview: (size, title) => {
        const { width, height } = size === 'screen' ? this.screenSize() : parseSize(size);
        return this.render(width, height, title, false, Math.min(1, 720 / width));
      },
      onPrint: (paper) => void this.renderPage(paper, this.defaultTitle()).then((page) => this.print(paper, [page])),
      onClose: () => this.panel.hide(),
    });
    this.button = new ToolButton(t(lang, 'exportImage'), () => (this.panel.visible ? this.panel.hide() : this.panel.show(this.defaultTitle())));
  }

  onAdd(slots: LayoutSlots): void {
    this.slots = slots;
    this.button.onAdd(slots.tools);
    this.panel.onAdd(slots.side);
  }

  setLang(lang: AppState['lang']): void {
    this.button.setLabel(t(lang, 'exportImage'));
    this.panel.setLang(lang);
  }

  onRemove(): void {
    this.button.onRemove();
    this.panel.onRemove();
    this.printPages.remove();
  }

  /**
   * The current view as a PNG of width × height pixels, with title, legend, scale, north arrow, source and date (only the
   * last three when bare); `scale` below 1 draws the same image smaller (the export dialog's preview).
   */
  async render(width: number, height: number, title: string, bare = false, scale = 1): Promise<Blob> {
    const doc = this.slots?.map.ownerDocument;
    if (!doc) throw new Error('Exporter: not added to the page');
    // Fixed sizes draw at the density of a 1080p screen (a 4K image at pixel ratio 2), so labels keep their size.
    const ratio = width >= height ? width / 1920 : height / 1920;
    const pixelRatio = Math.max(1, ratio);
    const stage = hiddenStage(doc, Math.round(width / pixelRatio), Math.round(height / pixelRatio));
    try {
      const drawn = await this.opts.map.renderImage(stage, pixelRatio * scale);
      const [outWidth, outHeight] = [Math.round(width * scale), Math.round(height * scale)];
      try {
        const s = this.opts.getState();
        const manifest = this.opts.dataset().manifest;
        const canvas = await composeImage(doc, drawn.canvas, outWidth, outHeight, {
          title, legend: this.opts.legend(), metresPerPixel: drawn.metresPerPixel * (drawn.canvas.width / outWidth), bearing: drawn.bearing,
          source: [this.opts.notice(), t(s.lang, 'sourceLine', { s: [...manifest.attribution, t(s.lang, 'attributionFacts')].join(' · ') })].filter(Boolean).join(' '),
          date: this.madeOn(),
          north: t(s.lang, 'northLetter'), bare,
        });
        return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'));
      } finally {
        drawn.remove();
      }
    } finally {
      stage.remove();
    }
  }

  /** A landscape page's map for the current view, for printing. */
  renderPage(paper: Paper, title: string): Promise<PrintPage> {
    const [w, h] = paper === 'A4' ? [2000, 1250] : [2800, 1750];
    return this.render(w, h, title, true).then((image) => ({ title, image, legend: this.opts.legend() }));
  }

  /** Lays out pages and opens the browser's print dialog. */
  print(paper: Paper, pages: PrintPage[]): void {
    const doc = this.slots?.map.ownerDocument;
    if (!doc) return;
    const s = this.opts.getState();
    const dataset = this.opts.dataset();
    this.printPages.show(doc, pages, paper, figureSources(dataset), dataset.manifest.attribution, this.madeOn(), s.lang);
    const win = doc.defaultView;
    // The pages go after printing, so that a later Ctrl+P prints the map, not this print-out again.
    win?.addEventListener('afterprint', () => this.printPages.remove(), { once: true });
    win?.print();
  }

  /** Saves a rendered image under a name made from its title. */
  save(blob: Blob, title: string, width: number, height: number): void {
    downloadBlob(this.slots!.map.ownerDocument, blob, `${slug(title) || 'border-atlas'}-${width}x${height}.png`);
  }

  private async download(size: ExportSize, title: string): Promise<void> {
    const { width, height } = size === 'screen' ? this.screenSize() : parseSize(size);
    this.save(await this.render(width, height, title), title, width, height);
  }

  /** "Made on <today>", in the reader's language: every image and print-out carries it. */
  private madeOn(): string {
    const lang = this.opts.getState().lang;
    return t(lang, 'madeOn', { date: formatDate(lang, new Date().toISOString().slice(0, 10)) });
  }

  private screenSize(): { width: number; height: number } {
    // The map in view: the part the open sheet (this dialog itself) leaves, as renderImage draws it.
    const dpr = this.slots?.map.ownerDocument.defaultView?.devicePixelRatio ?? 1;
    const { width, height } = this.opts.map.viewSize();
    return { width: Math.round(width * dpr), height: Math.round(height * dpr) };
  }

  private defaultTitle(): string {
    const s = this.opts.getState();
    const d = this.opts.dataset();
    const area = s.select ? findArea(d, s.select) : null;
    return area ? `${area.feature.properties.name} · ${d.manifest.title[s.lang]}` : d.manifest.title[s.lang];
  }
}

function parseSize(size: Exclude<ExportSize, 'screen'>): { width: number; height: number } {
  const [w, h] = size.split('x').map(Number);
  return { width: w!, height: h! };
}
