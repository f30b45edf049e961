/** The page's regions, each an element that components add themselves to. */
export interface LayoutSlots {
  header: HTMLElement;
  /** The map and its overlays: files dropped anywhere on it open. */
  stage: HTMLElement;
  /** Holds the map canvas; overlays (legend, controls) are its siblings in `stage`. */
  map: HTMLElement;
  /** Over the map, top left: layer toggles and the statistic picker. */
  controls: HTMLElement;
  /** Over the map, bottom left. */
  legend: HTMLElement;
  /** Beside the map: the area panel. */
  side: HTMLElement;
  /** Over everything: progress and errors. */
  status: HTMLElement;
}

/**
 * Builds the page skeleton once. Components own their own elements inside
 * these slots; the layout owns only the slots.
 */
export class AppLayout {
  private wrapper: HTMLElement | null = null;

  onAdd(root: HTMLElement): LayoutSlots {
    const doc = root.ownerDocument;
    const div = (className: string, parent: HTMLElement, tag = 'div') => {
      const e = doc.createElement(tag);
      e.className = className;
      parent.append(e);
      return e;
    };
    const wrapper = div('layout', root);
    this.wrapper = wrapper;
    const header = div('layout-header', wrapper, 'header');
    const main = div('layout-main', wrapper, 'main');
    const stage = div('layout-stage', main);
    const map = div('layout-map', stage);
    map.setAttribute('role', 'region');
    map.setAttribute('aria-label', 'Map');
    // Controls on top and legend at the bottom share one column, so they shrink and scroll
    // rather than overlap when the map is short.
    const left = div('layout-left', stage);
    const controls = div('layout-controls', left);
    const legend = div('layout-legend', left);
    // It scrolls when the map is short: a keyboard must be able to reach and scroll it.
    legend.tabIndex = 0;
    const side = div('layout-side', main);
    const status = div('layout-status', stage);
    status.setAttribute('aria-live', 'polite');
    return { header, stage, map, controls, legend, side, status };
  }

  /** The map region's accessible name follows the UI language. */
  setMapLabel(label: string): void {
    this.wrapper?.querySelector('.layout-map')?.setAttribute('aria-label', label);
  }

  onRemove(): void {
    this.wrapper?.remove();
    this.wrapper = null;
  }
}
