import { activeIn } from './keepFocus.ts';
import { listen } from './dom.ts';

/** The event a panel or dialog gets when Escape closes it: it closes itself as its own close button would. */
const DISMISS = 'border-atlas-dismiss';

/** Runs `close` when Escape dismisses this panel; returns the remover. */
export function onDismiss(panel: HTMLElement, close: () => void): () => void {
  panel.addEventListener(DISMISS, close);
  return () => panel.removeEventListener(DISMISS, close);
}

let opened = 0;
const openers = new WeakMap<Element, HTMLElement>();

/**
 * Notes that a panel or dialog has just opened, and what had focus then (its
 * opener), so Escape can close the latest one opened and give focus back.
 * A panel already open (showing another area) keeps its first opener.
 */
export function markOpened(panel: HTMLElement): void {
  if (panel.hasAttribute('data-opened')) return;
  panel.setAttribute('data-opened', String(++opened));
  const doc = panel.getRootNode() as Document | ShadowRoot;
  const active = doc.activeElement;
  // Opened by a link, with nothing focused: Escape closes it and focus stays where it is.
  if (active instanceof HTMLElement && active !== panel.ownerDocument.body && !panel.contains(active)) openers.set(panel, active);
}

/**
 * Notes that a panel closed; call before hiding it. When focus was inside
 * it (its close button, a field), focus goes back to its opener, which a
 * hidden element cannot keep.
 */
export function markClosed(panel: HTMLElement, restore = activeIn(panel) !== null): void {
  if (!panel.hasAttribute('data-opened')) return;
  panel.removeAttribute('data-opened');
  const opener = openers.get(panel);
  openers.delete(panel);
  if (restore && opener?.isConnected) opener.focus({ preventScroll: true });
}

/**
 * Escape anywhere in `root` (the map canvas included) closes the panel or
 * dialog opened last, whose opener gets focus back. Listens on the window,
 * after everything else: a control that used Escape itself (a search box
 * clearing, presenting ending) prevents the default and is left alone.
 */
export function closeOnEscape(root: HTMLElement): () => void {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  if (!win) return () => {};
  return listen(win, 'keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.composedPath()[0];
    if (!(target instanceof Node) || (target !== doc.body && !root.contains(target))) return;
    const open = [...root.querySelectorAll<HTMLElement>('[data-opened]')].filter((p) => !p.hidden);
    const top = open.sort((a, b) => Number(b.getAttribute('data-opened')) - Number(a.getAttribute('data-opened')))[0];
    if (!top) return;
    e.preventDefault();
    const opener = openers.get(top);
    top.dispatchEvent(new CustomEvent(DISMISS));
    // Also from the map or the page, where the panel's own close path would leave focus.
    if (opener?.isConnected) opener.focus({ preventScroll: true });
  });
}
