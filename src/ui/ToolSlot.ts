import type { LayoutSlots } from './AppLayout.ts';
import { ToolButton } from './ToolButton.ts';

/** The slots a tool may add itself to, in the order its button is looked for. */
const PLACES = ['tools', 'controls', 'side'] as const;
type Place = (typeof PLACES)[number];

/**
 * The place of a tool whose code loads on first use: a stand-in button among
 * the toolbar's tools until the code arrives, then the tool's own button
 * and panel exactly where the tool would have been added at start, so the
 * order of buttons and panels does not depend on what loaded first. The
 * places are marked by comments, which the layout's CSS does not count as
 * children (an empty side stays hidden).
 */
export class ToolSlot {
  private at: Partial<Record<Place, Comment>> = {};
  private standIn: ToolButton | null;
  private standInRoot: HTMLElement | null = null;
  private slots: LayoutSlots | null = null;

  /** `label` null: a tool with no button of its own before it loads (the coverage view, switched on elsewhere). */
  constructor(label: string | null, onClick: () => void) {
    this.standIn = label === null ? null : new ToolButton(label, onClick);
  }

  onAdd(slots: LayoutSlots): void {
    const doc = slots.tools.ownerDocument;
    this.slots = slots;
    for (const place of PLACES) {
      const mark = doc.createComment('tool');
      slots[place].append(mark);
      this.at[place] = mark;
    }
    if (this.standIn) {
      this.standInRoot = this.standIn.onAdd(slots.tools);
      this.at.tools?.before(this.standInRoot);
    }
  }

  setLabel(label: string): void {
    this.standIn?.setLabel(label);
  }

  /** While the code downloads: the stand-in says so to screen readers and takes no second click. */
  setBusy(busy: boolean): void {
    this.standInRoot?.setAttribute('aria-busy', String(busy));
    this.standInRoot?.querySelector('button')?.toggleAttribute('disabled', busy);
  }

  /**
   * Adds the loaded tool in this slot's places: `add` appends to the slots it
   * is given, as at start, and what it appended moves here. With `press`, the
   * tool's own button takes focus and the click that asked for the tool.
   */
  mount(add: (slots: LayoutSlots) => void, press: boolean): void {
    const slots = this.slots;
    if (!slots) return;
    const before = PLACES.map((place) => new Set(slots[place].children));
    add(slots);
    const added = PLACES.flatMap((place, i) => [...slots[place].children].filter((c) => !before[i]?.has(c)).map((c) => (this.at[place]?.before(c), c)));
    this.standIn?.onRemove();
    this.standIn = null;
    this.standInRoot = null;
    const button = added.map((c) => (c instanceof HTMLButtonElement ? c : c.querySelector('button'))).find((b) => b) ?? null;
    if (press && button) {
      button.focus();
      button.click();
    }
  }

  onRemove(): void {
    this.standIn?.onRemove();
    for (const mark of Object.values(this.at)) mark.remove();
    this.at = {};
    this.slots = null;
  }
}
