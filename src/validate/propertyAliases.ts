import { LAYER_SPECS, type InputLayer } from './layerSpecs.ts';

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
  // Station lists as border-guard tables write them: ma_don / ten_don, the kind as loai ("Đồn", "Trạm", "Cửa khẩu").
  facilities: {
    id: ['ma_don', 'madon', 'ma', 'code'],
    name: ['ten_don', 'tendon', 'ten', 'name_vi'],
    kind: ['loai', 'loai_hinh', 'type'],
    hostCommuneId: ['ma_xa', 'maxa'],
    provinceId: ['ma_tinh', 'matinh'],
  },
  markers: {
    name: ['ten_moc', 'tenmoc', 'ten'],
  },
};

/** Statistics codes by width: a number (as spreadsheets and shapefiles write them) has lost its leading zeros. */
const CODE_WIDTH: Record<string, number> = { provinceId: 2, hostCommuneId: 5, vnCommuneId: 5 };

/** Facility kinds as Vietnamese tables write them, read as ours; any other text is left for the check to refuse. */
const KIND_WORDS: Record<string, string> = {
  'đồn': 'station', 'đồn biên phòng': 'station',
  'trạm': 'post', 'trạm kiểm soát': 'post', 'trạm kiểm soát biên phòng': 'post',
  'cửa khẩu': 'gate', 'cửa khẩu quốc tế': 'gate', 'cửa khẩu chính': 'gate', 'cửa khẩu phụ': 'gate',
};

/** One property the file names its own way, read as ours. */
export interface AliasUse {
  /** Our property, e.g. "id". */
  to: string;
  /** The file's, e.g. "ma_xa", or "id" of the Feature itself. */
  from: string;
  /** Picked by the user (or remembered from a file of the same shape, or --map), not guessed from the name. */
  chosen?: boolean;
}

/** Our property → the file's property to read it from, as the user chose. */
export type PropertyMapping = Readonly<Record<string, string>>;

const fold = (key: string) => key.toLowerCase().replace(/[_\s-]/g, '');
const present = (v: unknown) => (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v));

/** Each layer's aliases with their names folded once, not once per feature. */
const FOLDED = Object.fromEntries(Object.entries(ALIASES).map(([layer, table]) => [layer, Object.entries(table).map(([to, names]) => [to, names.map(fold)] as const)])) as Partial<Record<InputLayer, (readonly [string, string[]])[]>>;

/**
 * The file's property names by folded name, per set of names: the features
 * of one file nearly all have the same names, so this is worked out once
 * per set rather than once per feature, and the last set is recognised by
 * comparing its names (the same strings, so a pointer each) without joining
 * them. Bounded: a file whose every feature has names of its own only loses
 * the cache.
 */
const shapes = new Map<string, Map<string, string>>();
let lastKeys: string[] = [];
let lastNames = new Map<string, string>();
function byFoldedName(props: Record<string, unknown>): Map<string, string> {
  const keys = Object.keys(props);
  if (sameKeys(keys, lastKeys)) return lastNames;
  const shape = keys.join('\u0000');
  let found = shapes.get(shape);
  if (!found) {
    found = new Map(keys.map((k) => [fold(k), k]));
    if (shapes.size >= 64) shapes.clear();
    shapes.set(shape, found);
  }
  [lastKeys, lastNames] = [keys, found];
  return found;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const KINDS = new Set(['station', 'post', 'gate']);
const CODE_WIDTHS = Object.entries(CODE_WIDTH);
const NO_USES: readonly AliasUse[] = Object.freeze([]);

/**
 * The properties with the ones our format lacks filled from the file's own
 * names: first what the user chose (`mapping`, which wins even over a
 * property of our name: the user said so), then the Feature's `id` member
 * for `id`, then the aliases above; a province given by name (with or
 * without "Tỉnh") is found among the dataset's. Otherwise properties the
 * file already has under our names are left alone. The file's own object
 * comes back when nothing needs changing (most features of most files), a
 * copy otherwise. Runs for every feature: it makes no closure, and no array
 * unless an alias is used.
 */
export function applyAliases(
  layer: InputLayer,
  feature: { id?: unknown; properties?: unknown },
  provinceIds: ReadonlyMap<string, string>,
  mapping?: PropertyMapping,
): { props: unknown; used: readonly AliasUse[] } {
  const raw = feature.properties;
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) return { props: raw, used: NO_USES };
  // The file's object is copied before the first change; an absent one is ours from the start.
  let props = (raw ?? {}) as Record<string, unknown>;
  let own = raw === null || raw === undefined;
  let used: AliasUse[] | null = null;
  if (mapping) {
    for (const [to, from] of Object.entries(mapping)) {
      // Only the layer's own properties: a key such as "__proto__" from a stored choice must not reach the object.
      if (to === from || !LAYER_SPECS[layer].some((s) => s.key === to) || !Object.hasOwn(props, from) || !present(props[from])) continue;
      if (!own) [props, own] = [{ ...props }, true];
      props[to] = props[from];
      (used ??= []).push({ to, from, chosen: true });
    }
  }
  if (!present(props.id) && present(feature.id)) {
    if (!own) [props, own] = [{ ...props }, true];
    props.id = feature.id;
    (used ??= []).push({ to: 'id', from: 'Feature.id' });
  }
  let names: Map<string, string> | null = null;
  for (const [to, folded] of FOLDED[layer] ?? []) {
    if (present(props[to])) continue;
    names ??= byFoldedName(props);
    let from: string | undefined;
    for (const n of folded) {
      const k = names.get(n);
      if (k !== undefined && present(props[k])) {
        from = k;
        break;
      }
    }
    if (from === undefined) continue;
    if (!own) [props, own] = [{ ...props }, true];
    props[to] = props[from];
    (used ??= []).push({ to, from });
  }
  for (const [key, width] of CODE_WIDTHS) {
    const v = props[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) continue;
    if (!own) [props, own] = [{ ...props }, true];
    props[key] = String(v).padStart(width, '0');
  }
  if (layer === 'facilities' && typeof props.kind === 'string' && !KINDS.has(props.kind)) {
    const kind = KIND_WORDS[props.kind.normalize('NFC').trim().toLowerCase()];
    if (kind) {
      if (!own) [props, own] = [{ ...props }, true];
      props.kind = kind;
    }
  }
  if (layer === 'communes' && !present(props.provinceId) && typeof props.provinceName === 'string') {
    const id = provinceIds.get(provinceKey(props.provinceName));
    if (id) {
      if (!own) [props, own] = [{ ...props }, true];
      props.provinceId = id;
      (used ??= []).push({ to: 'provinceId', from: 'provinceName' });
    }
  }
  return { props, used: used ?? NO_USES };
}

/** A province's name as a lookup key: "Tỉnh Lai Châu", "lai châu" and "Lai Châu" are one. */
export function provinceKey(name: string): string {
  return name.normalize('NFC').trim().replace(/^tỉnh\s+/i, '').toLowerCase();
}
