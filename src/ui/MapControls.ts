import type { Lang, ToggleLayer, Units } from '../state/schema.ts';
import { TOGGLE_LAYERS } from '../state/schema.ts';
import type { StatOption } from '../stats/communeValues.ts';
import { t } from '../i18n/t.ts';
import { statLabel } from './statLabel.ts';
import { el, listen } from './dom.ts';
import { replaceKeepingFocus } from './keepFocus.ts';

export interface MapControlsOptions {
  lang: Lang;
  layers: ToggleLayer[];
  stat: string;
  statOptions: StatOption[];
  units: Units;
  onLayers(layers: ToggleLayer[]): void;
  onStat(stat: string): void;
  onUnits(units: Units): void;
}

/** The statistic picker, the layer switches and the units: the first controls of the controls drawer. */
export class MapControls {
  private root: HTMLElement | null = null;
  private off: (() => void)[] = [];
  /** Where the period choice goes, right after the statistic: kept across redraws, so what it holds stays. */
  periodSlot: HTMLElement | null = null;

  constructor(private opts: MapControlsOptions) {}

  onAdd(parent: HTMLElement): HTMLElement {
    this.root = el(parent.ownerDocument, 'div', { class: 'map-controls' });
    this.periodSlot = el(parent.ownerDocument, 'div', { class: 'period-slot' });
    parent.append(this.root);
    this.render();
    return this.root;
  }

  update(patch: Partial<Pick<MapControlsOptions, 'lang' | 'layers' | 'stat' | 'statOptions' | 'units'>>): void {
    const next = { ...this.opts, ...patch };
    const o = this.opts;
    // Every state change comes here (a click on the map among them): the controls are drawn again only when what they show changed.
    const same = next.lang === o.lang && next.stat === o.stat && next.units === o.units && next.layers.join() === o.layers.join() && next.statOptions === o.statOptions;
    this.opts = next;
    if (same) this.sync();
    else this.render();
  }

  /** Sets the controls to the options without drawing them again: a switch the app refused (the units' code failed) goes back. */
  private sync(): void {
    const root = this.root;
    if (!root) return;
    const { stat, layers, units } = this.opts;
    const select = root.querySelector<HTMLSelectElement>('select[name=stat]');
    if (select && select.value !== stat) select.value = stat;
    for (const input of root.querySelectorAll<HTMLInputElement>('input[data-layer]')) input.checked = layers.includes(input.dataset.layer as ToggleLayer);
    for (const input of root.querySelectorAll<HTMLInputElement>('input[data-units]')) input.checked = input.dataset.units === units;
  }

  private render(): void {
    if (!this.root) return;
    for (const off of this.off) off();
    this.off = [];
    const doc = this.root.ownerDocument;
    const { lang, layers, stat, statOptions, units } = this.opts;
    const select = el(doc, 'select', { name: 'stat', id: 'stat-picker' },
      ...statOptions.map((o) => el(doc, 'option', { value: o.stat, selected: o.stat === stat }, statLabel(lang, o))),
    );
    this.off.push(listen(select, 'change', () => this.opts.onStat(select.value)));
    const boxes = TOGGLE_LAYERS.map((layer) => {
      const input = el(doc, 'input', { type: 'checkbox', 'data-layer': layer, checked: layers.includes(layer) });
      this.off.push(listen(input, 'change', () => {
        const next = TOGGLE_LAYERS.filter((l) => (l === layer ? input.checked : this.opts.layers.includes(l)));
        this.opts.onLayers(next);
      }));
      return el(doc, 'label', { class: 'layer-toggle' }, input, ` ${t(lang, `layer.${layer}`)}`);
    });
    const unitRadios = (['pre2025', 'post2025'] as const).map((u) => {
      const input = el(doc, 'input', { type: 'radio', name: 'units', value: u, 'data-units': u, checked: units === u });
      this.off.push(listen(input, 'change', () => input.checked && this.opts.onUnits(u)));
      return el(doc, 'label', { class: 'layer-toggle' }, input, ` ${t(lang, `units.${u}`)}`);
    });
    replaceKeepingFocus(this.root,
      el(doc, 'label', { class: 'stat-picker', for: 'stat-picker' }, t(lang, 'statistic')),
      select,
      this.periodSlot,
      el(doc, 'fieldset', { class: 'layer-toggles' }, el(doc, 'legend', {}, t(lang, 'layers')), ...boxes),
      el(doc, 'fieldset', { class: 'layer-toggles unit-switch' }, el(doc, 'legend', {}, t(lang, 'units')), ...unitRadios),
    );
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.root?.remove();
    this.root = null;
  }
}
