import { fileProblem } from '../validate/fileProblem.ts';
import { phrase } from '../validate/Phrase.ts';
import type { Problem } from '../validate/Problem.ts';

export type FetchLike = (url: string) => Promise<Response>;

/**
 * Fetches one file as bytes, reporting them as they arrive so the progress
 * bar moves during large downloads, not only between files. Decoding and
 * parsing are the validator's, as for files the user opens; a file that
 * cannot be had at all is a problem naming it, never a throw.
 */
export async function fetchBytes(
  url: string,
  fetchFn: FetchLike,
  onBytes: (received: number, total: number | null) => void = () => {},
): Promise<{ bytes: Uint8Array } | { problem: Problem }> {
  const unreadable = (found: Problem['found']) => ({ problem: fileProblem(url, 'unreadable', 'error', phrase('expected.downloadable'), found) });
  try {
    const res = await fetchFn(url);
    if (!res.ok) {
      const found = res.status === 404 ? phrase('found.http404') : phrase('found.httpStatus', { status: res.status });
      return { problem: fileProblem(url, 'unreadable', 'error', phrase('expected.onServer'), found) };
    }
    return { bytes: await readBytes(res, onBytes) };
  } catch (err) {
    return unreadable(phrase('found.networkError', { message: err instanceof Error ? err.message : String(err) }));
  }
}

async function readBytes(res: Response, onBytes: (received: number, total: number | null) => void): Promise<Uint8Array> {
  const header = res.headers.get('content-length');
  const total = header !== null && Number.isFinite(Number(header)) ? Number(header) : null;
  if (!res.body) {
    const bytes = new Uint8Array(await res.arrayBuffer());
    onBytes(bytes.byteLength, total);
    return bytes;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onBytes(received, total);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}
