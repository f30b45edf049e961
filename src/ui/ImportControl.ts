import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el, listen } from './dom.ts';

export interface ImportControlOptions {
  lang: Lang;
  onFiles(files: File[]): void;
}

/**
 * Opens the user's own files: a button with a file picker, and the whole map
 * as a drop target, with an overlay while files are dragged over it.
 */
export class ImportControl {
  private root: HTMLElement | null = null;
  private overlay: HTMLElement | null = null;
  private off: (() => void)[] = [];

  constructor(private opts: ImportControlOptions) {}

  /** `dropTarget` is the map's stage: files dropped anywhere on it open. */
  onAdd(parent: HTMLElement, dropTarget: HTMLElement): HTMLElement {
    const doc = parent.ownerDocument;
    this.root = el(doc, 'div', { class: 'import-control' });
    this.overlay = el(doc, 'div', { class: 'drop-overlay', hidden: true, 'aria-hidden': 'true' });
    parent.append(this.root);
    dropTarget.append(this.overlay);
    let depth = 0;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const show = (on: boolean) => {
      if (this.overlay) this.overlay.hidden = !on;
    };
    this.off.push(
      listen(dropTarget, 'dragenter', (e) => {
        if (!hasFiles(e)) return;
        depth++;
        show(true);
      }),
      listen(dropTarget, 'dragover', (e) => {
        if (!hasFiles(e)) return;
        e.preventDefault(); // allows the drop
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      }),
      listen(dropTarget, 'dragleave', () => {
        depth = Math.max(0, depth - 1);
        if (depth === 0) show(false);
      }),
      listen(dropTarget, 'drop', (e) => {
        depth = 0;
        show(false);
        const files = [...(e.dataTransfer?.files ?? [])];
        if (files.length === 0) return;
        e.preventDefault();
        this.opts.onFiles(files);
      }),
    );
    this.render();
    return this.root;
  }

  setLang(lang: Lang): void {
    this.opts = { ...this.opts, lang };
    this.render();
  }

  private render(): void {
    const root = this.root;
    if (!root) return;
    const doc = root.ownerDocument;
    const { lang } = this.opts;
    const input = el(doc, 'input', { type: 'file', multiple: true, accept: '.geojson,.json,.csv,application/geo+json,application/json,text/csv', class: 'visually-hidden', id: 'import-files', tabindex: -1, 'aria-label': t(lang, 'openFiles') });
    const button = el(doc, 'button', { type: 'button', class: 'tool-button', title: t(lang, 'openFilesHint') }, t(lang, 'openFiles'));
    // Listeners of the previous render die with its elements; only the drop target's are kept in `off`.
    button.addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      input.value = ''; // the same file can be opened again after it is fixed
      if (files.length > 0) this.opts.onFiles(files);
    });
    root.replaceChildren(button, input);
    if (this.overlay) this.overlay.replaceChildren(el(doc, 'p', {}, t(lang, 'dropHere')));
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.root?.remove();
    this.overlay?.remove();
    this.root = null;
    this.overlay = null;
  }
}
