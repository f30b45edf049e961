import type { LayoutSlots } from './AppLayout.ts';
import { ToolButton } from './ToolButton.ts';

/**
 * The place of a tool whose code loads on first use: a stand-in button in
 * the column of controls until the code arrives, then the tool's own button
 * and panel exactly where the tool would have been added at start, so the
 * order of buttons and panels does not depend on what loaded first. The
 * places are marked by comments, which the layout's CSS does not count as
 * children (an empty side stays hidden).
 */
export class ToolSlot {
  private controlsAt: Comment | null = null;
  private sideAt: Comment | null = null;
  private standIn: ToolButton | null;
  private standInRoot: HTMLElement | null = null;
  private slots: LayoutSlots | null = null;

  /** `label` null: a tool with no button of its own before it loads (the coverage view, switched on elsewhere). */
  constructor(label: string | null, onClick: () => void) {
    this.standIn = label === null ? null : new ToolButton(label, onClick);
  }

  onAdd(slots: LayoutSlots): void {
    const doc = slots.controls.ownerDocument;
    this.slots = slots;
    this.controlsAt = doc.createComment('tool');
    this.sideAt = doc.createComment('tool');
    slots.controls.append(this.controlsAt);
    slots.side.append(this.sideAt);
    if (this.standIn) {
      this.standInRoot = this.standIn.onAdd(slots.controls);
      this.controlsAt.before(this.standInRoot);
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
    const before = { controls: new Set(slots.controls.children), side: new Set(slots.side.children) };
    add(slots);
    const moved = (parent: HTMLElement, seen: Set<Element>, at: Comment | null) => [...parent.children].filter((c) => !seen.has(c)).map((c) => (at?.before(c), c));
    const controls = moved(slots.controls, before.controls, this.controlsAt);
    moved(slots.side, before.side, this.sideAt);
    this.standIn?.onRemove();
    this.standIn = null;
    this.standInRoot = null;
    const button = controls.map((c) => (c instanceof HTMLButtonElement ? c : c.querySelector('button'))).find((b) => b) ?? null;
    if (press && button) {
      button.focus();
      button.click();
    }
  }

  onRemove(): void {
    this.standIn?.onRemove();
    this.controlsAt?.remove();
    this.sideAt?.remove();
    this.slots = null;
  }
}
