import type { CommuneProps, Dataset, LocalText, PublishedFact } from '../data/types.ts';
import { isBorderCommune } from '../data/isBorderCommune.ts';
import { BORDER_NEAR_KM } from '../geo/deriveBorderStatus.ts';
import type { Lang } from '../state/schema.ts';
import { findArea, type Area } from '../stats/findArea.ts';
import { TWIN_FACTS, drawnVsPublished } from '../stats/drawnVsPublished.ts';
import { t, tKnown } from '../i18n/t.ts';
import { formatDate, formatFigure, formatNumber } from '../i18n/format.ts';

/** One line of the panel's facts: plain text, or links to other areas, with the sources it rests on. */
export interface Fact {
  label: string;
  text?: string;
  links?: { id: string; name: string }[];
  /** Source ids the panel numbers as notes. */
  sourceIds?: string[];
  /** Marks a line comparing what the map draws with what the sources count. */
  drawn?: boolean;
}

/** Geometries whose source is the feature's own: the geometry line cites it. */
const GEOMETRY_FROM_SOURCE = new Set(['published-coordinates', 'shared-boundary', 'opened-file']);

/** The facts an area's panel lists, in the order a planner reads them. */
export function areaFacts(dataset: Dataset, area: Area, lang: Lang): Fact[] {
  // A file may leave a length out altogether: no number reads as not given, never as "NaN km".
  const km = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? `${formatNumber(lang, v, 1)} ${t(lang, 'km')}` : null);
  const facts: (Fact | null)[] = [];
  const text = (label: string, value: string | null | undefined, sourceIds?: string[]) => (value ? { label, text: value, ...(sourceIds ? { sourceIds } : {}) } : null);
  const linked = (label: string, items: { id: string; name: string }[]) => (items.length > 0 ? { label, links: items } : null);
  const count = (n: number) => (n > 0 ? formatNumber(lang, n) : null);
  const local = (label: string, note: LocalText | null | undefined, sourceIds?: string[]) => text(label, note?.[lang], sourceIds);
  const p = area.feature.properties;
  switch (area.layer) {
    case 'provinces': {
      const pr = area.feature.properties;
      const units = pr.neighbourUnits.join(', ');
      const across = [pr.neighbourRegion, pr.neighbourUnitsPartial ? t(lang, 'neighbourMore', { units }) : units].filter(Boolean).join(': ');
      facts.push(
        text(t(lang, 'neighbour'), [tKnown(lang, `country.${pr.neighbourCountry}`) ?? pr.neighbourCountry, across].filter(Boolean).join(' — ')),
        // Published twin-pair counts are shown once, beside the pairs the map draws.
        ...pr.published.filter((f) => !TWIN_FACTS.some((w) => w.fact === f.key)).map((f) => publishedLine(lang, f)),
        ...drawnFacts(dataset, area.feature.properties, lang),
        linked(t(lang, 'stationsInCharge'), dataset.facilities.features.filter((f) => f.properties.provinceId === pr.id).map((f) => f.properties)),
        // Every border commune as a link: the keyboard way to reach any of them.
        linked(t(lang, 'layer.communes'), dataset.communes.features.filter((f) => f.properties.provinceId === pr.id && isBorderCommune(f.properties)).map((f) => f.properties)),
        // Inland communes from an opened file of the whole province: counted, not listed by the hundred.
        text(t(lang, 'inlandCommunes'), count(dataset.communes.features.filter((f) => f.properties.provinceId === pr.id && !isBorderCommune(f.properties)).length)),
      );
      break;
    }
    case 'communes': {
      const c = area.feature.properties;
      const facilities = dataset.facilities.features.filter((f) => f.properties.hostCommuneId === c.id).map((f) => f.properties);
      const twins = dataset.twinPairs.features.filter((f) => f.properties.vnCommuneId === c.id).map((f) => f.properties);
      const unchanged = c.successor2025 !== null && !dataset.communes.features.some((o) => o.properties.id !== c.id && o.properties.successor2025 === c.successor2025);
      // A commune from an opened file may lack any of these: each line still shows, saying so.
      const none = t(lang, 'notRecorded');
      facts.push(
        text(t(lang, 'district'), c.district || none),
        text(t(lang, 'mergedFrom'), c.mergedFrom?.join(', ')),
        borderStatusLine(c, lang),
        c.borderStatus === 'inland' ? null : text(t(lang, 'borderKmEst'), km(c.borderKmEst) ?? t(lang, 'notEstimated')),
        text(t(lang, 'unit2025'), c.successor2025 ? [c.successor2025, unchanged ? t(lang, 'unchanged2025') : '', c.successorResolution ? `— ${c.successorResolution}` : ''].filter(Boolean).join(' ') : none, c.successor2025 ? c.sourceIds : undefined),
        linked(t(lang, 'stationsInCharge'), facilities),
        linked(t(lang, 'twinned'), twins),
      );
      break;
    }
    case 'facilities': {
      const f = area.feature.properties;
      facts.push(
        text(t(lang, 'fullName'), f.fullName),
        text(t(lang, 'hostCommune'), f.hostCommuneId ? null : f.hostCommuneName),
        text(t(lang, 'unit2025'), f.hostCommune2025),
        text(t(lang, 'borderKm'), km(f.borderKm), f.sourceIds),
        text(t(lang, 'borderMarkers'), f.markers, f.sourceIds),
        text(t(lang, 'markerCount'), f.markerCount ? formatNumber(lang, f.markerCount) : null, f.sourceIds),
        local(t(lang, 'facts2'), f.note, f.sourceIds),
        f.coastal ? text(t(lang, 'coverage'), t(lang, 'coastalNotCounted')) : null,
      );
      break;
    }
    case 'twinPairs': {
      const w = area.feature.properties;
      // A file may leave the partner's admin area and country out (the checks allow it): said as not recorded, never "undefined".
      const country = w.partnerCountry ? (tKnown(lang, `country.${w.partnerCountry}`) ?? w.partnerCountry) : t(lang, 'notRecorded');
      const partner = [w.partnerVillage, w.partnerAdmin].filter((x) => typeof x === 'string' && x !== '').join(' — ') || t(lang, 'notRecorded');
      facts.push(
        text(t(lang, 'partner'), `${partner} (${country})`, w.sourceIds),
        text(t(lang, 'since'), w.since ? formatDate(lang, w.since) : null, w.sourceIds),
        text(t(lang, 'pairKind'), tKnown(lang, `pairKind.${w.pairKind}`) ?? w.pairKind),
        local(t(lang, 'facts2'), w.note, w.sourceIds),
      );
      break;
    }
    case 'markers':
      facts.push(local(t(lang, 'facts2'), area.feature.properties.note, area.feature.properties.sourceIds));
      break;
  }
  const method = p.geometryMethod ? tKnown(lang, `method.${p.geometryMethod}`) : null;
  facts.push(text(t(lang, 'geometry'), method ?? p.geometryNote ?? tKnown(lang, `quality.${p.geometryQuality}`), GEOMETRY_FROM_SOURCE.has(p.geometryMethod ?? '') ? p.sourceIds : undefined));
  return facts.filter((f): f is Fact => f !== null);
}

