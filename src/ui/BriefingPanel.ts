import type { Briefing, Slide } from '../briefing/Briefing.ts';
import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el, listen } from './dom.ts';
import { ToolPanel } from './ToolPanel.ts';
import { replaceKeepingFocus } from './keepFocus.ts';
import { slideRow } from './slideRow.ts';
import { bindSlideDrag } from './slideDrag.ts';

export type SlideAction = 'show' | 'up' | 'down' | 'delete' | 'update' | 'present';

export interface BriefingPanelOptions {
  lang: Lang;
  onPick(id: string): void;
  onNew(): void;
  onRename(title: string): void;
  onAdd(): void;
  onEdit(index: number, patch: { title?: string; notes?: string }): void;
  onSlide(index: number, action: SlideAction): void;
  /** Moves a slide from one place to another (drag and drop). */
  onMove(from: number, to: number): void;
  /** Puts the slide deleted last back where it was. */
  onUndo(): void;
  /** A picture of a slide, drawn when first asked for. */
  thumbnail(slide: Slide): Promise<string>;
  onOpenFile(file: File): void;
  /** Every slide as a PNG, or printed one per page. */
  onOutput(what: 'export-all' | 'print-A4' | 'print-A3'): void;
  /** Presents here, with notes and the next slide in a second window. */
  onPresenter(): void;
  onClose(): void;
}

/** What the editor shows: the briefings, the one open, what went wrong, and the slide deleted last (to undo). */
export interface BriefingView {
  briefings: Briefing[];
  current: Briefing | null;
  error: string | null;
  deleted: string | null;
}

/**
 * The briefing editor: pick or start a briefing, add the current view as a
 * slide, give each slide a title and notes, reorder (drag, buttons, or
 * Alt + ↑/↓), update or delete it (with an undo), present from any slide,
 * and move briefings in and out as JSON files. Each slide shows a picture.
 */
export class BriefingPanel extends ToolPanel {
  private url: string | null = null;
  private state: BriefingView = { briefings: [], current: null, error: null, deleted: null };

  constructor(private opts: BriefingPanelOptions) {
    super('briefing-panel');
  }

