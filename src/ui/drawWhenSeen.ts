/** Runs `draw` for an element about to be in the page, now or later: a panel's charts pass it along to their drawing. */
export type Later = (target: Element, draw: () => void) => void;

/** Draws at once: where nothing is to be saved (a test, a browser without the observers). */
export const drawNow: Later = (_, draw) => draw();

/**
 * Collects drawings for elements of one view, then, once they are in the
 * page, draws each when it comes into view or when the browser is idle,
 * whichever is first, and once only. A panel of two dozen charts then opens
 * with only its text and the charts' frames (their size and text
 * equivalent), so a click is answered within a frame; the charts follow
 * before a reader scrolls to them. One observer and one idle callback for
 * all: one of each per chart cost ~10 ms of a national click. Without the
 * observers, `later` draws at once.
 */
export function drawWhenSeen(doc: Document): { later: Later; start(): () => void } {
  const view = doc.defaultView;
  const Observer = view?.IntersectionObserver;
  if (!view || !Observer) return { later: drawNow, start: () => () => {} };
  const pending = new Map<Element, () => void>();
  return {
    later: (target, draw) => void pending.set(target, draw),
    /** Starts watching what was collected; the function it returns lets go of what is left undrawn (a view replaced). */
    start() {
      const drawOne = (target: Element) => {
        const draw = pending.get(target);
        if (!draw) return;
        pending.delete(target);
        seen.unobserve(target);
        draw();
      };
      const seen = new Observer((entries) => {
        for (const e of entries) if (e.isIntersecting) drawOne(e.target);
      });
      for (const target of pending.keys()) seen.observe(target);
      let idle: number | null = null;
      // Out of sight, a few at a time while the browser has time, so no later input waits on them.
      const onIdle = (deadline: IdleDeadline) => {
        for (const target of pending.keys()) {
          if (deadline.timeRemaining() <= 1) break;
          drawOne(target);
        }
        idle = pending.size > 0 ? view.requestIdleCallback(onIdle) : null;
      };
      if (view.requestIdleCallback && pending.size > 0) idle = view.requestIdleCallback(onIdle);
      return () => {
        pending.clear();
        seen.disconnect();
        if (idle !== null) view.cancelIdleCallback(idle);
      };
    },
  };
}
