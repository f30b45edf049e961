import { spreadsheetSafeRows } from '../data/spreadsheetSafeRows.ts';
import type { Lang } from '../state/schema.ts';
import type { PhraseKey } from '../i18n/problemStrings.ts';
import type { FileReport } from './FileReport.ts';
import { phrase, renderPhrase } from './Phrase.ts';

const COLUMNS = ['file', 'severity', 'code', 'item', 'index', 'id', 'property', 'expected', 'found', 'west', 'south', 'east', 'north'] as const;

/**
 * Every problem as a CSV row, for a spreadsheet or a ticket, in the language
 * of the screen it was downloaded from. Codes stay as they are: they are the
 * same in the docs, the CLI and both languages.
 */
export function reportCsv(reports: readonly FileReport[], lang: Lang): string {
  const say = (key: PhraseKey) => renderPhrase(phrase(key), lang);
  const rows = reports.flatMap((r) =>
    r.problems.map((p) => [
      p.file,
      say(`severity.${p.severity}`),
      p.code,
      p.index === null ? '' : say(`item.${p.item}`),
      p.index === null ? '' : String(p.index),
      p.id ?? '',
      p.property ?? '',
      renderPhrase(p.expected, lang),
      renderPhrase(p.found, lang),
      ...(p.bbox ? p.bbox.map(String) : ['', '', '', '']),
    ]),
  );
  return spreadsheetSafeRows([COLUMNS.map((c) => say(`csv.${c}`)), ...rows]);
}
