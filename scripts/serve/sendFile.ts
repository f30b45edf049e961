import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { byteRange } from './byteRange.ts';

/**
 * Answers a request with a file, or with the byte range it asks for (206),
 * as static hosts do: a PMTiles archive is read only that way, its header
 * first, then each tile's bytes. Every answer says ranges are served.
 */
export function sendFile(req: IncomingMessage, res: ServerResponse, file: string, size: number, headers: Record<string, string | number>): void {
  const range = byteRange(req.headers.range, size);
  const common = { ...headers, 'Accept-Ranges': 'bytes' };
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...common, 'Content-Range': `bytes */${size}` });
    res.end();
    return;
  }
  if (range) {
    res.writeHead(206, { ...common, 'Content-Range': `bytes ${range.start}-${range.end}/${size}`, 'Content-Length': range.end - range.start + 1 });
    createReadStream(file, range).pipe(res);
    return;
  }
  res.writeHead(200, { ...common, 'Content-Length': size });
  createReadStream(file).pipe(res);
}