/** How we know a commune is on the border; for a status computed from its outline, what was measured. */
function borderStatusLine(c: CommuneProps, lang: Lang): Fact {
  const near = formatNumber(lang, BORDER_NEAR_KM, 0);
  if (c.borderStatus === 'inland') return { label: t(lang, 'borderStatusInland'), text: t(lang, 'borderStatus.inland', { near }) };
  if (c.borderStatus === 'computed') return { label: t(lang, 'borderStatus'), text: t(lang, 'borderStatus.computed', { near, km: formatNumber(lang, c.borderDistanceKm ?? 0, 1) }) };
  return { label: t(lang, 'borderStatus'), text: tKnown(lang, `borderStatus.${c.borderStatus}`) ?? (c.borderStatus ? String(c.borderStatus) : t(lang, 'notRecorded')) };
}

function publishedLine(lang: Lang, f: PublishedFact): Fact {
  // Lengths (borderKm and its parts) are the only published facts with a unit; the rest are counts.
  const unit = f.key.startsWith('borderKm') ? ` ${t(lang, 'km')}` : '';
  const when = f.date ? ` (${formatDate(lang, f.date)})` : '';
  return { label: tKnown(lang, `fact.${f.key}`) ?? f.key, text: `${formatFigure(lang, f.value, f.qualifier)}${unit}${when}`, sourceIds: f.sourceIds };
}

/** What the map draws beside what the sources count: border length, stations, twin pairs. */
function drawnFacts(dataset: Dataset, province: Parameters<typeof drawnVsPublished>[1], lang: Lang): (Fact | null)[] {
  const d = drawnVsPublished(dataset, province);
  const pct = (part: number, whole: number) => formatNumber(lang, (100 * part) / whole, 0);
  const { published, drawnKm, sourceIds } = d.borderKm;
  const s = d.stations;
  return [
    drawnKm === null ? null : {
      label: t(lang, 'drawnBorder'), drawn: true, sourceIds,
      text: published && published.value > 0 ? t(lang, 'drawnOfPublished', { km: formatNumber(lang, drawnKm, 1), pct: pct(drawnKm, published.value) }) : `${formatNumber(lang, drawnKm, 1)} ${t(lang, 'km')}`,
    },
    {
      label: t(lang, 'stationsPlaced'), drawn: true, sourceIds: s.published?.sourceIds,
      text: !s.published
        ? t(lang, 'placedNoCount', { placed: s.placed.length })
        : t(lang, s.notPlaced ? 'placedOfPublished' : 'placedAllOfPublished', { placed: s.placed.length, published: s.published.value, missing: s.notPlaced ?? 0 }),
    },
    s.coastal.length > 0 ? { label: t(lang, 'coastalStations'), links: s.coastal } : null,
    ...d.twins.map((row) => ({
      label: t(lang, 'onMap', { what: tKnown(lang, `pairKind.${row.kind}`) ?? row.kind }), drawn: true, sourceIds: row.published?.sourceIds,
      text: row.published
        ? t(lang, 'twinsDrawnOfPublished', { drawn: row.drawn.length, published: row.published.value })
        : t(lang, 'twinsDrawnNoCount', { drawn: row.drawn.length }),
    })),
  ];
}

/** The areas an area belongs to, nearest last: province, then host commune. */
export function parentAreas(dataset: Dataset, area: Area): { id: string; name: string }[] {
  if (area.layer === 'provinces' || area.layer === 'markers') return [];
  const p = area.feature.properties;
  // Through the areas' index: a station's host commune is one of 10,000 in a national dataset.
  // The index gives a shared id to the earlier layer: a commune numbered as a province is then looked for in its own layer.
  const of = (id: string | null, layer: 'provinces' | 'communes') => {
    if (!id) return undefined;
    const found = findArea(dataset, id);
    if (found?.layer === layer) return found.feature.properties;
    return found ? (dataset[layer].features as { properties: { id: string; name: string } }[]).find((f) => f.properties.id === id)?.properties : undefined;
  };
  const communeId = area.layer === 'facilities' ? area.feature.properties.hostCommuneId : area.layer === 'twinPairs' ? area.feature.properties.vnCommuneId : null;
  return [of(p.provinceId, 'provinces'), of(communeId, 'communes')].filter((x): x is NonNullable<typeof x> => x !== undefined).map((x) => ({ id: x.id, name: x.name }));
}
