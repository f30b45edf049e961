import type { Lang } from '../state/schema.ts';
import { el } from './dom.ts';

/**
 * A line over the map that stays as long as its cause: data that is not
 * the site's own (the folder it came from and the title it gives itself,
 * which is only its claim), or a link whose data the site refused. A link
 * can open another folder the site allows; no link can make that data pass
 * for the site's.
 */
export class DatasetBanner {
  private root: HTMLElement | null = null;

  constructor(private lang: Lang, private readonly say: (lang: Lang) => string) {}

  /** Goes right after the page's header, above the map: in the layout's flow, so it covers nothing and nothing covers it. */
  onAdd(header: HTMLElement): HTMLElement {
    this.root = el(header.ownerDocument, 'p', { class: 'dataset-banner', role: 'note' });
    header.after(this.root);
    this.render();
    return this.root;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.render();
  }

  private render(): void {
    this.root?.replaceChildren(this.say(this.lang));
  }

  onRemove(): void {
    this.root?.remove();
    this.root = null;
  }
}
