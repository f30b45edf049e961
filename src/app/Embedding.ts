import type { AppState, Lang } from '../state/schema.ts';
import { formatUrl } from '../state/url.ts';
import type { LayoutSlots } from '../ui/AppLayout.ts';
import { EmbedBar } from '../ui/EmbedBar.ts';
import { HostBridge, allowedOrigins } from './HostBridge.ts';
import { Sharing } from './Sharing.ts';

export interface EmbeddingOptions {
  root: HTMLElement;
  win: Window;
  /** Talk to a parent frame (not when the map is an element of a page: the page owns its messages). */
  bridge: boolean;
  title(): string;
  /** The line saying the data is not the site's own (see DatasetBanner), or null: what is shared says it too. */
  datasetNotice: ((lang: Lang) => string) | null;
  getState(): AppState;
  apply(next: AppState, history: 'push' | 'replace' | 'none'): void;
}

/**
 * Everything about living in other pages: the share dialog, the slim bar and
 * collapsible panel of embed mode, and the postMessage bridge to the host.
 */
export class Embedding {
  private bridge: HostBridge | null;
  private sharing: Sharing;
  private bar: EmbedBar;
  private sideOpen: boolean;

  constructor(private opts: EmbeddingOptions) {
    const s = opts.getState();
    this.bridge = opts.bridge ? new HostBridge({ win: opts.win, allowed: allowedOrigins(opts.root.ownerDocument), getState: opts.getState, apply: opts.apply }) : null;
    this.sharing = new Sharing(opts.win, opts.title, opts.getState, opts.datasetNotice);
    // Embedded, the panel opens when asked or when an area is chosen, and the full map is a link away.
    this.sideOpen = s.embed && (s.panel || s.select !== null);
    this.bar = new EmbedBar({ lang: s.lang, title: opts.title(), fullUrl: this.fullUrl(), onTogglePanel: () => this.setSide(!this.sideOpen) });
    opts.root.classList.toggle('no-controls', !s.controls);
  }

  onAdd(slots: LayoutSlots): void {
    this.sharing.onAdd(slots);
    this.bar.onAdd(slots.header);
    this.setSide(this.sideOpen);
  }

  /** The map has drawn for the first time: tell the host. */
  ready(): void {
    this.bridge?.ready();
  }

  /** After every state change. */
  changed(state: AppState): void {
    this.bridge?.changed(state);
  }

  update(prev: AppState, next: AppState): void {
    // The bar and its full-map link exist only embedded: a full page has nothing to redraw at each change.
    if (next.embed) this.setSide(this.sideOpen || (next.select !== null && next.select !== prev.select));
    this.sharing.update(prev, next);
  }

  onRemove(): void {
    this.bridge?.remove();
    this.sharing.onRemove();
    this.bar.onRemove();
  }

  private fullUrl(): string {
    return `${this.opts.win.location.pathname}${formatUrl({ ...this.opts.getState(), embed: false })}`;
  }

  private setSide(open: boolean): void {
    this.sideOpen = open;
    this.opts.root.classList.toggle('side-open', open);
    this.bar.update({ lang: this.opts.getState().lang, fullUrl: this.fullUrl() }, open);
  }
}
