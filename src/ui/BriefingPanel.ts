import type { Briefing } from '../briefing/Briefing.ts';
import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el, listen } from './dom.ts';
import { ToolPanel } from './ToolPanel.ts';
import { replaceKeepingFocus } from './keepFocus.ts';

export type SlideAction = 'show' | 'up' | 'down' | 'delete' | 'update' | 'present';

export interface BriefingPanelOptions {
  lang: Lang;
  onPick(id: string): void;
  onNew(): void;
  onRename(title: string): void;
  onAdd(): void;
  onEdit(index: number, patch: { title?: string; notes?: string }): void;
  onSlide(index: number, action: SlideAction): void;
  onOpenFile(file: File): void;
  /** Every slide as a PNG, or printed one per page. */
  onOutput(what: 'export-all' | 'print-A4' | 'print-A3'): void;
  /** Presents here, with notes and the next slide in a second window. */
  onPresenter(): void;
  onClose(): void;
}

/**
 * The briefing editor: pick or start a briefing, add the current view as a
 * slide, give each slide a title and notes, reorder, update or delete it,
 * present from any slide, and move briefings in and out as JSON files.
 */
export class BriefingPanel extends ToolPanel {
  private url: string | null = null;
  private state: { briefings: Briefing[]; current: Briefing | null; error: string | null } = { briefings: [], current: null, error: null };

  constructor(private opts: BriefingPanelOptions) {
    super('briefing-panel');
  }

  protected bind(root: HTMLElement): (() => void)[] {
    const index = (e: Event) => Number((e.target as Element).closest('[data-index]')?.getAttribute('data-index'));
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
        else if (action === 'export-all' || action === 'print-A4' || action === 'print-A3') this.opts.onOutput(action);
        else if (action) this.opts.onSlide(index(e), action as SlideAction);
      }),
      listen(root, 'change', (e) => {
        const target = e.target as HTMLInputElement;
        if (target.matches('.briefing-pick')) this.opts.onPick(target.value);
        else if (target.matches('.briefing-name')) this.opts.onRename(target.value);
        else if (target.matches('.slide-title')) this.opts.onEdit(index(e), { title: target.value });
        else if (target.matches('.slide-notes')) this.opts.onEdit(index(e), { notes: target.value });
        else if (target.matches('.briefing-file') && target.files?.[0]) {
          this.opts.onOpenFile(target.files[0]);
          target.value = '';
        }
      }),
    ];
  }

  /** Shows the panel with these briefings, `current` open for editing; hides it for null. */
  show(briefings: Briefing[], current: Briefing | null, error: string | null = null): void {
    this.state = { briefings, current, error };
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

  private render(): void {
    const root = this.root;
    if (!root) return;
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
    this.reveal(root);
    const doc = root.ownerDocument;
    const { lang } = this.opts;
    const { briefings, current, error } = this.state;
    const button = (action: string, label: string, attrs: Record<string, string | number> = {}) =>
      el(doc, 'button', { type: 'button', 'data-action': action, ...attrs }, label);
    const parts: (Node | null)[] = [
      el(doc, 'header', { class: 'panel-header' },
        el(doc, 'h2', { class: 'briefing-heading', tabindex: -1 }, t(lang, 'briefingTitle')),
        el(doc, 'button', { type: 'button', class: 'panel-close', 'data-action': 'close', 'aria-label': t(lang, 'close') }, '×'),
      ),
      el(doc, 'div', { class: 'briefing-row' },
        el(doc, 'label', {}, `${t(lang, 'briefingPick')} `,
          el(doc, 'select', { class: 'briefing-pick' }, ...briefings.map((b) => el(doc, 'option', { value: b.id, selected: b.id === current?.id }, b.title)))),
        button('new', t(lang, 'briefingNew')),
      ),
    ];
    if (current) {
      this.url = URL.createObjectURL(new Blob([`${JSON.stringify(current, null, 2)}\n`], { type: 'application/json' }));
      parts.push(
        el(doc, 'label', { class: 'briefing-row' }, `${t(lang, 'briefingName')} `, el(doc, 'input', { class: 'briefing-name', value: current.title })),
        el(doc, 'div', { class: 'briefing-row' },
          el(doc, 'button', { type: 'button', class: 'primary', 'data-action': 'present-start', disabled: current.slides.length === 0 }, `▶ ${t(lang, 'present')}`),
          button('add', `＋ ${t(lang, 'addSlide')}`),
          current.slides.length > 0 ? button('presenter', t(lang, 'presenterWindow')) : null,
        ),
        current.slides.length === 0 ? el(doc, 'p', { class: 'briefing-note' }, t(lang, 'noSlides')) : el(doc, 'ol', { class: 'briefing-slides' },
          ...current.slides.map((s, i) => el(doc, 'li', { class: 'briefing-slide', 'data-index': i },
            el(doc, 'input', { class: 'slide-title', value: s.title, 'aria-label': `${t(lang, 'slideTitle')} ${i + 1}` }),
            el(doc, 'textarea', { class: 'slide-notes', rows: 2, placeholder: t(lang, 'slideNotes'), 'aria-label': `${t(lang, 'slideNotes')} ${i + 1}` }, s.notes),
            el(doc, 'div', { class: 'slide-actions' },
              button('show', t(lang, 'slideShow')), button('up', t(lang, 'slideUp'), i === 0 ? { disabled: 'disabled' } : {}),
              button('down', t(lang, 'slideDown'), i === current.slides.length - 1 ? { disabled: 'disabled' } : {}),
              button('update', t(lang, 'slideUpdate')), button('delete', t(lang, 'slideDelete')), button('present', t(lang, 'presentFrom'), { 'data-index': i }),
            ),
          ))),
        el(doc, 'p', { class: 'briefing-row' },
          el(doc, 'a', { href: this.url, download: `${current.id}.json`, class: 'briefing-download' }, t(lang, 'downloadBriefing')), ' · ',
          button('open', t(lang, 'openBriefing')),
          el(doc, 'input', { type: 'file', class: 'briefing-file visually-hidden', accept: '.json,application/json', tabindex: -1, 'aria-label': t(lang, 'openBriefing') }),
        ),
        current.slides.length === 0 ? null : el(doc, 'div', { class: 'briefing-row' },
          button('export-all', t(lang, 'exportAll')), button('print-A4', t(lang, 'printA4')), button('print-A3', t(lang, 'printA3')),
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
