import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyContext } from '../../../src/validate/ValidationContext.ts';

/** A checker that answers every request with `answer`, as the browser would deliver it. */
function fakeWorker(answer: unknown) {
  return class {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: unknown = null;
    onmessageerror: unknown = null;
    postMessage() {
      queueMicrotask(() => this.onmessage?.({ data: answer }));
    }
    terminate() {}
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('validateInWorker(files): the page\'s side of the checker', () => {
  it('reports a file as not checked, at once, when the checker\'s reports cannot be unpacked', async () => {
    vi.stubGlobal('Worker', fakeWorker({ type: 'done', reports: [{ file: 'a.geojson', valid: { shapeOf: null } }] }));
    const { validateInWorker } = await import('../../../src/app/validateInWorker.ts');
    const [report] = await validateInWorker([{ name: 'a.geojson', bytes: new Uint8Array(4), layer: null }], emptyContext(), () => {});
    expect(report!.file).toBe('a.geojson');
    expect(report!.valid).toEqual([]);
    expect(report!.problems.map((p) => p.code)).toEqual(['unreadable']);
  });

  it('unpacks the reports the checker sends', async () => {
    const { packReports } = await import('../../../src/validate/workerProtocol.ts');
    const valid = [{ index: 0, id: 'x', value: { id: 'x', n: 1 }, bbox: null }];
    const { reports } = packReports([{ file: 'b.geojson', layer: null, detected: null, total: 1, valid, ids: new Set(['x']), problems: [] }]);
    vi.stubGlobal('Worker', fakeWorker({ type: 'done', reports }));
    const { validateInWorker } = await import('../../../src/app/validateInWorker.ts');
    const [report] = await validateInWorker([{ name: 'b.geojson', bytes: new Uint8Array(4), layer: null }], emptyContext(), () => {});
    expect(report!.valid).toStrictEqual(valid);
  });
});
