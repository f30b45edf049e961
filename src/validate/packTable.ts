/**
 * Rows of plain objects (checked features and activity records) packed for
 * postMessage: column by column, every text once in one table, numbers and
 * coordinates in typed arrays that move to the page instead of being copied.
 * A structured clone writes each row's keys and texts again and rebuilds
 * every position as an array of boxed numbers: a national dataset's results
 * took ~550 ms of the page's thread to read, and its GC more.
 *
 * unpackTable(packTable(rows)) deep-equals rows: same keys in the same
 * order, -0, NaN, null and undefined kept; equal texts become one string.
 */
export interface PackedTable {
  strings: string[];
  /** Per row, the index of its shape (its own keys, in order) in `shapes`; a row that is not a plain object is raw. */
  shapeOf: Int32Array;
  shapes: Shape[];
  /** Rows that are not plain objects, in row order. */
  raw: unknown[];
}

interface Shape {
  keys: string[];
  columns: Column[];
}

type Column =
  /** Places in the text table; -1 for null. */
  | { kind: 'str'; at: Int32Array }
  | { kind: 'num'; values: Float64Array }
  | { kind: 'obj'; table: PackedTable }
  | { kind: 'coords'; structure: Int32Array; values: Float64Array }
  | { kind: 'raw'; values: unknown[] };

const RAW = -1;

const isPlain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

/**
 * A nested array of numbers as counts and leaves: an array of numbers is
 * -(length + 1) then its numbers in `values`; any other array is its length
 * then its items. False when something else is inside (the column stays raw).
 */
function flatten(v: unknown, structure: number[], values: number[]): boolean {
  if (!Array.isArray(v)) return false;
  const n = v.length;
  if (n > 0 && typeof v[0] === 'number') {
    structure.push(-(n + 1));
    for (let i = 0; i < n; i++) {
      const x: unknown = v[i];
      if (typeof x !== 'number') return false;
      values.push(x);
    }
    return true;
  }
  structure.push(n);
  for (let i = 0; i < n; i++) {
    const x: unknown = v[i];
    // A position, the most common item by far, without a call of its own: a national layer holds ~125,000.
    if (Array.isArray(x) && x.length === 2 && typeof x[0] === 'number' && typeof x[1] === 'number') {
      structure.push(-3);
      values.push(x[0], x[1]);
    } else if (!flatten(x, structure, values)) return false;
  }
  return true;
}

export function packTable(rows: readonly unknown[], strings: string[] = [], stringAt = new Map<string, number>()): PackedTable {
  const str = (v: string) => {
    let i = stringAt.get(v);
    if (i === undefined) stringAt.set(v, (i = strings.push(v) - 1));
    return i;
  };
  const shapeIndex = new Map<string, number>();
  const members: unknown[][] = [];
  const keysOf: string[][] = [];
  const shapeOf = new Int32Array(rows.length);
  const raw: unknown[] = [];
  // Rows mostly share the shape of the row before: compared key by key, the shape is found without a signature.
  let last = -1;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!isPlain(row)) {
      shapeOf[r] = RAW;
      raw.push(row);
      continue;
    }
    const keys = Object.keys(row);
    let s = last !== -1 && sameKeys(keys, keysOf[last]!) ? last : shapeIndex.get(JSON.stringify(keys));
    if (s === undefined) {
      shapeIndex.set(JSON.stringify(keys), (s = members.length));
      members.push([]);
      keysOf.push(keys);
    }
    last = s;
    shapeOf[r] = s;
    members[s]!.push(row);
  }
  const shapes = keysOf.map((keys, s): Shape => ({
    keys,
    columns: keys.map((key) => packColumn(members[s]!.map((row) => (row as Record<string, unknown>)[key]), strings, stringAt, str)),
  }));
  return { strings, shapeOf, shapes, raw };
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One column's values in the first kind that holds them all: texts, numbers, objects, nested numbers, else as they are. */
function packColumn(values: unknown[], strings: string[], stringAt: Map<string, number>, str: (v: string) => number): Column {
  let texts = true;
  let numbers = true;
  let objects = true;
  for (let i = 0; i < values.length && (texts || numbers || objects); i++) {
    const v = values[i];
    if (typeof v !== 'string' && v !== null) texts = false;
    if (typeof v !== 'number') numbers = false;
    if (objects && !isPlain(v)) objects = false;
  }
  if (texts) {
    const at = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) at[i] = values[i] === null ? -1 : str(values[i] as string);
    return { kind: 'str', at };
  }
  if (numbers) return { kind: 'num', values: Float64Array.from(values as number[]) };
  if (objects) return { kind: 'obj', table: packTable(values, strings, stringAt) };
  const structure: number[] = [];
  const leaves: number[] = [];
  if (values.every((v) => flatten(v, structure, leaves))) return { kind: 'coords', structure: Int32Array.from(structure), values: Float64Array.from(leaves) };
  return { kind: 'raw', values };
}

/** The buffers a packed table's typed arrays sit on: handed over with the message, not copied. */
export function tableBuffers(t: PackedTable, out: ArrayBuffer[] = []): ArrayBuffer[] {
  out.push(t.shapeOf.buffer as ArrayBuffer);
  for (const shape of t.shapes) {
    for (const c of shape.columns) {
      if (c.kind === 'str') out.push(c.at.buffer as ArrayBuffer);
      else if (c.kind === 'num') out.push(c.values.buffer as ArrayBuffer);
      else if (c.kind === 'coords') out.push(c.structure.buffer as ArrayBuffer, c.values.buffer as ArrayBuffer);
      else if (c.kind === 'obj') tableBuffers(c.table, out);
    }
  }
  return out;
}

export function unpackTable(t: PackedTable): unknown[] {
  const columns = t.shapes.map((shape) => shape.columns.map((c) => readColumn(c, t.strings)));
  const next = new Int32Array(t.shapes.length);
  let rawAt = 0;
  const rows: unknown[] = new Array(t.shapeOf.length);
  for (let r = 0; r < t.shapeOf.length; r++) {
    const s = t.shapeOf[r]!;
    if (s === RAW) {
      rows[r] = t.raw[rawAt++];
      continue;
    }
    const i = next[s]!++;
    const { keys } = t.shapes[s]!;
    const cols = columns[s]!;
    const row: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) row[keys[k]!] = cols[k]!(i);
    rows[r] = row;
  }
  return rows;
}

/** A column as a function from a row's place in its shape to its value. */
function readColumn(c: Column, strings: string[]): (i: number) => unknown {
  if (c.kind === 'str') return (i) => (c.at[i] === -1 ? null : strings[c.at[i]!]);
  if (c.kind === 'num') return (i) => c.values[i];
  if (c.kind === 'raw') return (i) => c.values[i];
  if (c.kind === 'obj') {
    const rows = unpackTable({ ...c.table, strings });
    return (i) => rows[i];
  }
  // Coordinates are read in row order, each value once.
  let s = 0;
  let v = 0;
  const read = (): unknown[] => {
    const n = c.structure[s++]!;
    if (n === -3) {
      // A position: a literal makes an array of two plain doubles, as packCoordinates wants them.
      v += 2;
      return [c.values[v - 2]!, c.values[v - 1]!];
    }
    const out: unknown[] = [];
    if (n < 0) for (let j = 0; j < -n - 1; j++) out.push(c.values[v++]!);
    else for (let j = 0; j < n; j++) out.push(read());
    return out;
  };
  return () => read();
}
