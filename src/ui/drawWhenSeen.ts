/** Runs `draw` for an element about to be in the page, now or later: a panel's charts pass it along to their drawing. */
export type Later = (target: Element, draw: () => void) => void;

/** Draws at once: where nothing is to be saved (a test, a browser without the observers). */
export const drawNow: Later = (_, draw) => draw();

/**
 * How far ahead of the side panel's visible part a chart is drawn: about a
 * screen, so a reader scrolling down finds the bars already there. The
 * panel scrolls inside its own box, which clips what the viewport's
 * `rootMargin` would reach; `scrollMargin` widens that box's clip instead.
 * A browser without it draws each chart as it shows.
 */
const AHEAD: IntersectionObserverInit & { scrollMargin: string } = { scrollMargin: '800px 0px' };

/**
 * Collects drawings for elements of one view, then, once they are in the
 * page, draws each when it comes near the view, once only. A panel of two
 * dozen charts then opens with only its text and the charts' frames (their
 * size and text equivalent), so a click is answered within a frame. Charts
 * never scrolled to are never drawn: drawn while the browser was idle, a
 * national commune's 27 charts came to some 2,000 elements, most never
 * seen, and ~10 ms of script after each click. One observer for all: one
 * per chart cost ~10 ms of a national click. Without the observer, `later`
 * draws at once.
 */
export function drawWhenSeen(doc: Document): { later: Later; start(): () => void } {
  const Observer = doc.defaultView?.IntersectionObserver;
  if (!Observer) return { later: drawNow, start: () => () => {} };
  const pending = new Map<Element, () => void>();
  return {
    later: (target, draw) => void pending.set(target, draw),
    /** Starts watching what was collected; the function it returns lets go of what is left undrawn (a view replaced). */
    start() {
      const seen = new Observer((entries) => {
        for (const e of entries) {
          const draw = e.isIntersecting ? pending.get(e.target) : undefined;
          if (!draw) continue;
          pending.delete(e.target);
          seen.unobserve(e.target);
          draw();
        }
      }, AHEAD);
      for (const target of pending.keys()) seen.observe(target);
      return () => {
        pending.clear();
        seen.disconnect();
      };
    },
  };
}
