import type { Manifest } from '../data/types.ts';
import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { sourceParts } from './sourceNotes.ts';
import { el, listen } from './dom.ts';
import { replaceKeepingFocus } from './keepFocus.ts';

/** The slim toolbar: dataset title, search, tools, the list of sources and licences, language switch. */
export class Header {
  private root: HTMLElement | null = null;
  private off: (() => void)[] = [];
  private manifest: Manifest | null = null;
  /** Kept across redraws: the search box lives here (see SearchBox). */
  private search: HTMLElement | null = null;
  /** Kept across redraws too: the tools row or menu (see ToolMenu), whose buttons belong to other components. */
  private tools: HTMLElement | null = null;

  constructor(private lang: Lang, private readonly onLang: (lang: Lang) => void) {}

  onAdd(parent: HTMLElement, tools: HTMLElement | null = null): HTMLElement {
    this.root = el(parent.ownerDocument, 'div', { class: 'header' });
    this.tools = tools;
    this.search = el(parent.ownerDocument, 'div', { class: 'toolbar-search' });
    parent.append(this.root);
    this.render();
    return this.root;
  }

  setManifest(manifest: Manifest): void {
    this.manifest = manifest;
    this.render();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.render();
  }

  private render(): void {
    if (!this.root) return;
    for (const off of this.off) off();
    this.off = [];
    const doc = this.root.ownerDocument;
    const lang = this.lang;
    const title = this.manifest ? this.manifest.title[lang] : '';
    const buttons = (['vi', 'en'] as const).map((l) => {
      const name = l === 'vi' ? 'Tiếng Việt' : 'English';
      // Phones show the short code; the accessible name holds both, so what is seen is what a voice user says.
      const b = el(doc, 'button', { type: 'button', 'data-lang': l, 'aria-pressed': String(l === lang), lang: l, 'aria-label': `${name} ${l.toUpperCase()}` },
        el(doc, 'span', { class: 'lang-long' }, name),
        el(doc, 'span', { class: 'lang-short', 'aria-hidden': 'true' }, l.toUpperCase()),
      );
      this.off.push(listen(b, 'click', () => this.onLang(l)));
      return b;
    });
    const sources = this.manifest
      ? el(
          doc, 'details', { class: 'sources' },
          // Narrow toolbars show the short word and keep the whole, which starts with it, for screen readers.
          el(doc, 'summary', {},
            el(doc, 'span', { class: 'about-long' }, t(lang, 'about')),
            el(doc, 'span', { class: 'about-short', 'aria-hidden': 'true' }, t(lang, 'aboutShort')),
          ),
          el(doc, 'ul', {}, ...this.manifest.sources.map((s) => el(doc, 'li', { 'data-source-id': s.id }, ...sourceParts(doc, lang, s)))),
        )
      : null;
    replaceKeepingFocus(this.root,
      el(doc, 'h1', { class: 'header-title' }, el(doc, 'span', { class: 'header-app' }, t(lang, 'appName')), title ? ` · ${title}` : ''),
      this.search,
      this.tools,
      el(doc, 'div', { class: 'header-tools' },
        sources,
        el(doc, 'div', { class: 'lang-switch', role: 'group', 'aria-label': t(lang, 'language') }, ...buttons),
      ),
    );
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.root?.remove();
    this.root = null;
  }
}
