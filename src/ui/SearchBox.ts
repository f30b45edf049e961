import type { Lang } from '../state/schema.ts';
import { searchAreas, type SearchEntry } from '../stats/searchAreas.ts';
import { t, tKnown } from '../i18n/t.ts';
import { el, listen } from './dom.ts';

export interface SearchBoxOptions {
  lang: Lang;
  /** The places to search: asked for at the first search, not when the box is made (a national index takes ~25 ms). */
  entries: () => readonly SearchEntry[];
  /** Opens the area or station picked. */
  onPick(id: string): void;
}

let boxes = 0;

/**
 * A search for any area or station by name, diacritics optional, as a
 * WAI-ARIA combobox: typing lists matches, the arrow keys move through
 * them, Enter opens the one chosen (or the first), Escape clears.
 */
export class SearchBox {
  private root: HTMLElement | null = null;
  private input: HTMLInputElement | null = null;
  private list: HTMLUListElement | null = null;
  private label: HTMLLabelElement | null = null;
  /** Says how many matches there are: a screen reader hears it while the focus stays in the text. */
  private status: HTMLElement | null = null;
  private off: (() => void)[] = [];
  private results: SearchEntry[] = [];
  private active = -1;
  private readonly id = `search-${++boxes}`;

  constructor(private opts: SearchBoxOptions) {}

  onAdd(parent: HTMLElement): HTMLElement {
    const doc = parent.ownerDocument;
    const { id } = this;
    this.label = el(doc, 'label', { class: 'visually-hidden', for: `${id}-input` });
    this.input = el(doc, 'input', {
      id: `${id}-input`, type: 'text', class: 'search-input', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
      'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-list`,
    });
    this.list = el(doc, 'ul', { id: `${id}-list`, class: 'search-list', role: 'listbox', hidden: true });
    this.status = el(doc, 'span', { class: 'visually-hidden', role: 'status' });
    this.root = el(doc, 'div', { class: 'search-box', role: 'search' }, this.label, this.input, this.list, this.status);
    parent.append(this.root);
    const input = this.input;
    this.off.push(
      listen(input, 'input', () => this.search()),
      listen(input, 'keydown', (e) => this.onKey(e)),
      // Closing when focus leaves, but not before a click on an option has landed.
      listen(input, 'blur', () => this.close()),
      listen(this.list, 'mousedown', (e) => e.preventDefault()),
      listen(this.list, 'click', (e) => {
        const option = (e.target as Element).closest('[data-index]');
        if (option) this.pick(Number(option.getAttribute('data-index')));
      }),
    );
    this.setLang(this.opts.lang);
    return this.root;
  }

  setLang(lang: Lang): void {
    this.opts = { ...this.opts, lang };
    if (this.label) this.label.textContent = t(lang, 'searchLabel');
    this.input?.setAttribute('placeholder', t(lang, 'searchPlaceholder'));
    if (this.list && !this.list.hidden) this.renderList();
  }

  /** The places to search, after the dataset changed (files opened, units switched). */
  setEntries(entries: () => readonly SearchEntry[]): void {
    this.opts = { ...this.opts, entries };
    if (this.list && !this.list.hidden) this.search();
  }

  private search(): void {
    const text = this.input?.value ?? '';
    this.results = searchAreas(this.opts.entries(), text);
    this.active = -1;
    if (text.trim() === '') return this.close();
    this.renderList();
  }

  private onKey(e: KeyboardEvent): void {
    const open = this.list !== null && !this.list.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!open) this.search();
      if (this.results.length === 0) return;
      const n = this.results.length;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // From the text, down goes to the first match and up to the last; past either end it wraps.
      this.active = this.active < 0 ? (step > 0 ? 0 : n - 1) : (this.active + step + n) % n;
      this.renderList();
    } else if (e.key === 'Enter') {
      if (!open || this.results.length === 0) return;
      this.pick(Math.max(0, this.active));
    } else if (e.key === 'Escape') {
      // With nothing typed, Escape is left to close the panel opened last.
      if (!open && this.input?.value === '') return;
      if (this.input) this.input.value = '';
      this.close();
    } else return;
    e.preventDefault();
  }

  private pick(index: number): void {
    const entry = this.results[index];
    if (!entry || !this.input) return;
    this.input.value = entry.name;
    this.close();
    this.opts.onPick(entry.id);
  }

  private close(): void {
    this.results = this.input?.value.trim() ? this.results : [];
    this.active = -1;
    if (this.list) {
      this.list.hidden = true;
      this.list.replaceChildren();
    }
    if (this.status) this.status.textContent = '';
    this.input?.setAttribute('aria-expanded', 'false');
    this.input?.removeAttribute('aria-activedescendant');
  }

  private renderList(): void {
    const list = this.list;
    const input = this.input;
    if (!list || !input) return;
    const doc = list.ownerDocument;
    const { lang } = this.opts;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    list.replaceChildren(...(this.results.length === 0
      ? [el(doc, 'li', { class: 'search-empty', role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' }, t(lang, 'searchNone'))]
      : this.results.map((r, i) => el(doc, 'li', { id: `${this.id}-${i}`, class: 'search-option', role: 'option', 'data-index': i, 'aria-selected': String(i === this.active) },
        el(doc, 'span', { class: 'search-option-name' }, r.name),
        el(doc, 'span', { class: 'search-option-kind' }, [tKnown(lang, `kind.${r.kind}`) ?? r.kind, r.province].filter(Boolean).join(' · ')),
      ))));
    const count = t(lang, 'searchCount', { n: this.results.length });
    if (this.status && this.status.textContent !== count) this.status.textContent = count;
    if (this.active >= 0) {
      input.setAttribute('aria-activedescendant', `${this.id}-${this.active}`);
      list.children[this.active]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.root?.remove();
    this.root = null;
    this.input = null;
    this.list = null;
    this.status = null;
  }
}
