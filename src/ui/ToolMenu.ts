import { el, listen } from './dom.ts';
import { markClosed, markOpened, onDismiss } from './dismiss.ts';

let menus = 0;

/**
 * The toolbar's tools (files, export, briefings, share): a row of buttons
 * where the toolbar has room, a menu behind one button where it has not
 * (the CSS decides which, by width). Choosing a tool closes the menu, as do
 * Escape and a click elsewhere. Built whole at once: the toolbar that holds
 * it (Header) places `element` among its own parts at each redraw.
 */
export class ToolMenu {
  readonly element: HTMLElement;
  /** Where the tool buttons add themselves. */
  readonly list: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private off: (() => void)[] = [];

  constructor(doc: Document, label: string) {
    const id = `tools-${++menus}`;
    this.list = el(doc, 'div', { class: 'tools-list', id });
    this.toggle = el(doc, 'button', { type: 'button', class: 'tools-toggle', 'aria-expanded': 'false', 'aria-controls': id }, label);
    this.element = el(doc, 'div', { class: 'toolbar-tools' }, this.toggle, this.list);
    const root = this.element;
    this.off.push(
      listen(this.toggle, 'click', () => this.setOpen(!this.isOpen)),
      // A tool chosen from the menu: the menu's job is done.
      listen(this.list, 'click', (e) => {
        if (this.isOpen && (e.target as Element).closest('button')) this.setOpen(false);
      }),
      listen(doc, 'pointerdown', (e) => {
        if (this.isOpen && !root.contains(e.target as Node)) this.setOpen(false);
      }),
      onDismiss(this.list, () => this.setOpen(false)),
    );
  }

  private get isOpen(): boolean {
    return this.element.classList.contains('is-open');
  }

  private setOpen(open: boolean): void {
    if (open) markOpened(this.list);
    else markClosed(this.list);
    this.element.classList.toggle('is-open', open);
    this.toggle.setAttribute('aria-expanded', String(open));
  }

  setLabel(label: string): void {
    this.toggle.textContent = label;
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.element.remove();
  }
}
