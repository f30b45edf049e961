import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { formatPeriodKey } from '../i18n/format.ts';
import { el, listen } from './dom.ts';
import { replaceKeepingFocus } from './keepFocus.ts';

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

  constructor(private opts: PeriodControlOptions) {}

  onAdd(parent: HTMLElement): HTMLElement {
    this.root = el(parent.ownerDocument, 'div', { class: 'period-control' });
    parent.append(this.root);
    this.render();
    return this.root;
  }

  update(patch: Partial<Pick<PeriodControlOptions, 'lang' | 'periods' | 'period'>>): void {
    const next = { ...this.opts, ...patch };
    const same = next.lang === this.opts.lang && next.period === this.opts.period && next.periods.join() === this.opts.periods.join();
    this.opts = next;
    if (!same) this.render();
  }

  private render(): void {
    const root = this.root;
    if (!root) return;
    for (const off of this.off) off();
    this.off = [];
    const doc = root.ownerDocument;
    const { lang, periods, period } = this.opts;
    const select = el(doc, 'select', { name: 'period', id: 'period-picker', disabled: periods.length === 0 },
      el(doc, 'option', { value: '', selected: period === null }, t(lang, periods.length === 0 ? 'periodNone' : 'periodAll')),
      ...periods.map((p) => el(doc, 'option', { value: p, selected: p === period }, formatPeriodKey(lang, p))),
    );
    this.off.push(listen(select, 'change', () => this.opts.onPeriod(select.value === '' ? null : select.value)));
    replaceKeepingFocus(root, el(doc, 'label', { class: 'period-picker', for: 'period-picker' }, t(lang, 'period')), select);
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.root?.remove();
    this.root = null;
  }
}
