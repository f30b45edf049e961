import type { Problem } from './Problem.ts';
import { fileProblem } from './fileProblem.ts';
import { phrase } from './Phrase.ts';

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
  if (bytes.byteLength === 0) return { text: null, problems: [fileProblem(file, 'empty-file', 'error', phrase('expected.dataFile'), phrase('found.emptyFile'))] };
  const problems: Problem[] = [];
  let text: string;
  // UTF-16 (what Windows tools write as "Unicode") is neither legacy nor unreadable: read it, and say to re-save as UTF-8.
  const wide = utf16Of(bytes);
  if (wide) {
    problems.push(fileProblem(file, 'utf-16', 'warning', phrase('expected.utf8'), phrase('found.utf16', { order: wide === 'utf-16le' ? 'LE' : 'BE' })));
    try {
      text = new TextDecoder(wide, { fatal: true }).decode(bytes);
    } catch {
      return { text: null, problems: [fileProblem(file, 'not-utf8', 'error', phrase('expected.utf8'), phrase('found.brokenUtf16', { order: wide === 'utf-16le' ? 'LE' : 'BE' }))] };
    }
    if (text.trim() === '') return { text: null, problems: [...problems, fileProblem(file, 'empty-file', 'error', phrase('expected.dataFile'), phrase('found.whitespace'))] };
    return { text, problems };
  }
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      text: null,
      problems: [fileProblem(file, 'not-utf8', 'error', phrase('expected.utf8'), phrase('found.notUtf8', { byte: at }))],
    };
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    problems.push(fileProblem(file, 'byte-order-mark', 'warning', phrase('expected.noBom'), phrase('found.bom')));
  }
  if (text.trim() === '') return { text: null, problems: [...problems, fileProblem(file, 'empty-file', 'error', phrase('expected.dataFile'), phrase('found.whitespace'))] };
  return { text, problems };
}

/** Callers check the size before reading, so a huge file is refused without being read into memory. */
export function tooLarge(file: string, bytes: number, maxBytes = MAX_FILE_BYTES): Problem {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  return fileProblem(file, 'too-large', 'error', phrase('expected.maxSize', { mb: mb(maxBytes) }), phrase('found.megabytes', { mb: mb(bytes) }));
}

/**
 * UTF-16 by its byte-order mark, or by its pattern: JSON and CSV are mostly
 * ASCII, which UTF-16 writes with a zero byte beside each letter; UTF-8
 * text has no zero bytes at all.
 */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.byteLength & ~1, 512);
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.4 && even === 0) return 'utf-16le';
  if (even > pairs * 0.4 && odd === 0) return 'utf-16be';
  return null;
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
