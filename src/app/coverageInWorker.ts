import type { CoverageMessage, CoverageRequest } from '../coverage/workerProtocol.ts';
import type { PreparedCoverage } from '../coverage/prepareForApp.ts';

/** A preparation under way: its outcome, and a way to drop it (the dataset changed). */
export interface CoverageJob {
  /** The prepared coverage; rejects when the worker could not do it (no worker, or it failed). */
  prepared: Promise<PreparedCoverage>;
  cancel(): void;
}

/** Prepares the coverage view in a worker of its own, ended as soon as it answers. */
export function coverageInWorker(req: CoverageRequest, onProgress: (fraction: number) => void): CoverageJob {
  let worker: Worker | null = null;
  let cancel = () => {};
  const prepared = new Promise<PreparedCoverage>((resolve, reject) => {
    const end = () => {
      worker?.terminate();
      worker = null;
    };
    cancel = () => {
      end();
      reject(new Error('cancelled'));
    };
    try {
      worker = new Worker(new URL('../coverage/worker.ts', import.meta.url), { type: 'module' });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    worker.onmessage = (e: MessageEvent<CoverageMessage>) => {
      if (e.data.type === 'progress') return onProgress(e.data.fraction);
      end();
      if (e.data.type === 'done') resolve(e.data.prepared);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      end();
      reject(new Error(e.message || 'coverage worker stopped'));
    };
    worker.onmessageerror = () => {
      end();
      reject(new Error('coverage worker answer could not be read'));
    };
    worker.postMessage(req);
  });
  return { prepared, cancel: () => cancel() };
}
