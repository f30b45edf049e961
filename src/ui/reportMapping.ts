import type { Lang } from '../state/schema.ts';
import type { FileReport } from '../validate/FileReport.ts';
import type { FileField } from '../validate/fileFields.ts';
import { LAYER_SPECS } from '../validate/layerSpecs.ts';
import { t } from '../i18n/t.ts';
import { el } from './dom.ts';

/**
 * Our properties to offer a choice for: the required ones still missing in
 * some feature, and the ones already read as the user chose (so a choice can
 * be changed or undone). In the layer's order.
 */
export function mappingKeys(r: FileReport): string[] {
  if (!r.layer || !r.fields || r.fields.length === 0) return [];
  const wanted = new Set(Object.keys(r.mapping ?? {}));
  for (const p of r.problems) {
    if (p.code === 'missing-property' && p.property?.startsWith('properties.')) wanted.add(p.property.slice('properties.'.length));
  }
  return LAYER_SPECS[r.layer].map((s) => s.key).filter((k) => wanted.has(k));
}

/** "MA (vd. 3502 · giống mã xã (5 chữ số))": a property with its sample and what it looks like. */
export function describeField(f: FileField, lang: Lang): string {
  const sample = t(lang, 'mapping.sample', { value: f.sample === null ? t(lang, 'mapping.empty') : typeof f.sample === 'string' ? JSON.stringify(f.sample) : String(f.sample) });
  return `${f.name} (${[sample, f.hint ? t(lang, `mapping.hint.${f.hint}`) : null].filter(Boolean).join(' · ')})`;
}

/**
 * The mapping row of one file: its own properties with a sample each, and a
 * list per missing required property to pick which of them to read as it.
 * Null when nothing is missing and nothing was chosen.
 */
export function mappingRow(doc: Document, lang: Lang, r: FileReport, fileIndex: number, remembered: boolean): HTMLElement | null {
  const keys = mappingKeys(r);
  const fields = r.fields ?? [];
  if (keys.length === 0) return null;
  const chosen = r.mapping ?? {};
  const missing = keys.filter((k) => chosen[k] === undefined);
  const pickers = keys.map((key) =>
    el(doc, 'label', { class: 'report-map' },
      `${t(lang, 'mapping.readAs', { key })} `,
      // Named with the file, as the "Load as" list is: several files may each ask for "id".
      el(doc, 'select', { 'data-map-file': fileIndex, 'data-map-key': key, 'aria-label': `${t(lang, 'mapping.readAs', { key })}: ${r.file}` },
        el(doc, 'option', { value: '', selected: chosen[key] === undefined }, t(lang, 'mapping.none')),
        ...fields.map((f) => el(doc, 'option', { value: f.name, selected: chosen[key] === f.name }, describeField(f, lang))),
      ),
    ),
  );
  return el(doc, 'fieldset', { class: 'report-mapping' },
    el(doc, 'legend', {}, t(lang, 'mapping.title')),
    missing.length > 0 ? el(doc, 'p', {}, t(lang, 'mapping.missing', { keys: missing.map((k) => `“${k}”`).join(', ') })) : null,
    el(doc, 'p', { class: 'report-fields' }, t(lang, 'mapping.intro')),
    el(doc, 'ul', { class: 'report-field-list' }, ...fields.map((f) => el(doc, 'li', {}, describeField(f, lang)))),
    ...pickers,
    el(doc, 'p', { class: 'report-mapping-note' }, t(lang, remembered ? 'mapping.remembered' : 'mapping.kept')),
  );
}
