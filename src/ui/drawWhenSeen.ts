/** Runs `draw` for an element already in the page, now or later: a panel's charts pass it along to their drawing. */
export type Later = (target: Element, draw: () => void) => void;

/** Draws at once: where nothing is to be saved (a page printed, a test, a browser without the observers). */
export const drawNow: Later = (_, draw) => draw();

/**
 * Draws an element's content when it comes into view, or when the browser
 * is next idle, whichever is first, and once only. A panel of two dozen
 * charts then opens with only its text and the charts' frames (their size
 * and text equivalent), so a click is answered within a frame; the charts
 * follow before a reader scrolls to them. Without the observers, it draws
 * at once.
 */
export const drawWhenSeen: Later = (target, draw) => {
  const view = target.ownerDocument.defaultView;
  const Observer = view?.IntersectionObserver;
  if (!view || !Observer) return draw();
  let done = false;
  let idle: number | null = null;
  const once = () => {
    if (done) return;
    done = true;
    seen.disconnect();
    if (idle !== null) view.cancelIdleCallback?.(idle);
    // A panel redrawn before the chart came in has let go of it: no work for a chart no one will see.
    if (target.isConnected) draw();
  };
  const seen = new Observer((entries) => {
    if (entries.some((e) => e.isIntersecting)) once();
  });
  seen.observe(target);
  if (view.requestIdleCallback) idle = view.requestIdleCallback(once);
};
