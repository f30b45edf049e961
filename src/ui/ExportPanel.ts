import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el, listen } from './dom.ts';
import { ToolPanel } from './ToolPanel.ts';
import { replaceKeepingFocus } from './keepFocus.ts';

/** The sizes offered: the map as on screen, or a fixed size in pixels. */
export const EXPORT_SIZES = ['screen', '1920x1080', '3840x2160'] as const;
export type ExportSize = (typeof EXPORT_SIZES)[number];

export interface ExportPanelOptions {
  lang: Lang;
  /** Size of the map on screen, in device pixels, for the "screen size" choice. */
  screen(): { width: number; height: number };
  onExport(size: ExportSize, title: string): Promise<void>;
  /** The image as it would download, small: for the live preview. */
  preview(size: ExportSize, title: string): Promise<Blob>;
  onPrint(paper: 'A4' | 'A3'): void;
  onClose(): void;
}

/** Export of the current view: a title, a size, a live preview of the image, and a PNG to download; or a print-out. */
export class ExportPanel extends ToolPanel {
  private title = '';
  private size: ExportSize = '1920x1080';
  /** Kept across redraws: the picture stays while the next one is drawn. */
  private preview: { frame: HTMLElement; img: HTMLImageElement; url: string | null } | null = null;
  /** A preview is being drawn; `again` when the options changed meanwhile, so one more follows with the latest. */
  private drawing = false;
  private again = false;
  private typing: ReturnType<typeof setTimeout> | null = null;

  constructor(private opts: ExportPanelOptions) {
    super('export-panel');
  }

  protected bind(root: HTMLElement): (() => void)[] {
    return [
      listen(root, 'click', (e) => {
        const action = (e.target as Element).closest('[data-action]')?.getAttribute('data-action');
        if (action === 'close') this.opts.onClose();
        if (action === 'print-A4' || action === 'print-A3') this.opts.onPrint(action === 'print-A4' ? 'A4' : 'A3');
        if (action === 'export') void this.run();
      }),
      listen(root, 'change', (e) => {
        const target = e.target as HTMLInputElement;
        if (target.matches('.export-title')) this.title = target.value;
        if (target.matches('.export-size')) this.size = target.value as ExportSize;
        this.refresh();
      }),
      listen(root, 'input', (e) => {
        const target = e.target as HTMLInputElement;
        if (!target.matches('.export-title')) return;
        this.title = target.value;
        // Redrawn once typing pauses, not at every letter: each preview is a map drawn anew.
        if (this.typing) clearTimeout(this.typing);
        this.typing = setTimeout(() => this.refresh(), 400);
      }),
    ];
  }

  /** Opens the panel with a title to start from (the selected area, the slide, the dataset). */
  show(title: string): void {
    this.title = title;
    this.render();
    this.root?.querySelector<HTMLElement>('.export-heading')?.focus();
    this.refresh();
  }

  /** Draws the preview again for the options as they are now. */
  refresh(): void {
    if (!this.visible) return;
    if (this.drawing) {
      this.again = true;
      return;
    }
    void this.drawPreview();
  }

  private async drawPreview(): Promise<void> {
    const p = this.preview;
    if (!p) return;
    this.drawing = true;
    p.frame.classList.add('is-drawing');
    const title = this.title;
    try {
      const blob = await this.opts.preview(this.size, title);
      if (p.url) URL.revokeObjectURL(p.url);
      p.url = URL.createObjectURL(blob);
      p.img.src = p.url;
      p.img.alt = t(this.opts.lang, 'exportPreviewAlt', { title });
      p.frame.classList.remove('is-failed');
    } catch {
      p.frame.classList.add('is-failed');
    } finally {
      p.frame.classList.remove('is-drawing');
      this.drawing = false;
      if (this.again) {
        this.again = false;
        this.refresh();
      }
    }
  }

  setLang(lang: Lang): void {
    this.opts = { ...this.opts, lang };
    if (this.visible) this.render();
  }

  private async run(): Promise<void> {
    const root = this.root;
    if (!root) return;
    const size = this.size;
    const status = root.querySelector('.export-status');
    const button = root.querySelector<HTMLButtonElement>('[data-action="export"]');
    if (status) status.textContent = t(this.opts.lang, 'rendering');
    if (button) button.disabled = true;
    try {
      await this.opts.onExport(size, this.title);
      if (status) status.textContent = '';
    } catch (err) {
      if (status) status.textContent = err instanceof Error ? err.message : String(err);
    } finally {
      if (button) button.disabled = false;
    }
  }

  private render(): void {
    const root = this.root;
    if (!root) return;
    this.reveal(root);
    const doc = root.ownerDocument;
    const { lang } = this.opts;
    const screen = this.opts.screen();
    const label = (s: ExportSize) => (s === 'screen' ? t(lang, 'size.screen', { w: screen.width, h: screen.height }) : s.replace('x', '×'));
    replaceKeepingFocus(root,
      el(doc, 'header', { class: 'panel-header' },
        el(doc, 'h2', { class: 'export-heading', tabindex: -1 }, t(lang, 'exportHeading')),
        el(doc, 'button', { type: 'button', class: 'panel-close', 'data-action': 'close', 'aria-label': t(lang, 'close') }, '×'),
      ),
      el(doc, 'label', { class: 'briefing-field' }, el(doc, 'span', {}, t(lang, 'imageTitle')), el(doc, 'input', { class: 'export-title', value: this.title })),
      el(doc, 'label', { class: 'briefing-field' }, el(doc, 'span', {}, t(lang, 'exportSize')),
        el(doc, 'select', { class: 'export-size' }, ...EXPORT_SIZES.map((s) => el(doc, 'option', { value: s, selected: s === this.size }, label(s))))),
      el(doc, 'h3', { class: 'export-preview-heading' }, t(lang, 'exportPreview')),
      this.previewFrame(doc),
      el(doc, 'div', { class: 'briefing-row' },
        el(doc, 'button', { type: 'button', class: 'button primary', 'data-action': 'export' }, t(lang, 'downloadPng')),
        el(doc, 'button', { type: 'button', class: 'button', 'data-action': 'print-A4' }, t(lang, 'printA4')),
        el(doc, 'button', { type: 'button', class: 'button', 'data-action': 'print-A3' }, t(lang, 'printA3')),
      ),
      el(doc, 'p', { class: 'export-status', role: 'status' }),
    );
  }

  private previewFrame(doc: Document): HTMLElement {
    if (!this.preview) {
      const img = el(doc, 'img', { class: 'export-preview', alt: '' });
      this.preview = { frame: el(doc, 'div', { class: 'export-preview-frame' }, img), img, url: null };
    }
    const { frame, img } = this.preview;
    frame.setAttribute('data-wait', t(this.opts.lang, 'rendering'));
    // The frame keeps the image's proportions before the first picture arrives.
    const { width, height } = this.size === 'screen' ? this.opts.screen() : { width: 16, height: 9 };
    frame.style.aspectRatio = `${width} / ${height}`;
    if (!img.getAttribute('src')) img.alt = '';
    return frame;
  }

  override onRemove(): void {
    if (this.typing) clearTimeout(this.typing);
    if (this.preview?.url) URL.revokeObjectURL(this.preview.url);
    this.preview = null;
    super.onRemove();
  }

}
