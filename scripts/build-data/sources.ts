import type { SourceKind, SourceRef } from '../../src/data/types.ts';
import { readCsv } from './readCsv.ts';

const KINDS: readonly SourceKind[] = ['report', 'resolution', 'webpage', 'dataset'];

/** Sources the build itself adds: described by their kind on screen, so they need no title in one language. */
const BUILT_IN: SourceRef[] = [
  { id: 'gazetteer', kind: 'gazetteer', title: null, outlet: 'Border Atlas', date: null },
  { id: 'illustrative-demo', kind: 'illustrative', title: null, outlet: 'Border Atlas', date: null },
  {
    id: 'osm-geo-maps', kind: 'dataset', title: '@geo-maps/countries-land-100m', outlet: 'OpenStreetMap contributors',
    date: null, url: 'https://www.openstreetmap.org/copyright', licence: 'ODbL 1.0',
  },
];

export interface SourceTable {
  sources: SourceRef[];
  /** Source ids for a citation as the gazetteer writes it; throws for one the citation table lacks. */
  cite(citedAs: string, where: string): string[];
}

/** The source table (sources.csv) and the map from the gazetteer's free-text citations to its ids. */
export function readSources(sourcesCsv: string, citationsCsv: string): SourceTable {
  const sources: SourceRef[] = readCsv(sourcesCsv).map((r, i) => {
    const kind = r.kind as SourceKind;
    if (!r.id || !/^[a-z0-9-]+$/.test(r.id) || !KINDS.includes(kind)) {
      throw new Error(`${sourcesCsv}, row ${i + 2}: expected a URL-safe id and a kind among ${KINDS.join(', ')}, got ${JSON.stringify([r.id, r.kind])}`);
    }
    if (r.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(r.date)) {
      throw new Error(`${sourcesCsv}, row ${i + 2} (${r.id}): expected date as YYYY-MM-DD, YYYY-MM or YYYY, got ${JSON.stringify(r.date)}`);
    }
    return {
      id: r.id, kind, title: r.title || null, outlet: r.outlet || null, date: r.date || null,
      ...(r.url ? { url: r.url } : {}), ...(r.lang ? { lang: r.lang } : {}),
    };
  });
  const all = [...sources, ...BUILT_IN];
  const known = new Set(all.map((s) => s.id));
  if (known.size !== all.length) throw new Error(`${sourcesCsv}: expected unique ids, found a repeated one`);
  const byCitation = new Map(readCsv(citationsCsv).map((r) => [r.cited_as ?? '', (r.source_ids ?? '').split(/\s+/).filter(Boolean)]));
  const check = (ids: string[], where: string) => {
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) throw new Error(`${where}: expected source ids defined in ${sourcesCsv}, found ${missing.join(', ')}`);
    return ids;
  };
  for (const [citedAs, ids] of byCitation) check(ids, `${citationsCsv} (${JSON.stringify(citedAs)})`);
  return {
    sources: all,
    cite(citedAs, where) {
      if (citedAs === '') return [];
      const ids = byCitation.get(citedAs);
      if (!ids) throw new Error(`${where}: expected the citation ${JSON.stringify(citedAs)} in ${citationsCsv}, found none`);
      return ids;
    },
  };
}

/** Source ids written in a table's own column ("seed-003 thanhnien-2023-03-04"), each checked. */
export function idsIn(cell: string, table: SourceTable, where: string): string[] {
  const ids = cell.split(/\s+/).filter(Boolean);
  const known = new Set(table.sources.map((s) => s.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) throw new Error(`${where}: expected source ids from the source table, found ${missing.join(', ')}`);
  return ids;
}
