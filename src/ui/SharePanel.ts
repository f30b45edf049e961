import { FRAME_SIZES, type EmbedOptions, type FrameSize } from '../embed/embedSnippet.ts';
import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el, listen } from './dom.ts';
import { ToolPanel } from './ToolPanel.ts';
import { replaceKeepingFocus } from './keepFocus.ts';

export interface SharePanelOptions {
  lang: Lang;
  /** The link and the snippet for the current view and these options, and the line saying the data is not the site's own (or null). */
  make(o: EmbedOptions): { link: string; embed: string; snippet: string; notice: string | null };
  onClose(): void;
}

/** A link to the current view, and an <iframe> to paste, with its options and a live preview. */
export class SharePanel extends ToolPanel {
  private o: EmbedOptions;
  private frame: { box: HTMLElement; preview: HTMLIFrameElement; width: number } | null = null;

  constructor(private opts: SharePanelOptions) {
    super('share-panel');
    this.o = { size: 'wide', panel: false, controls: true, lang: opts.lang };
  }

  protected bind(root: HTMLElement): (() => void)[] {
    const win = root.ownerDocument.defaultView as (Window & { ResizeObserver?: typeof ResizeObserver }) | null;
    const resize = win?.ResizeObserver ? new win.ResizeObserver(() => this.fit()) : null;
    resize?.observe(root);
    return [
      () => resize?.disconnect(),
      listen(root, 'click', (e) => {
        const target = e.target as Element;
        if (target.closest('[data-action="close"]')) this.opts.onClose();
        const copy = target.closest('[data-copy]');
        if (copy) void this.copy(copy as HTMLButtonElement);
      }),
      listen(root, 'change', (e) => {
        const target = e.target as HTMLInputElement;
        if (target.name === 'size') this.o = { ...this.o, size: target.value as FrameSize };
        if (target.name === 'panel') this.o = { ...this.o, panel: target.checked };
        if (target.name === 'controls') this.o = { ...this.o, controls: target.checked };
        if (target.name === 'lang') this.o = { ...this.o, lang: target.value as Lang };
        this.render();
      }),
    ];
  }

  /** Opens the panel, or brings it up to date with the view. */
  show(): void {
    this.render();
  }

  setLang(lang: Lang): void {
    this.opts = { ...this.opts, lang };
    if (this.visible) this.render();
  }

  private async copy(button: HTMLButtonElement): Promise<void> {
    const field = this.root?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${button.getAttribute('data-copy')}`);
    if (!field) return;
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
      button.textContent = t(this.opts.lang, 'copied');
    } catch {
      // Without clipboard access the text stays selected, ready for Ctrl+C.
    }
  }

  private render(): void {
    const root = this.root;
    if (!root) return;
    this.reveal(root);
    const doc = root.ownerDocument;
    const { lang } = this.opts;
    const { link, embed, snippet, notice } = this.opts.make(this.o);
    const [w, h] = FRAME_SIZES[this.o.size];
    const check = (name: string, checked: boolean, label: string) => el(doc, 'label', { class: 'layer-toggle' }, el(doc, 'input', { type: 'checkbox', name, checked }), ` ${label}`);
    // The preview is the frame at its own size (a full-width one as a 16:10 page would show it), scaled down to the
    // panel's width: the embed's own layout, not a cramped map.
    const [fw, fh] = w.endsWith('%') ? [Math.round(Number(h) * 1.6), Number(h)] : [Number(w), Number(h)];
    // The same address keeps the same frame: redrawing the panel must not reload the preview.
    const old = root.querySelector<HTMLElement>('.share-preview-box');
    const same = old?.querySelector('.share-preview')?.getAttribute('src') === embed;
    const preview = same ? old!.querySelector<HTMLIFrameElement>('.share-preview')! : el(doc, 'iframe', { class: 'share-preview', src: embed, title: t(lang, 'sharePreview'), loading: 'lazy' });
    const box = same ? old! : el(doc, 'div', { class: 'share-preview-box' }, preview);
    this.frame = { box, preview, width: fw };
    preview.style.width = `${fw}px`;
    preview.style.height = `${fh}px`;
    box.style.aspectRatio = `${fw} / ${fh}`;
    replaceKeepingFocus(root,
      el(doc, 'header', { class: 'panel-header' },
        el(doc, 'h2', { class: 'share-heading', tabindex: -1 }, t(lang, 'shareHeading')),
        el(doc, 'button', { type: 'button', class: 'panel-close', 'data-action': 'close', 'aria-label': t(lang, 'close') }, '×'),
      ),
      ...(notice ? [el(doc, 'p', { class: 'share-notice', role: 'note' }, `${notice} ${t(lang, 'shareOtherDataset')}`)] : []),
      el(doc, 'label', { for: 'share-link' }, t(lang, 'shareLink')),
      el(doc, 'div', { class: 'briefing-row' }, el(doc, 'input', { id: 'share-link', readonly: true, value: link }), el(doc, 'button', { type: 'button', 'data-copy': 'share-link' }, t(lang, 'copy'))),
      el(doc, 'fieldset', { class: 'layer-toggles share-options' },
        el(doc, 'legend', {}, t(lang, 'shareEmbed')),
        el(doc, 'label', { class: 'briefing-row' }, `${t(lang, 'shareSize')} `,
          el(doc, 'select', { name: 'size' }, ...(Object.keys(FRAME_SIZES) as FrameSize[]).map((s) => el(doc, 'option', { value: s, selected: s === this.o.size }, s === 'wide' ? t(lang, 'shareSize.wide') : s.replace('x', ' × '))))),
        check('panel', this.o.panel, t(lang, 'shareOpenPanel')),
        check('controls', this.o.controls, t(lang, 'shareControls')),
        el(doc, 'label', { class: 'briefing-row' }, `${t(lang, 'shareLang')} `,
          el(doc, 'select', { name: 'lang' }, ...(['vi', 'en'] as const).map((l) => el(doc, 'option', { value: l, selected: l === this.o.lang }, l === 'vi' ? 'Tiếng Việt' : 'English')))),
      ),
      el(doc, 'textarea', { id: 'share-snippet', class: 'share-snippet', readonly: true, rows: 4, 'aria-label': t(lang, 'shareEmbed') }, snippet),
      el(doc, 'div', { class: 'briefing-row' }, el(doc, 'button', { type: 'button', 'data-copy': 'share-snippet' }, t(lang, 'copy'))),
      el(doc, 'h3', {}, t(lang, 'sharePreview')),
      box,
    );
    this.fit();
  }

  /** Scales the preview's frame to the panel's width. */
  private fit(): void {
    const f = this.frame;
    if (!f || !f.box.isConnected || f.box.clientWidth === 0) return;
    f.preview.style.transform = `scale(${f.box.clientWidth / f.width})`;
  }

}
