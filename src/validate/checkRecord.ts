import type { FeatureIssue } from './FeatureIssue.ts';
import { checkProperties } from './checkProperties.ts';
import { LAYER_SPECS } from './layerSpecs.ts';
import { describeValue } from './describeValue.ts';
import { phrase } from './Phrase.ts';

/** One activity record: its properties, then the rules between them. */
export function checkRecord(raw: unknown) {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { errors: [{ code: 'wrong-type' as const, property: null, expected: phrase('expected.record'), found: describeValue(raw) }], warnings: [], props: {}, bbox: null };
  }
  const checked = checkProperties(raw, LAYER_SPECS.activity, () => false, '');
  const errors: FeatureIssue[] = [...checked.errors];
  const r = checked.props;
  if (typeof r.value === 'number' && r.value < 0) errors.push({ code: 'negative-value', property: 'value', expected: phrase('expected.nonNegative'), found: phrase('found.value', { value: r.value }) });
  const dated = !errors.some((e) => e.property === 'periodStart' || e.property === 'periodEnd');
  if (dated && typeof r.periodStart === 'string' && typeof r.periodEnd === 'string' && r.periodStart > r.periodEnd) {
    errors.push({ code: 'period-order', property: 'periodEnd', expected: phrase('expected.notBefore', { start: r.periodStart }), found: phrase('found.value', { value: r.periodEnd }) });
  }
  if (r.status === 'sourced' && r.sourceId === undefined && r.source === undefined) {
    errors.push({ code: 'missing-property', property: 'source', expected: phrase('expected.sourceFor'), found: phrase('found.neither') });
  }
  return { errors, warnings: checked.warnings, props: r, bbox: null };
}
