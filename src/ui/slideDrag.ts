import { listen } from './dom.ts';

/**
 * Reordering slides by drag and drop inside `root`: rows are `.briefing-slide`
 * elements with `data-index`. Returns the functions that remove the listeners.
 * `onMove(from, to)` gets indices of the list without the dragged slide;
 * a drop back on its own place calls `onCancel` so the marks go.
 */
export function bindSlideDrag(root: HTMLElement, onMove: (from: number, to: number) => void, onCancel: () => void): (() => void)[] {
  let dragFrom: number | null = null;
  const row = (e: Event) => (e.target as Element).closest<HTMLElement>('.briefing-slide');
  // Over the lower half of a row, a drop lands after it.
  const dropAfter = (e: DragEvent, r: HTMLElement) => {
    const box = r.getBoundingClientRect();
    return e.clientY > box.top + box.height / 2;
  };
  const clearMarks = (classes: string[]) => {
    for (const x of root.querySelectorAll(classes.map((c) => `.${c}`).join(', '))) x.classList.remove(...classes);
  };
  return [
    listen(root, 'dragstart', (e) => {
      const r = row(e);
      if (!r || !e.dataTransfer) return;
      dragFrom = Number(r.dataset.index);
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', String(dragFrom));
      r.classList.add('is-dragged');
    }),
    listen(root, 'dragover', (e) => {
      const r = row(e);
      if (dragFrom === null || !r) return;
      e.preventDefault();
      clearMarks(['is-drop-before', 'is-drop-after']);
      r.classList.add(dropAfter(e, r) ? 'is-drop-after' : 'is-drop-before');
    }),
    listen(root, 'drop', (e) => {
      const r = row(e);
      const from = dragFrom;
      dragFrom = null;
      if (from === null || !r) return;
      e.preventDefault();
      let to = Number(r.dataset.index) + (dropAfter(e, r) ? 1 : 0);
      if (from < to) to -= 1;
      if (to !== from) onMove(from, to);
      else onCancel();
    }),
    listen(root, 'dragend', () => {
      dragFrom = null;
      clearMarks(['is-dragged', 'is-drop-before', 'is-drop-after']);
    }),
  ];
}
