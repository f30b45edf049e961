/** Whether the page is wide enough for panels to float over the map; the CSS uses the same width. */
export function wideScreen(el: Element): boolean {
  return el.ownerDocument.defaultView?.matchMedia('(min-width: 721px)').matches ?? true;
}
