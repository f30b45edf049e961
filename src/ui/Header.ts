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
  /** The title and the box of sources and languages, filled again at each change. */
  private title: HTMLElement | null = null;
  private box: HTMLElement | null = null;
  private langs: HTMLElement | null = null;

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
    const doc = this.root.ownerDocument;
    const lang = this.lang;
    const heading = this.manifest ? this.manifest.title[lang] : '';
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
    const title = [el(doc, 'span', { class: 'header-app' }, t(lang, 'appName')), heading ? ` · ${heading}` : ''];
    // Made once, then changed in place: the button just pressed keeps its focus, and the search and the tools row
    // stay where they are (taking the focused button or those rows out of the page cost more than the rest of the header).
    if (!this.title || !this.box || !this.langs || this.title.parentNode !== this.root) {
      this.langs = el(doc, 'div', { class: 'lang-switch', role: 'group' }, ...(['vi', 'en'] as const).map((l) => {
        const name = l === 'vi' ? 'Tiếng Việt' : 'English';
        // Phones show the short code; the accessible name holds both, so what is seen is what a voice user says.
        const b = el(doc, 'button', { type: 'button', 'data-lang': l, lang: l, 'aria-label': `${name} ${l.toUpperCase()}` },
          el(doc, 'span', { class: 'lang-long' }, name),
          el(doc, 'span', { class: 'lang-short', 'aria-hidden': 'true' }, l.toUpperCase()),
        );
        this.off.push(listen(b, 'click', () => this.onLang(l)));
        return b;
      }));
      this.title = el(doc, 'h1', { class: 'header-title' });
      this.box = el(doc, 'div', { class: 'header-tools' }, this.langs);
      replaceKeepingFocus(this.root, this.title, this.search, this.tools, this.box);
    }
    this.title.replaceChildren(...title);
    this.langs.setAttribute('aria-label', t(lang, 'language'));
    for (const b of this.langs.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    // The list of sources takes the new language in place, keeping focus (on one of its links) and whether it is open.
    const shown = this.box.querySelector('.sources');
    if (shown && sources) replaceKeepingFocus(shown, ...sources.childNodes);
    else if (sources) this.box.prepend(sources);
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.root?.remove();
    this.root = null;
  }
}
