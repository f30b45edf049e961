import type { Lang } from '../state/schema.ts';
import { KNOWN_KEYS, type Ignored } from '../state/url.ts';
import { DEFAULT_STATE } from '../state/schema.ts';
import { t, tKnown } from '../i18n/t.ts';
import { el, listen } from './dom.ts';
import { markClosed, markOpened, onDismiss } from './dismiss.ts';

/**
 * One short line at the top of the map naming what a link asked for that
 * the map could not use (an unknown key, a layer, an area or briefing that
 * is not there) and what it shows instead; closed with its button, and gone
 * when there is nothing to say.
 */
export class UrlNotice {
  private root: HTMLElement | null = null;
  private off: (() => void)[] = [];
  private items: Ignored[] = [];

  constructor(private lang: Lang) {}

  onAdd(parent: HTMLElement): HTMLElement {
    this.root = el(parent.ownerDocument, 'div', { class: 'url-notice', role: 'status', hidden: true });
    parent.append(this.root);
    this.off.push(
      listen(this.root, 'click', (e) => {
        if ((e.target as Element).closest('.url-notice-close')) this.clear();
      }),
      // Escape closes it too, when it is the last thing that opened.
      onDismiss(this.root, () => this.clear()),
    );
    return this.root;
  }

  /** Adds what was ignored (the same key and value said once). */
  add(items: readonly Ignored[]): void {
    const fresh = items.filter((i) => !this.items.some((x) => x.key === i.key && x.value === i.value));
    if (fresh.length === 0) return;
    this.items = [...this.items, ...fresh];
    this.render();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.render();
  }

  clear(): void {
    this.items = [];
    this.render();
  }

  private render(): void {
    const root = this.root;
    if (!root) return;
    if (this.items.length === 0) markClosed(root);
    root.hidden = this.items.length === 0;
    if (root.hidden) return void root.replaceChildren();
    markOpened(root);
    const doc = root.ownerDocument;
    const lang = this.lang;
    root.replaceChildren(
      el(doc, 'p', { class: 'url-notice-text' }, t(lang, 'urlIgnored', { items: this.items.map((i) => describeIgnored(lang, i)).join('; ') })),
      el(doc, 'button', { type: 'button', class: 'url-notice-close', 'aria-label': t(lang, 'urlNoticeClose') }, '×'),
    );
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.root?.remove();
    this.root = null;
  }
}

/** "layers=foo,bar (not a layer of this map; using …)", in the reader's language. */
export function describeIgnored(lang: Lang, i: Ignored): string {
  const known = i.key === 'map' || KNOWN_KEYS.includes(i.key);
  const why = known ? (tKnown(lang, `urlWhy.${i.key}`) ?? t(lang, 'urlWhy.value')) : t(lang, 'urlWhy.unknownKey');
  const layers = (text: string) => (text === DEFAULT_STATE.layers.join(',') ? t(lang, 'urlDefaultLayers') : text.split(',').map((l) => tKnown(lang, `layer.${l}`) ?? l).join(', '));
  const used = i.used === null ? null : i.key === 'layers' ? layers(i.used) : i.used;
  return `${i.key}=${i.value} (${why}${used === null ? '' : `; ${t(lang, 'urlUsed', { used })}`})`;
}
