// Prepares the coverage view off the main thread: at national size the
// distances from stations to a thousand border communes and ten thousand
// pieces of border take a second, during which the page keeps answering.
import { prepareForApp, transferables } from './prepareForApp.ts';
import { withOutlines } from './withOutlines.ts';
import type { CoverageMessage, CoverageRequest } from './workerProtocol.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CoverageRequest>) => void) | null;
  postMessage(message: CoverageMessage, transfer?: Transferable[]): void;
};

scope.onmessage = async (e) => {
  try {
    let last = 0;
    const request = e.data.outlines ? withOutlines(e.data, await (await fetch(e.data.outlines)).json()) : e.data;
    const prepared = prepareForApp(request, (fraction) => {
      if (fraction - last < 0.02 && fraction < 1) return;
      last = fraction;
      scope.postMessage({ type: 'progress', fraction });
    });
    scope.postMessage({ type: 'done', prepared }, transferables(prepared));
  } catch (err) {
    scope.postMessage({ type: 'failed', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
};
