import type { Lang } from '../state/schema.ts';
import type { Padding } from '../geo/clearPadding.ts';
import { t } from '../i18n/t.ts';
import { Drawer } from './Drawer.ts';
import { ToolMenu } from './ToolMenu.ts';
import { mapCover, mapPadding } from './mapPadding.ts';
import { PALETTE } from '../style/palette.ts';

/** The page's regions, each an element that components add themselves to. */
export interface LayoutSlots {
  /** The slim toolbar on top: title, search, tools, sources, language. */
  header: HTMLElement;
  /** The toolbar's tools (files, export, briefings, share): a row on wide screens, a menu on narrow ones. */
  tools: HTMLElement;
  /** The map and its overlays: files dropped anywhere on it open. */
  stage: HTMLElement;
  /** Holds the map canvas; overlays (drawers, notices) are its siblings in `stage`. */
  map: HTMLElement;
  /** The controls drawer, over the map's top left: the statistic, layers, units, coverage, one under another. */
  controls: HTMLElement;
  /** The legend drawer, over the map's bottom left. */
  legend: HTMLElement;
  /** The area sheet: over the map's right edge on wide screens, its lower part on phones; the map keeps its size. */
  side: HTMLElement;
  /** Over everything: progress and errors. */
  status: HTMLElement;
}

/**
 * Builds the page skeleton once: the toolbar, the map with its two drawers,
 * and the area sheet. Components own their own elements inside these
 * slots; the layout owns the slots, the drawers and the tools menu.
 */
export class AppLayout {
  private wrapper: HTMLElement | null = null;
  private drawers: { controls: Drawer; legend: Drawer } | null = null;
  private menu: ToolMenu | null = null;
  private map: HTMLElement | null = null;

  onAdd(root: HTMLElement, lang: Lang): LayoutSlots {
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
    this.map = map;
    map.setAttribute('role', 'region');
    // The map is made once the layers are checked: until then its place shows the sea it will open on.
    map.style.background = PALETTE.sea;
    // Drawers top left and bottom left share one column, so they shrink and scroll rather than overlap on a short map.
    const left = div('layout-left', stage);
    const controls = new Drawer(doc, 'controls', t(lang, 'drawer.controls'));
    const legend = new Drawer(doc, 'legend', t(lang, 'legend'));
    controls.onAdd(left);
    legend.onAdd(left);
    controls.body.classList.add('layout-controls');
    legend.body.classList.add('layout-legend');
    // It scrolls when the map is short: a keyboard must be able to reach and scroll it.
    legend.body.tabIndex = 0;
    this.drawers = { controls, legend };
    this.menu = new ToolMenu(doc, t(lang, 'tools'));
    const side = div('layout-side', main);
    // It floats over the map (opening it never resizes the map): fitted views keep clear of it wherever it lies.
    side.setAttribute('data-map-overlay', '');
    const status = div('layout-status', stage);
    status.setAttribute('aria-live', 'polite');
    this.setLang(lang);
    return { header, tools: this.menu.list, stage, map, controls: controls.body, legend: legend.body, side, status };
  }

  /** The tools row or menu, for the toolbar (Header) to place among its parts. */
  get tools(): HTMLElement | null {
    return this.menu?.element ?? null;
  }

  /** The padding a fitted view needs for whatever lies over the map now. */
  padding(): Padding {
    return this.wrapper && this.map ? mapPadding(this.wrapper, this.map) : { top: 0, right: 0, bottom: 0, left: 0 };
  }

  /** The edges of the map the open sheet hides, px: what is left is the view a link or a slide keeps. */
  cover(): Padding {
    return this.wrapper && this.map ? mapCover(this.wrapper, this.map) : { top: 0, right: 0, bottom: 0, left: 0 };
  }

  /** Labels follow the UI language: the map region's name, the drawers' and the tools menu's buttons. */
  setLang(lang: Lang): void {
    this.map?.setAttribute('aria-label', t(lang, 'mapLabel'));
    this.drawers?.controls.setLabel(t(lang, 'drawer.controls'));
    this.drawers?.legend.setLabel(t(lang, 'legend'));
    this.menu?.setLabel(t(lang, 'tools'));
  }

  onRemove(): void {
    this.drawers?.controls.onRemove();
    this.drawers?.legend.onRemove();
    this.menu?.onRemove();
    this.drawers = null;
    this.menu = null;
    this.wrapper?.remove();
    this.wrapper = null;
    this.map = null;
  }
}
