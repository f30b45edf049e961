import { RADIUS_MAX, RADIUS_MIN, type Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el, listen } from './dom.ts';
import { replaceKeepingFocus } from './keepFocus.ts';
import { Relabel } from './Relabel.ts';

export interface CoverageControlOptions {
  lang: Lang;
  on: boolean;
  radius: number;
  onToggle(on: boolean): void;
  /** `final` is false while the slider is dragged, true when it is let go. */
  onRadius(radius: number, final: boolean): void;
}

/** The coverage switch and its radius slider, over the map below the layer switches. */
export class CoverageControl {
  private root: HTMLElement | null = null;
  private off: (() => void)[] = [];
  private readonly texts = new Relabel();

  constructor(private opts: CoverageControlOptions) {}

  onAdd(parent: HTMLElement): HTMLElement {
    this.root = el(parent.ownerDocument, 'div', { class: 'coverage-control' });
    parent.append(this.root);
    this.render();
    return this.root;
  }

  update(patch: Partial<Pick<CoverageControlOptions, 'lang' | 'on' | 'radius'>>): void {
    const redraw = patch.on !== undefined && patch.on !== this.opts.on;
    const relabel = patch.lang !== undefined && patch.lang !== this.opts.lang;
    this.opts = { ...this.opts, ...patch };
    if (redraw) return this.render();
    // While dragging, only the number changes: re-rendering would drop the slider from under the pointer.
    const { lang, radius } = this.opts;
    const output = this.root?.querySelector('output');
    if (output) output.textContent = t(lang, 'coverageRadius', { r: radius });
    const range = this.root?.querySelector<HTMLInputElement>('input[type=range]');
    // A language switch rewrites the texts in place too (see Relabel); a radius step leaves them be.
    if (relabel) {
      this.texts.to(lang);
      range?.setAttribute('aria-label', t(lang, 'radiusLabel'));
    }
    if (range && Number(range.value) !== radius) range.value = String(radius);
  }

  private render(): void {
    const root = this.root;
    if (!root) return;
    for (const off of this.off) off();
    this.off = [];
    this.texts.clear();
    const doc = root.ownerDocument;
    const { lang, on, radius } = this.opts;
    const box = el(doc, 'input', { type: 'checkbox', id: 'coverage-toggle', checked: on });
    this.off.push(listen(box, 'change', () => this.opts.onToggle(box.checked)));
    const parts: HTMLElement[] = [el(doc, 'label', { class: 'coverage-toggle', for: 'coverage-toggle' }, box, this.texts.say(doc, lang, (l) => ` ${t(l, 'coverage')}`))];
    if (on) {
      const range = el(doc, 'input', { type: 'range', id: 'coverage-radius', min: RADIUS_MIN, max: RADIUS_MAX, step: 1, value: radius, 'aria-label': t(lang, 'radiusLabel') });
      this.off.push(
        listen(range, 'input', () => this.opts.onRadius(Number(range.value), false)),
        listen(range, 'change', () => this.opts.onRadius(Number(range.value), true)),
      );
      parts.push(
        el(doc, 'output', { id: 'coverage-radius-value', for: 'coverage-radius' }, t(lang, 'coverageRadius', { r: radius })),
        range,
      );
    }
    replaceKeepingFocus(root, ...parts);
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.root?.remove();
    this.root = null;
  }
}
