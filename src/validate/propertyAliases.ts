import type { InputLayer } from './layerSpecs.ts';

/**
 * Names GIS files give the properties our format needs, per layer, most
 * telling first: Vietnamese administrative exports write the commune code as
 * ma_xa (or MaXa, ma_dvhc), its name as ten_xa, the province as ma_tinh or
 * ten_tinh. Matched ignoring case and underscores.
 */
const ALIASES: Partial<Record<InputLayer, Record<string, readonly string[]>>> = {
  communes: {
    id: ['ma_xa', 'maxa', 'ma_dvhc', 'madvhc', 'gso_code', 'code', 'ma'],
    name: ['ten_xa', 'tenxa', 'ten_dvhc', 'ten', 'name_vi', 'ten_day_du'],
    provinceId: ['ma_tinh', 'matinh', 'province_code'],
    provinceName: ['ten_tinh', 'tentinh', 'tinh', 'province'],
  },
};

/** One property the file names its own way, read as ours. */
export interface AliasUse {
  /** Our property, e.g. "id". */
  to: string;
  /** The file's, e.g. "ma_xa", or "id" of the Feature itself. */
  from: string;
}

const fold = (key: string) => key.toLowerCase().replace(/[_\s-]/g, '');
const present = (v: unknown) => (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v));

/**
 * The properties with the ones our format lacks filled from the file's own
 * names: the Feature's `id` member first for `id`, then the aliases above; a
 * province given by name (with or without "Tỉnh") is found among the
 * dataset's. Properties the file already has under our names are left alone.
 */
export function applyAliases(
  layer: InputLayer,
  feature: { id?: unknown; properties?: unknown },
  provinceIds: ReadonlyMap<string, string>,
): { props: unknown; used: AliasUse[] } {
  const raw = feature.properties;
  const table = ALIASES[layer];
  const hasFeatureId = present(feature.id);
  if ((!table && !hasFeatureId) || (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw)))) return { props: raw, used: [] };
  const props: Record<string, unknown> = { ...(raw as Record<string, unknown> | null) };
  const used: AliasUse[] = [];
  const byFolded = new Map(Object.keys(props).map((k) => [fold(k), k]));
  if (!present(props.id) && hasFeatureId) {
    props.id = feature.id;
    used.push({ to: 'id', from: 'Feature.id' });
  }
  for (const [to, names] of Object.entries(table ?? {})) {
    if (present(props[to])) continue;
    const from = names.map((n) => byFolded.get(fold(n))).find((k) => k !== undefined && present(props[k]));
    if (from === undefined) continue;
    props[to] = props[from];
    used.push({ to, from });
  }
  if (layer === 'communes' && typeof props.provinceId === 'number') props.provinceId = String(props.provinceId).padStart(2, '0');
  if (layer === 'communes' && !present(props.provinceId) && typeof props.provinceName === 'string') {
    const id = provinceIds.get(provinceKey(props.provinceName));
    if (id) {
      props.provinceId = id;
      used.push({ to: 'provinceId', from: 'provinceName' });
    }
  }
  return { props, used };
}

/** A province's name as a lookup key: "Tỉnh Lai Châu", "lai châu" and "Lai Châu" are one. */
export function provinceKey(name: string): string {
  return name.normalize('NFC').trim().replace(/^tỉnh\s+/i, '').toLowerCase();
}
