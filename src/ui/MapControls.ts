import type { Lang, ToggleLayer, Units } from '../state/schema.ts';
import { TOGGLE_LAYERS } from '../state/schema.ts';
import type { StatOption } from '../stats/communeValues.ts';
import { t } from '../i18n/t.ts';
import { statLabel } from './statLabel.ts';
import { el, listen } from './dom.ts';
import { replaceKeepingFocus } from './keepFocus.ts';
import { Relabel } from './Relabel.ts';

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
  private readonly texts = new Relabel();
  /** The statistics the controls were made for. */
  private built: StatOption[] | null = null;

  constructor(private opts: MapControlsOptions) {}

  onAdd(parent: HTMLElement): HTMLElement {
    this.root = el(parent.ownerDocument, 'div', { class: 'map-controls' });
    this.periodSlot = el(parent.ownerDocument, 'div', { class: 'period-slot' });
    parent.append(this.root);
    this.render();
    return this.root;
  }

  update(patch: Partial<Pick<MapControlsOptions, 'lang' | 'layers' | 'stat' | 'statOptions' | 'units'>>): void {
    this.opts = { ...this.opts, ...patch };
    // Every state change comes here (a click on the map among them). The controls are made again only for other
    // statistics; otherwise their texts and values change in place (see Relabel).
    if (this.opts.statOptions !== this.built) this.render();
    else {
      this.texts.to(this.opts.lang);
      this.sync();
    }
  }

  /** Sets the controls to the options: a switch the app refused (the units' code failed) goes back. */
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
    this.texts.clear();
    this.built = this.opts.statOptions;
    const doc = this.root.ownerDocument;
    const { lang, layers, stat, statOptions, units } = this.opts;
    const say = (text: (lang: Lang) => string) => this.texts.say(doc, lang, text);
    const select = el(doc, 'select', { name: 'stat', id: 'stat-picker' },
      ...statOptions.map((o) => el(doc, 'option', { value: o.stat, selected: o.stat === stat }, say((l) => statLabel(l, o)))),
    );
    this.off.push(listen(select, 'change', () => this.opts.onStat(select.value)));
    const boxes = TOGGLE_LAYERS.map((layer) => {
      const input = el(doc, 'input', { type: 'checkbox', 'data-layer': layer, checked: layers.includes(layer) });
      this.off.push(listen(input, 'change', () => {
        const next = TOGGLE_LAYERS.filter((l) => (l === layer ? input.checked : this.opts.layers.includes(l)));
        this.opts.onLayers(next);
      }));
      return el(doc, 'label', { class: 'layer-toggle' }, input, say((l) => ` ${t(l, `layer.${layer}`)}`));
    });
    const unitRadios = (['pre2025', 'post2025'] as const).map((u) => {
      const input = el(doc, 'input', { type: 'radio', name: 'units', value: u, 'data-units': u, checked: units === u });
      this.off.push(listen(input, 'change', () => input.checked && this.opts.onUnits(u)));
      return el(doc, 'label', { class: 'layer-toggle' }, input, say((l) => ` ${t(l, `units.${u}`)}`));
    });
    replaceKeepingFocus(this.root,
      el(doc, 'label', { class: 'stat-picker', for: 'stat-picker' }, say((l) => t(l, 'statistic'))),
      select,
      this.periodSlot,
      el(doc, 'fieldset', { class: 'layer-toggles' }, el(doc, 'legend', {}, say((l) => t(l, 'layers'))), ...boxes),
      el(doc, 'fieldset', { class: 'layer-toggles unit-switch' }, el(doc, 'legend', {}, say((l) => t(l, 'units'))), ...unitRadios),
    );
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.root?.remove();
    this.root = null;
  }
}
