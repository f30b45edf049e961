import { el, listen } from './dom.ts';

/** A button in the toolbar that opens a tool (files, briefings, export, share). */
export class ToolButton {
  private root: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;
  private off: (() => void) | null = null;

  constructor(private label: string, private onClick: () => void) {}

  onAdd(parent: HTMLElement): HTMLElement {
    const doc = parent.ownerDocument;
    this.button = el(doc, 'button', { type: 'button', class: 'tool-button' }, this.label);
    this.root = el(doc, 'div', { class: 'import-control' }, this.button);
    this.off = listen(this.button, 'click', () => this.onClick());
    parent.append(this.root);
    return this.root;
  }

  setLabel(label: string): void {
    this.label = label;
    if (this.button) this.button.textContent = label;
  }

  onRemove(): void {
    this.off?.();
    this.root?.remove();
    this.root = null;
    this.button = null;
  }
}
