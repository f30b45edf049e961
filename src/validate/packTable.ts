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
  if (v.length > 0 && typeof v[0] === 'number') {
    structure.push(-(v.length + 1));
    for (const x of v) {
      if (typeof x !== 'number') return false;
      values.push(x);
    }
    return true;
  }
  structure.push(v.length);
  for (const x of v) if (!flatten(x, structure, values)) return false;
  return true;
}

export function packTable(rows: readonly unknown[], strings: string[] = [], stringAt = new Map<string, number>()): PackedTable {
  const str = (s: string) => {
    let i = stringAt.get(s);
    if (i === undefined) stringAt.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const shapeIndex = new Map<string, number>();
  const members: unknown[][] = [];
  const keysOf: string[][] = [];
  const shapeOf = new Int32Array(rows.length);
  const raw: unknown[] = [];
  rows.forEach((row, r) => {
    if (!isPlain(row)) {
      shapeOf[r] = RAW;
      raw.push(row);
      return;
    }
    const keys = Object.keys(row);
    const sig = JSON.stringify(keys);
    let s = shapeIndex.get(sig);
    if (s === undefined) {
      shapeIndex.set(sig, (s = members.length));
      members.push([]);
      keysOf.push(keys);
    }
    shapeOf[r] = s;
    members[s]!.push(row);
  });
  const shapes = keysOf.map((keys, s): Shape => ({
    keys,
    columns: keys.map((key): Column => {
      const values = members[s]!.map((row) => (row as Record<string, unknown>)[key]);
      if (values.every((v) => typeof v === 'string' || v === null)) return { kind: 'str', at: Int32Array.from(values as (string | null)[], (v) => (v === null ? -1 : str(v))) };
      if (values.every((v) => typeof v === 'number')) return { kind: 'num', values: Float64Array.from(values as number[]) };
      if (values.every(isPlain)) return { kind: 'obj', table: packTable(values, strings, stringAt) };
      const structure: number[] = [];
      const leaves: number[] = [];
      if (values.every((v) => flatten(v, structure, leaves))) return { kind: 'coords', structure: Int32Array.from(structure), values: Float64Array.from(leaves) };
      return { kind: 'raw', values };
    }),
  }));
  return { strings, shapeOf, shapes, raw };
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
