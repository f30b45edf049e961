import { el } from './dom.ts';
import { onDismiss, markClosed, markOpened } from './dismiss.ts';

/**
 * A tool's panel at the top of the side column (briefings, export, share):
 * hidden until opened, its listeners bound once on its own element and
 * removed with it.
 */
export abstract class ToolPanel {
  protected root: HTMLElement | null = null;
  private off: (() => void)[] = [];

  constructor(private readonly className: string) {}

  onAdd(parent: HTMLElement): HTMLElement {
    const root = el(parent.ownerDocument, 'section', { class: this.className, hidden: true });
    this.root = root;
    parent.prepend(root);
    // Escape closes the panel as its close button does.
    this.off = [...this.bind(root), onDismiss(root, () => this.hide())];
    return root;
  }

  /** Adds the panel's listeners (delegated on its root) and returns their removers. */
  protected abstract bind(root: HTMLElement): (() => void)[];

  get visible(): boolean {
    return this.root?.hidden === false;
  }

  hide(): void {
    if (!this.root) return;
    markClosed(this.root);
    this.root.hidden = true;
  }

  /** Shows the panel; the first time after being hidden, it notes what opened it, for Escape to give focus back to. */
  protected reveal(root: HTMLElement): void {
    root.hidden = false;
    markOpened(root);
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.root?.remove();
    this.root = null;
  }
}