  protected bind(root: HTMLElement): (() => void)[] {
    const index = (e: Event) => Number((e.target as Element).closest('[data-index]')?.getAttribute('data-index'));
    const row = (e: Event) => (e.target as Element).closest<HTMLElement>('.briefing-slide');
    return [
      listen(root, 'click', (e) => {
        const target = e.target as Element;
        const action = target.closest('[data-action]')?.getAttribute('data-action');
        if (action === 'new') this.opts.onNew();
        else if (action === 'add') this.opts.onAdd();
        else if (action === 'present-start') this.opts.onSlide(0, 'present');
        else if (action === 'open') root.querySelector<HTMLInputElement>('.briefing-file')?.click();
        else if (action === 'close') this.opts.onClose();
        else if (action === 'presenter') this.opts.onPresenter();
        else if (action === 'undo') this.opts.onUndo();
        else if (action === 'export-all' || action === 'print-A4' || action === 'print-A3') this.opts.onOutput(action);
        else if (action === 'up' || action === 'down') this.move(index(e), action, action);
        else if (action) this.opts.onSlide(index(e), action as SlideAction);
      }),
      listen(root, 'change', (e) => {
        const target = e.target as HTMLInputElement;
        if (target.matches('.briefing-pick')) this.opts.onPick(target.value);
        else if (target.matches('.briefing-name')) this.opts.onRename(target.value);
        else if (target.matches('.slide-title')) this.opts.onEdit(index(e), { title: target.value.replace(/\s*\n\s*/g, ' ') });
        else if (target.matches('.slide-notes')) this.opts.onEdit(index(e), { notes: target.value });
        else if (target.matches('.briefing-file') && target.files?.[0]) {
          this.opts.onOpenFile(target.files[0]);
          target.value = '';
        }
      }),
      listen(root, 'keydown', (e) => {
        const target = e.target as HTMLElement;
        // A title is one line: Enter saves it, as leaving the field does, and never breaks it.
        if (e.key === 'Enter' && target.matches('.slide-title')) {
          e.preventDefault();
          target.dispatchEvent(new Event('change', { bubbles: true }));
          return;
        }
        if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || !row(e)) return;
        e.preventDefault();
        // Focus stays on the same field or button of the slide that moved.
        this.move(index(e), e.key === 'ArrowUp' ? 'up' : 'down', focusKey(target));
      }),
      ...bindSlideDrag(root, (from, to) => this.opts.onMove(from, to), () => this.render()),
    ];
  }

  /** Shows the panel with these briefings, `current` open for editing; hides it for null. */
  show(view: BriefingView): void {
    this.state = view;
    this.render();
  }

  /** Moves focus to the panel's heading, as after opening it. */
  focus(): void {
    this.root?.querySelector<HTMLElement>('.briefing-heading')?.focus();
  }

  setLang(lang: Lang): void {
    this.opts = { ...this.opts, lang };
    if (this.visible) this.render();
  }

  /** Moves slide `i` one place up or down and keeps focus on the moved slide's control `key` (a selector in its row). */
  private move(i: number, dir: 'up' | 'down', key: string): void {
    const slides = this.state.current?.slides ?? [];
    const to = dir === 'up' ? i - 1 : i + 1;
    if (to < 0 || to >= slides.length) return;
    this.opts.onSlide(i, dir);
    const moved = this.root?.querySelector<HTMLElement>(`.briefing-slide[data-index="${to}"]`);
    const target = moved?.querySelector<HTMLElement>(key.startsWith('.') ? key : `[data-action="${key}"]`);
    (target && !(target as HTMLButtonElement).disabled ? target : moved?.querySelector<HTMLElement>('.slide-title'))?.focus();
  }

  private render(): void {
    const root = this.root;
    if (!root) return;
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
    this.reveal(root);
    const doc = root.ownerDocument;
    const { lang } = this.opts;
    const { briefings, current, error, deleted } = this.state;
    const button = (action: string, label: string, attrs: Record<string, string | number> = {}) =>
      el(doc, 'button', { type: 'button', class: 'button', 'data-action': action, ...attrs }, label);
    const parts: (Node | null)[] = [
      el(doc, 'header', { class: 'panel-header' },
        el(doc, 'h2', { class: 'briefing-heading', tabindex: -1 }, t(lang, 'briefingTitle')),
        el(doc, 'button', { type: 'button', class: 'panel-close', 'data-action': 'close', 'aria-label': t(lang, 'close') }, '×'),
      ),
      el(doc, 'div', { class: 'briefing-row' },
        el(doc, 'label', { class: 'briefing-field' }, el(doc, 'span', {}, t(lang, 'briefingPick')),
          el(doc, 'select', { class: 'briefing-pick' }, ...briefings.map((b) => el(doc, 'option', { value: b.id, selected: b.id === current?.id }, b.title)))),
        button('new', `＋ ${t(lang, 'briefingNew')}`),
      ),
    ];
    if (current) {
      this.url = URL.createObjectURL(new Blob([`${JSON.stringify(current, null, 2)}\n`], { type: 'application/json' }));
      const n = current.slides.length;
      parts.push(
        el(doc, 'label', { class: 'briefing-field' }, el(doc, 'span', {}, t(lang, 'briefingName')), el(doc, 'input', { class: 'briefing-name', value: current.title })),
        el(doc, 'div', { class: 'briefing-row' },
          el(doc, 'button', { type: 'button', class: 'button primary', 'data-action': 'present-start', disabled: n === 0 }, `▶ ${t(lang, 'present')}`),
          n > 0 ? button('presenter', t(lang, 'presenterWindow')) : null,
        ),
        deleted === null ? null : el(doc, 'div', { class: 'briefing-undo', role: 'status' },
          el(doc, 'span', {}, t(lang, 'slideDeleted', { title: deleted })), button('undo', t(lang, 'undo'))),
        n === 0 ? el(doc, 'p', { class: 'briefing-note' }, t(lang, 'noSlides')) : el(doc, 'ol', { class: 'briefing-slides', 'aria-describedby': 'briefing-drag-hint' },
          ...current.slides.map((s, i) => slideRow(doc, lang, s, i, n, () => this.opts.thumbnail(s)))),
        n === 0 ? null : el(doc, 'p', { class: 'briefing-note', id: 'briefing-drag-hint' }, t(lang, 'slideDrag')),
        button('add', `＋ ${t(lang, 'addSlide')}`, { class: 'button briefing-add' }),
        el(doc, 'div', { class: 'briefing-row briefing-files' },
          el(doc, 'a', { href: this.url, download: `${current.id}.json`, class: 'briefing-download' }, t(lang, 'downloadBriefing')),
          button('open', t(lang, 'openBriefing'), { class: 'button is-quiet' }),
          el(doc, 'input', { type: 'file', class: 'briefing-file visually-hidden', accept: '.json,application/json', tabindex: -1, 'aria-label': t(lang, 'openBriefing') }),
        ),
        n === 0 ? null : el(doc, 'div', { class: 'briefing-row' },
          button('export-all', t(lang, 'exportAll'), { class: 'button is-quiet' }), button('print-A4', t(lang, 'printA4'), { class: 'button is-quiet' }), button('print-A3', t(lang, 'printA3'), { class: 'button is-quiet' }),
        ),
      );
    }
    parts.push(error ? el(doc, 'p', { class: 'error-message', role: 'alert' }, error) : null, el(doc, 'p', { class: 'briefing-note' }, t(lang, 'briefingSaved')));
    replaceKeepingFocus(root, ...parts.filter((p): p is Node => p !== null));
  }

  override onRemove(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    super.onRemove();
  }
}

/** How to find a focused control again in its slide's row after the row moved. */
function focusKey(e: HTMLElement): string {
  const action = e.getAttribute('data-action');
  if (action) return action;
  return e.classList.contains('slide-notes') ? '.slide-notes' : '.slide-title';
}
