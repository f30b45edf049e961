import type { Dataset } from '../data/types.ts';
import type { Lang } from '../state/schema.ts';
import type { Area } from '../stats/findArea.ts';
import { t } from '../i18n/t.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';

/** One line of the panel's facts: plain text, or links to other areas. */
export interface Fact {
  label: string;
  text?: string;
  links?: { id: string; name: string }[];
}

/** The facts an area's panel lists, in the order a planner reads them. */
export function areaFacts(dataset: Dataset, area: Area, lang: Lang): Fact[] {
  const km = (v: number | null) => (v === null ? null : `${formatNumber(lang, v, 1)} ${t(lang, 'km')}`);
  const facts: (Fact | null)[] = [];
  const text = (label: string, value: string | null | undefined) => (value ? { label, text: value } : null);
  const linked = (label: string, items: { id: string; name: string }[]) => (items.length > 0 ? { label, links: items } : null);
  const p = area.feature.properties;
  switch (area.layer) {
    case 'provinces': {
      const pr = area.feature.properties;
      const facilities = dataset.facilities.features.filter((f) => f.properties.provinceId === pr.id).map((f) => f.properties);
      facts.push(
        text(t(lang, 'neighbour'), `${t(lang, `country.${pr.neighbourCountry}`)} — ${pr.neighbourUnits}`),
        text(t(lang, 'borderKm'), km(pr.borderKm)),
        text(t(lang, 'borderMarkers'), pr.borderMarkers),
        text(t(lang, 'stationCount'), pr.stationCount === null ? null : formatNumber(lang, pr.stationCount)),
        text(t(lang, 'borderCommunes'), formatNumber(lang, pr.borderCommuneCount)),
        linked(t(lang, 'stationsInCharge'), facilities),
        // Every border commune as a link: the keyboard way to reach any of them.
        linked(t(lang, 'layer.communes'), dataset.communes.features.filter((f) => f.properties.provinceId === pr.id).map((f) => f.properties)),
        text(t(lang, 'source'), `${pr.factsSource} (${pr.factDate})`),
      );
      break;
    }
    case 'communes': {
      const c = area.feature.properties;
      const facilities = dataset.facilities.features.filter((f) => f.properties.hostCommuneId === c.id).map((f) => f.properties);
      const twins = dataset.twinPairs.features.filter((f) => f.properties.vnCommuneId === c.id).map((f) => f.properties);
      facts.push(
        text(t(lang, 'district'), c.district),
        text(t(lang, 'borderStatus'), t(lang, `borderStatus.${c.borderStatus}`)),
        text(t(lang, 'borderKmEst'), km(c.borderKmEst)),
        text(t(lang, 'unit2025'), c.successor2025 ? `${c.successor2025}${c.successorResolution ? ` — ${c.successorResolution}` : ''}` : null),
        linked(t(lang, 'stationsInCharge'), facilities),
        linked(t(lang, 'twinned'), twins),
      );
      break;
    }
    case 'facilities': {
      const f = area.feature.properties;
      facts.push(
        text(t(lang, 'hostCommune'), f.hostCommuneId ? null : f.hostCommuneName),
        text(t(lang, 'unit2025'), f.hostCommune2025),
        text(t(lang, 'borderKm'), km(f.borderKm)),
        text(t(lang, 'borderMarkers'), f.markers),
        text(t(lang, 'facts2'), f.facts),
        text(t(lang, 'source'), f.source),
      );
      break;
    }
    case 'twinPairs': {
      const w = area.feature.properties;
      facts.push(
        text(t(lang, 'partner'), `${w.partnerVillage} — ${w.partnerAdmin} (${t(lang, `country.${w.partnerCountry}`)})`),
        text(t(lang, 'since'), w.since ? formatDate(lang, w.since) : null),
        text(t(lang, 'pairKind'), w.pairKind),
        text(t(lang, 'source'), w.source),
      );
      break;
    }
    case 'markers':
      facts.push(text(t(lang, 'source'), area.feature.properties.source));
      break;
  }
  // Notes start with their quality ("Schematic: …"); the label is added only when a note is missing.
  facts.push(text(t(lang, 'geometry'), p.geometryNote ?? t(lang, `quality.${p.geometryQuality}`)));
  return facts.filter((f): f is Fact => f !== null);
}

/** The areas an area belongs to, nearest last: province, then host commune. */
export function parentAreas(dataset: Dataset, area: Area): { id: string; name: string }[] {
  if (area.layer === 'provinces' || area.layer === 'markers') return [];
  const p = area.feature.properties;
  const province = dataset.provinces.features.find((f) => f.properties.id === p.provinceId)?.properties;
  const communeId = area.layer === 'facilities' ? area.feature.properties.hostCommuneId : area.layer === 'twinPairs' ? area.feature.properties.vnCommuneId : null;
  const commune = communeId ? dataset.communes.features.find((f) => f.properties.id === communeId)?.properties : undefined;
  return [province, commune].filter((x): x is NonNullable<typeof x> => x !== undefined).map((x) => ({ id: x.id, name: x.name }));
}
