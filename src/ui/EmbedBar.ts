import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el, listen } from './dom.ts';
import { replaceKeepingFocus } from './keepFocus.ts';

export interface EmbedBarOptions {
  lang: Lang;
  title: string;
  /** The same view in the full app, opened in a new tab. */
  fullUrl: string;
  onTogglePanel(): void;
}

/** The whole chrome of an embedded map: its title, the panel switch and a link to the full map. */
export class EmbedBar {
  private root: HTMLElement | null = null;
  private off: (() => void)[] = [];

  constructor(private opts: EmbedBarOptions) {}

  onAdd(parent: HTMLElement): HTMLElement {
    this.root = el(parent.ownerDocument, 'div', { class: 'embed-bar' });
    parent.append(this.root);
    this.off.push(listen(this.root, 'click', (e) => {
      if ((e.target as Element).closest('.panel-toggle')) this.opts.onTogglePanel();
    }));
    this.render(false);
    return this.root;
  }

  update(patch: Partial<Pick<EmbedBarOptions, 'lang' | 'fullUrl'>>, panelOpen: boolean): void {
    this.opts = { ...this.opts, ...patch };
    this.render(panelOpen);
  }

  private render(panelOpen: boolean): void {
    const root = this.root;
    if (!root) return;
    const doc = root.ownerDocument;
    const { lang } = this.opts;
    replaceKeepingFocus(root,
      el(doc, 'span', { class: 'embed-title' }, this.opts.title),
      el(doc, 'button', { type: 'button', class: 'panel-toggle', 'aria-expanded': String(panelOpen) }, t(lang, 'panelToggle')),
      el(doc, 'a', { class: 'embed-full', href: this.opts.fullUrl, target: '_blank', rel: 'noopener' }, t(lang, 'openFullMap')),
    );
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.root?.remove();
    this.root = null;
  }
}
