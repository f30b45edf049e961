import { el, listen } from './dom.ts';
import { wideScreen } from './wideScreen.ts';

/**
 * Where a drawer's state is remembered: the site's own localStorage, under
 * a fixed key, so no dataset, link or host page decides what it is called.
 */
const KEY = 'border-atlas:drawer:';

let drawers = 0;

/**
 * A panel over the map that folds to its title button: open by default on
 * wide screens, folded on small ones, and then as the reader last left it.
 * Components add themselves to `body`, one under another, as a list that
 * takes one more control without any change here.
 */
export class Drawer {
  private root: HTMLElement | null = null;
  private toggle: HTMLButtonElement | null = null;
  readonly body: HTMLElement;
  private off: (() => void) | null = null;
  private storage: Storage | null = null;
  private readonly id = `drawer-${++drawers}`;

  /** `name` keys the remembered state; `onToggle` hears each opening and closing. */
  constructor(doc: Document, private readonly name: string, private label: string, private readonly onToggle: () => void = () => {}) {
    this.body = el(doc, 'div', { class: 'drawer-body', id: `${this.id}-body` });
  }

  onAdd(parent: HTMLElement): HTMLElement {
    const doc = parent.ownerDocument;
    this.storage = storageOf(doc);
    this.toggle = el(doc, 'button', { type: 'button', class: 'drawer-toggle', 'aria-controls': this.body.id },
      el(doc, 'span', { class: 'drawer-label' }, this.label));
    // Marked as lying over the map: fitted views keep clear of it (see mapPadding).
    this.root = el(doc, 'div', { class: `drawer drawer-${this.name}`, 'data-map-overlay': '' }, this.toggle, this.body);
    parent.append(this.root);
    const remembered = this.read();
    this.set(remembered ?? wideScreen(parent));
    this.off = listen(this.toggle, 'click', () => {
      const open = !this.open;
      this.set(open);
      this.write(open);
      this.onToggle();
    });
    return this.root;
  }

  get open(): boolean {
    return this.toggle?.getAttribute('aria-expanded') === 'true';
  }

  setLabel(label: string): void {
    this.label = label;
    const span = this.toggle?.querySelector('.drawer-label');
    if (span) span.textContent = label;
  }

  private set(open: boolean): void {
    this.toggle?.setAttribute('aria-expanded', String(open));
    this.root?.classList.toggle('is-open', open);
    this.body.hidden = !open;
  }

  private read(): boolean | null {
    try {
      const v = this.storage?.getItem(KEY + this.name);
      return v === 'open' ? true : v === 'closed' ? false : null;
    } catch {
      return null;
    }
  }

  private write(open: boolean): void {
    try {
      this.storage?.setItem(KEY + this.name, open ? 'open' : 'closed');
    } catch {
      // A browser that refuses storage (private modes, sandboxed frames) forgets: the default applies next time.
    }
  }

  onRemove(): void {
    this.off?.();
    this.off = null;
    this.root?.remove();
    this.root = null;
    this.toggle = null;
  }
}

/** localStorage, or null where the browser refuses it. */
function storageOf(doc: Document): Storage | null {
  try {
    return doc.defaultView?.localStorage ?? null;
  } catch {
    return null;
  }
}
