import type { Feature } from 'geojson';
import type { FileReport, PickedItem, ValidItem } from './FileReport.ts';
import { packTable, tableBuffers, unpackTable, type PackedTable } from './packTable.ts';
import type { InputLayer } from './layerSpecs.ts';
import type { PropertyMapping } from './propertyAliases.ts';
import type { ValidationContext } from './ValidationContext.ts';

/**
 * A file to check: one the user picked, read by the worker, or the bytes the
 * page downloaded, handed over with the message rather than copied into a
 * File (a copy of every byte on the page's thread, then a round trip through
 * the browser's blob store).
 */
export type CheckInput = {
  layer: InputLayer | null;
  mapping?: PropertyMapping;
  /**
   * False when the page reads the file itself meanwhile (a dataset's layer):
   * its report then says which features are valid (`picked`), not what they
   * are, and the page takes them from its own reading.
   */
  values?: false;
} & ({ file: File } | { name: string; bytes: Uint8Array });

/** Page → worker: files to read and check, against a dataset's context. */
export interface ValidateRequest {
  files: CheckInput[];
  ctx: ValidationContext;
}

export const inputName = (input: CheckInput): string => ('file' in input ? input.file.name : input.name);
export const inputSize = (input: CheckInput): number => ('file' in input ? input.file.size : input.bytes.byteLength);

/**
 * Worker → page: that it is alive while it waits on the files' bytes;
 * progress while checking; then the reports in the order the files came; or,
 * when even a report could not be made, why.
 */
export type ValidateMessage =
  | { type: 'alive' }
  | { type: 'progress'; fraction: number }
  | { type: 'done'; reports: PackedReport[] }
  | { type: 'failed'; message: string };

/** A report as it crosses to the page: its valid rows packed (see packTable), or which they are. */
export type PackedReport = Omit<FileReport, 'valid' | 'picked'> & { valid: PackedTable; picked?: PackedTable };

/**
 * The report of a file the page reads itself: each valid feature's place
 * and, where the checks rewrote them, its properties. A national layer's
 * features packed, sent and rebuilt on the page cost ~100 ms after the
 * checks; the page reads its copy of the file while the checker works.
 */
export function pickedReport(r: FileReport): FileReport {
  const picked = r.valid.map(({ index, id, bbox, value, rewritten }): PickedItem => (rewritten ? { index, id, bbox, properties: (value as Feature).properties ?? {} } : { index, id, bbox }));
  return { ...r, valid: [], picked };
}

/** The reports for postMessage, and the buffers to hand over with them. */
export function packReports(reports: FileReport[]): { reports: PackedReport[]; transfer: ArrayBuffer[] } {
  const packed = reports.map(({ picked, ...r }): PackedReport => ({ ...r, valid: packTable(r.valid), ...(picked ? { picked: packTable(picked) } : {}) }));
  return { reports: packed, transfer: packed.flatMap((r) => [...tableBuffers(r.valid), ...(r.picked ? tableBuffers(r.picked) : [])]) };
}

export function unpackReports(reports: PackedReport[]): FileReport[] {
  return reports.map((r): FileReport => {
    const { picked, ...rest } = r;
    return { ...rest, valid: unpackTable(r.valid) as ValidItem[], ...(picked ? { picked: unpackTable(picked) as PickedItem[] } : {}) };
  });
}

/** How often a checker at work says so: on a timer while it awaits, with its progress while it checks. */
export const HEARTBEAT_MS = 1_000;

/**
 * How long the page waits without a word from the checker before taking it
 * for dead. A worker the browser stops (out of memory), one that closes
 * itself, or one stuck in a loop sends nothing at all: no error, no message.
 * The longest step that cannot speak is parsing a file as one text (below
 * 32 MB, or a file the feature-by-feature reader passes on): about 40 MB/s
 * on a 2-core server (docs/performance.md). One second per MB allows a
 * device forty times slower, and the 30 s base a busy tab and the worker's
 * own start, so a checker that is merely slow is never cut short: a false
 * "stopped" would refuse a good file, a late one only keeps the user waiting.
 */
export function silenceLimitMs(largestFileBytes: number): number {
  return 30_000 + Math.ceil(largestFileBytes / 1_048_576) * 1_000;
}
