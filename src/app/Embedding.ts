import type { AppState, Lang } from '../state/schema.ts';
import { formatUrl } from '../state/url.ts';
import type { LayoutSlots } from '../ui/AppLayout.ts';
import { EmbedBar } from '../ui/EmbedBar.ts';
import { ToolSlot } from '../ui/ToolSlot.ts';
import { t } from '../i18n/t.ts';
import { HostBridge, allowedOrigins } from './HostBridge.ts';
import type { FeatureLoader } from './lazy.ts';
import type { Sharing } from './Sharing.ts';

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
  /** Loads the share dialog's code on its first use. */
  features: FeatureLoader;
}

/**
 * Everything about living in other pages: the share dialog, the slim bar and
 * collapsible panel of embed mode, and the postMessage bridge to the host.
 */
export class Embedding {
  private bridge: HostBridge | null;
  /** The share dialog, once its button was first pressed; until then a stand-in button holds its place. */
  private sharing: Sharing | null = null;
  private shareSlot: ToolSlot;
  private removed = false;
  private bar: EmbedBar;
  private sideOpen: boolean;

  constructor(private opts: EmbeddingOptions) {
    const s = opts.getState();
    this.bridge = opts.bridge ? new HostBridge({ win: opts.win, allowed: allowedOrigins(opts.root.ownerDocument), getState: opts.getState, apply: opts.apply }) : null;
    this.shareSlot = new ToolSlot(t(s.lang, 'share'), () => this.loadSharing());
    // Embedded, the panel opens when asked or when an area is chosen, and the full map is a link away.
    this.sideOpen = s.embed && (s.panel || s.select !== null);
    this.bar = new EmbedBar({ lang: s.lang, title: opts.title(), fullUrl: this.fullUrl(), onTogglePanel: () => this.setSide(!this.sideOpen) });
    opts.root.classList.toggle('no-controls', !s.controls);
  }

  onAdd(slots: LayoutSlots): void {
    this.shareSlot.onAdd(slots);
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
    this.sharing?.update(prev, next);
    if (next.lang !== prev.lang) this.shareSlot.setLabel(t(next.lang, 'share'));
  }

  onRemove(): void {
    this.removed = true;
    this.bridge?.remove();
    this.sharing?.onRemove();
    this.shareSlot.onRemove();
    this.bar.onRemove();
  }

  /** The dialog's code on the first press of its button, then the dialog, opened by that press. */
  private loadSharing(): void {
    const o = this.opts;
    this.shareSlot.setBusy(true);
    o.features.load('featureShare', () => import('./Sharing.ts'), () => this.loadSharing()).then(({ Sharing }) => {
      this.shareSlot.setBusy(false);
      if (this.removed || this.sharing) return;
      const sharing = new Sharing(o.win, o.title, o.getState, o.datasetNotice);
      this.sharing = sharing;
      this.shareSlot.mount((slots) => sharing.onAdd(slots), true);
    }, () => this.shareSlot.setBusy(false));
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
