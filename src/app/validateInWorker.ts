import type { FileReport } from '../validate/FileReport.ts';
import type { ValidationContext } from '../validate/ValidationContext.ts';
import { inputName, inputSize, silenceLimitMs, unpackReports, type ValidateMessage, type ValidateRequest } from '../validate/workerProtocol.ts';
import { phrase, type Phrase } from '../validate/Phrase.ts';
import { fileProblem } from '../validate/fileProblem.ts';

const startChecker = () => new Worker(new URL('../validate/worker.ts', import.meta.url), { type: 'module' });
let spare: Worker | null = null;

/**
 * Starts the next batch's checker before its files are in, so its code is
 * fetched and compiled while they download (the start-up's checks wait for
 * it otherwise). Where the page may start no worker, nothing is started.
 */
export function warmChecker(): void {
  try {
    spare ??= startChecker();
  } catch {
    spare = null;
  }
}

/** Stops a checker started ahead that no batch took. */
export function coolChecker(): void {
  spare?.terminate();
  spare = null;
}

/**
 * Checks files in a worker of their own, one worker per batch: a batch that
 * exhausts the worker's memory takes only the worker down, and is reported
 * as such instead of freezing the tab. The promise always settles: on the
 * reports, or on a report per file saying the checker stopped, which it may
 * do without a word (stopped by the browser, closed, stuck): so a long
 * silence (see silenceLimitMs) counts as stopping too. Bytes given are
 * moved to the worker, not copied: the caller's are empty afterwards.
 */
export function validateInWorker(
  files: ValidateRequest['files'],
  ctx: ValidationContext,
  onProgress: (fraction: number) => void,
): Promise<FileReport[]> {
  const worker = spare ?? startChecker();
  spare = null;
  return new Promise<FileReport[]>((resolve) => {
    let settled = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const finish = (reports: FileReport[]) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      worker.terminate();
      resolve(reports);
    };
    const stoppedWith = (found: Phrase) => finish(files.map((input) => ({
      file: inputName(input), layer: input.layer, detected: null, total: 0, valid: [], ids: new Set<string>(),
      problems: [fileProblem(inputName(input), 'unreadable', 'error', phrase('expected.browserCheckable'), found)],
    })));
    const stopped = (message: string) => stoppedWith(message ? phrase('found.checkerStoppedWith', { message }) : phrase('found.checkerStopped'));
    const limit = silenceLimitMs(Math.max(0, ...files.map(inputSize)));
    const heard = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => stoppedWith(phrase('found.checkerSilent', { seconds: Math.round(limit / 1000) })), limit);
    };
    heard();
    worker.onmessage = (e: MessageEvent<ValidateMessage>) => {
      heard();
      if (e.data.type === 'alive') return;
      if (e.data.type === 'progress') onProgress(e.data.fraction);
      else if (e.data.type === 'failed') stopped(e.data.message);
      else {
        // Reports that cannot be unpacked are as good as none: said at once, not after the silence limit.
        let reports: FileReport[];
        try {
          reports = unpackReports(e.data.reports);
        } catch (err) {
          stopped(err instanceof Error ? err.message : String(err));
          return;
        }
        finish(reports);
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      stopped(e.message);
    };
    // The reports could not be copied to the page: as good as none.
    worker.onmessageerror = () => stopped('');
    try {
      worker.postMessage({ files, ctx } satisfies ValidateRequest, handedOver(files));
    } catch (err) {
      stopped(err instanceof Error ? err.message : String(err));
    }
  });
}

/** The buffers of the bytes to move to the worker rather than copy: each once, and only where the bytes are the whole buffer. */
function handedOver(files: ValidateRequest['files']): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const input of files) {
    if (!('bytes' in input)) continue;
    const { buffer, byteOffset, byteLength } = input.bytes;
    if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) buffers.add(buffer);
  }
  return [...buffers];
}
