import type { Problem } from './Problem.ts';
import { fileProblem } from './fileProblem.ts';

/**
 * The largest file the app opens. Reading, parsing and validating happen in
 * memory, and a browser tab holds a few times the file size while doing so;
 * past this, split the file or use the CLI.
 */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export type Decoded = { text: string; problems: Problem[] } | { text: null; problems: Problem[] };

/**
 * Bytes to text. Only UTF-8 is accepted: a Vietnamese file in a legacy
 * encoding (TCVN3, VNI, Windows-1258) decodes to wrong letters with no error,
 * so it is refused and the maintainer told how to re-save it.
 */
export function decodeBytes(file: string, bytes: Uint8Array, maxBytes = MAX_FILE_BYTES): Decoded {
  if (bytes.byteLength > maxBytes) return { text: null, problems: [tooLarge(file, bytes.byteLength, maxBytes)] };
  if (bytes.byteLength === 0) return { text: null, problems: [fileProblem(file, 'empty-file', 'error', 'a GeoJSON, JSON or CSV file', 'an empty file (0 bytes)')] };
  const problems: Problem[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      text: null,
      problems: [fileProblem(file, 'not-utf8', 'error', 'text in UTF-8 (re-save the file as UTF-8)',
        `bytes that are not UTF-8 from byte ${at}, as a legacy Vietnamese encoding (TCVN3, VNI, Windows-1258) would give`)],
    };
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    problems.push(fileProblem(file, 'byte-order-mark', 'warning', 'UTF-8 without a byte-order mark', 'a byte-order mark, ignored'));
  }
  if (text.trim() === '') return { text: null, problems: [...problems, fileProblem(file, 'empty-file', 'error', 'a GeoJSON, JSON or CSV file', 'only white space')] };
  return { text, problems };
}

/** Callers check the size before reading, so a huge file is refused without being read into memory. */
export function tooLarge(file: string, bytes: number, maxBytes = MAX_FILE_BYTES): Problem {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  return fileProblem(file, 'too-large', 'error', `a file of at most ${mb(maxBytes)} (split it into smaller files)`, `${mb(bytes)}`);
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // The longest prefix that decodes; streaming, so a prefix cut inside a valid sequence still passes.
  let lo = 0;
  let hi = bytes.byteLength;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
