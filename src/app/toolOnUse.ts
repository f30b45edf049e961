import type { LayoutSlots } from '../ui/AppLayout.ts';
import type { ToolSlot } from '../ui/ToolSlot.ts';

/** A tool as it adds itself to the page's slots. */
interface Tool {
  onAdd(slots: LayoutSlots): void;
}

/**
 * A tool whose code loads on first use, in its slot: `get(press)` loads the
 * code (`load` is handed the retry the failure notice offers), makes the
 * tool once and puts it in the slot, with `press` handing it the click that
 * asked for it. The slot's stand-in is busy while the code comes. The tool
 * is made even after the page was removed, for a caller that waited on it,
 * but not added to the page.
 */
export function toolOnUse<M, T extends Tool>(
  slot: ToolSlot,
  load: (retry: () => void) => Promise<M>,
  make: (loaded: M) => T,
  removed: () => boolean,
): { get: (press: boolean) => Promise<T>; current: () => T | null } {
  let tool: T | null = null;
  const get = (press: boolean): Promise<T> => {
    slot.setBusy(true);
    return load(() => void get(press).catch(() => {})).then((loaded) => {
      slot.setBusy(false);
      if (tool) return tool;
      const made = make(loaded);
      tool = made;
      if (!removed()) slot.mount((s) => made.onAdd(s), press);
      return made;
    }, (err: unknown) => {
      slot.setBusy(false);
      throw err;
    });
  };
  return { get, current: () => tool };
}
