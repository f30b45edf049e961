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
  onPrint(paper: 'A4' | 'A3'): void;
  onClose(): void;
}

/** Export of the current view: a title, a size, and a PNG to download; or a print-out. */
export class ExportPanel extends ToolPanel {
  private title = '';

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
      }),
    ];
  }

  /** Opens the panel with a title to start from (the selected area, the slide, the dataset). */
  show(title: string): void {
    this.title = title;
    this.render();
    this.root?.querySelector<HTMLElement>('.export-heading')?.focus();
  }

  setLang(lang: Lang): void {
    this.opts = { ...this.opts, lang };
    if (this.visible) this.render();
  }

  private async run(): Promise<void> {
    const root = this.root;
    if (!root) return;
    const size = root.querySelector<HTMLSelectElement>('.export-size')?.value as ExportSize;
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
      el(doc, 'label', { class: 'briefing-row' }, `${t(lang, 'imageTitle')} `, el(doc, 'input', { class: 'export-title', value: this.title })),
      el(doc, 'label', { class: 'briefing-row' }, `${t(lang, 'exportSize')} `,
        el(doc, 'select', { class: 'export-size' }, ...EXPORT_SIZES.map((s) => el(doc, 'option', { value: s, selected: s === '1920x1080' }, label(s))))),
      el(doc, 'div', { class: 'briefing-row' },
        el(doc, 'button', { type: 'button', class: 'primary', 'data-action': 'export' }, t(lang, 'downloadPng')),
        el(doc, 'button', { type: 'button', 'data-action': 'print-A4' }, t(lang, 'printA4')),
        el(doc, 'button', { type: 'button', 'data-action': 'print-A3' }, t(lang, 'printA3')),
      ),
      el(doc, 'p', { class: 'export-status', role: 'status' }),
    );
  }

}
