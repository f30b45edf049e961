import type { FeatureIssue } from './FeatureIssue.ts';
import { checkProperties } from './checkProperties.ts';
import { LAYER_SPECS } from './layerSpecs.ts';

/** One activity record: its properties, then the rules between them. */
export function checkRecord(raw: unknown) {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { errors: [{ code: 'wrong-type' as const, property: null, expected: 'a record (an object)', found: Array.isArray(raw) ? 'an array' : String(raw) }], warnings: [], props: {}, bbox: null };
  }
  const checked = checkProperties(raw, LAYER_SPECS.activity, () => false, '');
  const errors: FeatureIssue[] = [...checked.errors];
  const r = checked.props;
  if (typeof r.value === 'number' && r.value < 0) errors.push({ code: 'negative-value', property: 'value', expected: 'a number ≥ 0', found: `${r.value}` });
  const dated = !errors.some((e) => e.property === 'periodStart' || e.property === 'periodEnd');
  if (dated && typeof r.periodStart === 'string' && typeof r.periodEnd === 'string' && r.periodStart > r.periodEnd) {
    errors.push({ code: 'period-order', property: 'periodEnd', expected: `a date on or after periodStart ${r.periodStart}`, found: r.periodEnd });
  }
  if (r.status === 'sourced' && r.sourceId === undefined && r.source === undefined) {
    errors.push({ code: 'missing-property', property: 'source', expected: 'sourceId or source for a sourced figure (else mark it illustrative)', found: 'neither' });
  }
  return { errors, warnings: checked.warnings, props: r, bbox: null };
}
