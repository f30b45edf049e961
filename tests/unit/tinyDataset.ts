import type { ActivityRecord, CommuneProps, Dataset, FacilityProps } from '../../src/data/types.ts';

const square = (x: number, y: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]] });
const fc = <T>(features: T[]) => ({ type: 'FeatureCollection' as const, features });

export function commune(id: string, provinceId: string, borderKmEst: number | null): Dataset['communes']['features'][number] {
  const props: CommuneProps = {
    id, name: `Xã ${id}`, kind: 'commune', geometryQuality: 'schematic', provinceId, provinceName: provinceId === '12' ? 'Lai Châu' : 'Nghệ An',
    district: 'Huyện X', borderStatus: 'sourced', borderKmEst, successor2025: null, successorResolution: null, centre: [102, 22],
  };
  return { type: 'Feature', properties: props, geometry: square(102, 22) };
}

export function station(id: string, provinceId: string, hostCommuneId: string | null): Dataset['facilities']['features'][number] {
  const props: FacilityProps = {
    id, name: `Đồn ${id}`, kind: 'station', geometryQuality: 'approximate', provinceId, hostCommuneId, hostCommuneName: 'X',
    hostCommune2025: null, markers: null, borderKm: null, note: null, sourceIds: ['s'],
  };
  return { type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [102.05, 22.05] } };
}

export function record(areaId: string, metric: string, value: number, period: [string, string], extra: Partial<ActivityRecord> = {}): ActivityRecord {
  return { areaId, periodStart: period[0], periodEnd: period[1], category: 'patrol', metric, value, unit: 'sessions', sourceId: 's', status: 'sourced', ...extra };
}

/** A dataset small enough to reason about by hand: two provinces, a few communes and stations. */
export function tinyDataset(parts: Partial<Pick<Dataset, 'communes' | 'facilities' | 'activity'>> = {}): Dataset {
  return {
    manifest: {
      formatVersion: 1, id: 'tiny', title: { vi: 'Nhỏ', en: 'Tiny' }, bbox: [102, 22, 103, 23],
      layers: { countries: '', provinces: '', communes: '', facilities: '', markers: '', borderLine: '', twinPairs: '' },
    activity: '', sources: [{ id: 's', kind: 'report', title: 'Báo', outlet: 'P', date: '2024-07-01' }], attribution: [],
    },
    countries: fc([]),
    provinces: fc(['12', '40'].map((id) => ({
      type: 'Feature' as const,
      properties: {
        id, name: id === '12' ? 'Lai Châu' : 'Nghệ An', kind: 'province' as const, geometryQuality: 'schematic' as const, neighbourCountry: 'CN' as const,
        neighbourRegion: null, neighbourUnits: [], neighbourUnitsPartial: false, published: [{ key: 'borderKm', value: 1, date: null, sourceIds: ['s'] }],
      },
      geometry: square(102, 22),
    }))),
    communes: parts.communes ?? fc([commune('03451', '12', 11.9), commune('03448', '12', 28.5), commune('16816', '40', null)]),
    facilities: parts.facilities ?? fc([station('station-a', '12', '03451'), station('station-b', '12', null), station('station-c', '40', null)]),
    markers: fc([]),
    borderLine: fc([]),
    twinPairs: fc([]),
    activity: parts.activity ?? [],
    briefings: [],
  };
}
