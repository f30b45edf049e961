import type { FileReport } from '../validate/FileReport.ts';
import type { InputLayer } from '../validate/layerSpecs.ts';
import type { ValidationContext } from '../validate/ValidationContext.ts';
import type { ValidateMessage, ValidateRequest } from '../validate/workerProtocol.ts';
import { phrase } from '../validate/Phrase.ts';
import { fileProblem } from '../validate/fileProblem.ts';

/**
 * Checks files in a worker of their own, one worker per batch: a batch that
 * exhausts the worker's memory takes only the worker down, and is reported
 * as such instead of freezing the tab.
 */
export function validateInWorker(
  files: { file: File; layer: InputLayer | null }[],
  ctx: ValidationContext,
  onProgress: (fraction: number) => void,
): Promise<FileReport[]> {
  const worker = new Worker(new URL('../validate/worker.ts', import.meta.url), { type: 'module' });
  return new Promise<FileReport[]>((resolve) => {
    const finish = (reports: FileReport[]) => {
      worker.terminate();
      resolve(reports);
    };
    worker.onmessage = (e: MessageEvent<ValidateMessage>) => {
      if (e.data.type === 'progress') onProgress(e.data.fraction);
      else finish(e.data.reports);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      finish(files.map(({ file, layer }) => ({
        file: file.name, layer, detected: null, total: 0, valid: [], ids: new Set<string>(),
        problems: [fileProblem(file.name, 'unreadable', 'error', phrase('expected.browserCheckable'), e.message ? phrase('found.checkerStoppedWith', { message: e.message }) : phrase('found.checkerStopped'))],
      })));
    };
    worker.postMessage({ files, ctx } satisfies ValidateRequest);
  });
}
