import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { formatPeriodKey } from '../i18n/format.ts';
import { el, listen } from './dom.ts';
import { replaceKeepingFocus } from './keepFocus.ts';
import { Relabel } from './Relabel.ts';

export interface PeriodControlOptions {
  lang: Lang;
  /** The periods the chosen statistic has figures for, newest first (see statPeriods). */
  periods: readonly string[];
  /** The period shown, or null for all periods. */
  period: string | null;
  /** A period as first--last day, or null for all periods. */
  onPeriod(period: string | null): void;
}

/**
 * The period the map and the panel show, beside the statistic: all periods,
 * then each period the statistic has, said in the reader's language. A
 * statistic with no periods (the border length estimate) leaves it disabled
 * and saying so.
 */
export class PeriodControl {
  private root: HTMLElement | null = null;
  private off: (() => void)[] = [];
  private select: HTMLSelectElement | null = null;
  private readonly texts = new Relabel();

  constructor(private opts: PeriodControlOptions) {}

  onAdd(parent: HTMLElement): HTMLElement {
    this.root = el(parent.ownerDocument, 'div', { class: 'period-control' });
    parent.append(this.root);
    this.render();
    return this.root;
  }

  update(patch: Partial<Pick<PeriodControlOptions, 'lang' | 'periods' | 'period'>>): void {
    const next = { ...this.opts, ...patch };
    const samePeriods = next.periods.join() === this.opts.periods.join();
    this.opts = next;
    // The same periods: the picker stays, its texts and choice change in place (see Relabel).
    if (!samePeriods || !this.select) return this.render();
    this.texts.to(next.lang);
    const value = next.period ?? '';
    if (this.select.value !== value) this.select.value = value;
  }

  private render(): void {
    const root = this.root;
    if (!root) return;
    for (const off of this.off) off();
    this.off = [];
    this.texts.clear();
    const doc = root.ownerDocument;
    const { lang, periods, period } = this.opts;
    const say = (text: (lang: Lang) => string) => this.texts.say(doc, lang, text);
    const select = el(doc, 'select', { name: 'period', id: 'period-picker', disabled: periods.length === 0 },
      el(doc, 'option', { value: '', selected: period === null }, say((l) => t(l, periods.length === 0 ? 'periodNone' : 'periodAll'))),
      ...periods.map((p) => el(doc, 'option', { value: p, selected: p === period }, say((l) => formatPeriodKey(l, p)))),
    );
    this.select = select;
    this.off.push(listen(select, 'change', () => this.opts.onPeriod(select.value === '' ? null : select.value)));
    replaceKeepingFocus(root, el(doc, 'label', { class: 'period-picker', for: 'period-picker' }, say((l) => t(l, 'period'))), select);
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.root?.remove();
    this.root = null;
    this.select = null;
  }
}
