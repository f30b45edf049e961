/** Attributes that change with the state a control shows, not with which control it is. */
const VOLATILE = new Set(['checked', 'selected', 'disabled', 'aria-pressed', 'aria-expanded', 'aria-selected', 'aria-label', 'aria-activedescendant', 'title', 'style', 'src', 'href', 'placeholder']);

/**
 * Replaces an element's children and, when focus was on one of them, puts
 * it on the control that takes its place (same tag and attributes, the
 * same one among equals), so a keyboard user who changed a control is not
 * thrown back to the top of the page by the redraw that follows.
 */
export function replaceKeepingFocus(root: Element, ...children: (Node | null)[]): void {
  const active = activeIn(root);
  const key = active ? keyOf(root, active) : null;
  root.replaceChildren(...children.filter((c): c is Node => c !== null));
  if (!key) return;
  const next = root.querySelectorAll<HTMLElement>(key.selector)[key.index] ?? root.querySelectorAll<HTMLElement>(key.selector)[0];
  next?.focus({ preventScroll: true });
}

/** The focused element when it lies inside `root` (in its document or shadow root), else null. */
export function activeIn(root: Element): HTMLElement | null {
  const doc = root.getRootNode() as Document | ShadowRoot;
  const active = doc.activeElement;
  return active instanceof HTMLElement && active !== root && root.contains(active) ? active : null;
}

function keyOf(root: Element, e: Element): { selector: string; index: number } {
  const esc = (s: string) => s.replace(/["\\]/g, '\\$&');
  // Plain names only: a namespaced one (xlink:href) is no CSS attribute selector.
  const keep = (name: string) => /^[a-z][a-z0-9-]*$/i.test(name) && !VOLATILE.has(name) && !(name === 'value' && !(e instanceof HTMLInputElement && (e.type === 'radio' || e.type === 'checkbox')));
  const attrs = [...e.attributes].filter((a) => keep(a.name)).map((a) => `[${a.name}="${esc(a.value)}"]`).join('');
  const selector = `${e.tagName.toLowerCase()}${attrs}`;
  return { selector, index: [...root.querySelectorAll(selector)].indexOf(e) };
}
