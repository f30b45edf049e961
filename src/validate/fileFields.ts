/** What a property's values look like, to help the user say which of the file's properties is which of ours. */
export type FieldHint = 'code' | 'name' | null;

/** One of the file's own properties, with a value from its first features. */
export interface FileField {
  name: string;
  /** The first value given, as published (texts cut at 40 characters). */
  sample: string | number | boolean | null;
  hint: FieldHint;
}

/** Features looked at: the names and samples of a file's first features are enough to choose from, and cost nothing on a large file. */
const SAMPLE_FEATURES = 50;
const MAX_FIELDS = 40;
const MAX_SAMPLE = 40;

/** A commune code: 5 digits, or a number that lost its leading zeros. */
const isCode = (v: unknown) => (typeof v === 'string' && /^\d{5}$/.test(v.trim())) || (typeof v === 'number' && Number.isInteger(v) && v >= 1000 && v <= 99999);
/** A name: text more of letters than of digits ("Mù Cả", not "XA03502"). */
const isName = (v: unknown) => {
  if (typeof v !== 'string') return false;
  const letters = v.match(/\p{L}/gu)?.length ?? 0;
  return letters >= 2 && letters > (v.match(/\d/g)?.length ?? 0);
};

/**
 * The properties of a file's first features, in order of first appearance,
 * each with a sample value and a hint where every value seen looks like a
 * commune code or like a name.
 */
export function sampleFields(items: readonly unknown[]): FileField[] {
  const seen = new Map<string, { sample: FileField['sample']; values: unknown[] }>();
  for (const item of items.slice(0, SAMPLE_FEATURES)) {
    const props = (item as { properties?: unknown } | null)?.properties;
    if (!props || typeof props !== 'object' || Array.isArray(props)) continue;
    for (const [name, v] of Object.entries(props)) {
      let field = seen.get(name);
      if (!field) {
        if (seen.size >= MAX_FIELDS) continue;
        field = { sample: null, values: [] };
        seen.set(name, field);
      }
      if (v === null || v === undefined || v === '' || typeof v === 'object') continue;
      if (field.values.length === 0) field.sample = typeof v === 'string' && v.length > MAX_SAMPLE ? `${v.slice(0, MAX_SAMPLE)}…` : (v as string | number | boolean);
      field.values.push(v);
    }
  }
  return [...seen].map(([name, { sample, values }]) => ({ name, sample, hint: hintOf(values) }));
}

function hintOf(values: readonly unknown[]): FieldHint {
  if (values.length === 0) return null;
  if (values.every(isCode)) return 'code';
  return values.every(isName) ? 'name' : null;
}
