import { el } from './dom.ts';

/**
 * A visually hidden live region that says one short line to screen readers
 * (the name of the area that opened), so that the panels themselves need
 * not be live regions, which would have the whole panel read at each change.
 */
export class Announcer {
  private root: HTMLElement | null = null;

  onAdd(parent: HTMLElement): HTMLElement {
    this.root = el(parent.ownerDocument, 'p', { class: 'visually-hidden announcer', 'aria-live': 'polite', 'aria-atomic': 'true' });
    parent.append(this.root);
    return this.root;
  }

  say(text: string): void {
    // The same line twice is still news (an area closed and opened again): it is emptied first.
    if (this.root) this.root.textContent = '';
    queueMicrotask(() => {
      if (this.root) this.root.textContent = text;
    });
  }

  onRemove(): void {
    this.root?.remove();
    this.root = null;
  }
}
