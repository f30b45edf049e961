import { startApp } from '../app/startApp.ts';
import { stateParams } from '../embed/messages.ts';
import { ELEMENT_KEYS, ElementSync } from '../state/elementSync.ts';

/**
 * <border-atlas dataset="…" select="12" lang="en">: the map in a page that
 * wants no iframe. Attributes mirror the URL's keys; each element has its own
 * state, and announces it with a `statechange` event (detail: the URL keys).
 */
export class BorderAtlasElement extends HTMLElement {
  static observedAttributes = [...ELEMENT_KEYS];
  private app: ReturnType<typeof startApp> | null = null;

  connectedCallback(): void {
    const root = this.ownerDocument.createElement('div');
    root.className = 'border-atlas-root';
    this.replaceChildren(root);
    const win = this.ownerDocument.defaultView ?? window;
    this.app = startApp(root, win, () => new ElementSync(this, (s) => {
      this.dispatchEvent(new CustomEvent('statechange', { detail: stateParams(s), bubbles: true }));
    }));
  }

  disconnectedCallback(): void {
    this.app?.remove();
    this.app = null;
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (this.app && old !== value) this.app.set(name, value);
  }
}
