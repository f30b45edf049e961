import type { Lang } from '../state/schema.ts';
import { BORDER_KM_STAT, type StatOption } from '../stats/communeValues.ts';
import { t } from '../i18n/t.ts';
import { METRIC_LABELS, labelOf } from '../i18n/labels.ts';

/** The name of a colouring statistic, marked when its figures are illustrative. */
export function statLabel(lang: Lang, o: StatOption): string {
  const name = o.stat === BORDER_KM_STAT ? t(lang, 'stat.borderKmEst') : labelOf(METRIC_LABELS, o.stat, lang);
  return o.illustrative ? `${name} ${t(lang, 'illustrativeSuffix')}` : name;
}
