/** Lets the page draw and answer input before the next step: what follows runs in a task of its own. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in a task after the page's next frame: what follows is drawn in a
 * frame of its own. A page in the background draws no frames: then after a
 * task, as nextTask, so the change is never held.
 */
export function afterFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}
