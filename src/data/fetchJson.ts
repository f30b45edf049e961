import { DatasetLoadError } from './DatasetLoadError.ts';

export type FetchLike = (url: string) => Promise<Response>;

/**
 * Fetches and parses one JSON file, reporting bytes as they arrive so the
 * progress bar moves during large downloads, not only between files.
 */
export async function fetchJson(
  url: string,
  file: string,
  fetchFn: FetchLike,
  onBytes: (received: number, total: number | null) => void = () => {},
): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch (err) {
    throw new DatasetLoadError(file, 'a file the browser can download', `a network error (${describe(err)})`);
  }
  if (!res.ok) throw new DatasetLoadError(file, 'HTTP 200', `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  const text = await readText(res, onBytes);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const got = text.trim() === '' ? 'an empty file' : `text that is not JSON (${describe(err)})`;
    throw new DatasetLoadError(file, 'JSON', got);
  }
}

async function readText(res: Response, onBytes: (received: number, total: number | null) => void): Promise<string> {
  const header = res.headers.get('content-length');
  const total = header !== null && Number.isFinite(Number(header)) ? Number(header) : null;
  if (!res.body) {
    const text = await res.text();
    onBytes(text.length, total);
    return text;
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    text += decoder.decode(value, { stream: true });
    onBytes(received, total);
  }
  return text + decoder.decode();
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
