import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { unpackReports, type ValidateMessage } from '../../../src/validate/workerProtocol.ts';
import { emptyContext } from '../../../src/validate/ValidationContext.ts';
import { MAX_FILE_BYTES } from '../../../src/validate/decodeBytes.ts';

/** The worker's global scope, as the worker module sees it: what it posts is kept. */
const posted: ValidateMessage[] = [];
let onmessage: (e: { data: unknown }) => void;

beforeAll(async () => {
  const scope = { onmessage: null as unknown, postMessage: (m: ValidateMessage) => posted.push(m), addEventListener: () => {} };
  (globalThis as { self?: unknown }).self = scope;
  await import('../../../src/validate/worker.ts');
  onmessage = scope.onmessage as typeof onmessage;
});

/** Sends a request and waits for the worker's last word. */
async function ask(data: unknown): Promise<ValidateMessage> {
  posted.length = 0;
  onmessage({ data });
  for (let i = 0; i < 100 && !posted.some((m) => m.type !== 'progress'); i++) await new Promise((r) => setTimeout(r, 5));
  return posted.find((m) => m.type !== 'progress')!;
}

const file = (name: string, bytes: Uint8Array | null) => ({
  name, size: bytes?.byteLength ?? 10,
  arrayBuffer: () => (bytes ? Promise.resolve(bytes.buffer) : Promise.reject(new DOMException('The file could not be read', 'NotReadableError'))),
});

describe('the validation worker always answers', () => {
  it('a file that cannot be read is reported as unreadable, and the next file is still checked', async () => {
    const good = new Uint8Array(readFileSync('tests/fixtures/in/bad/properties-not-object.geojson'));
    const answer = await ask({ files: [{ file: file('gone.geojson', null), layer: null }, { file: file('props.geojson', good), layer: null }], ctx: emptyContext() });
    expect(answer.type).toBe('done');
    const reports = answer.type === 'done' ? unpackReports(answer.reports) : [];
    expect(reports.map((r) => r.file)).toEqual(['gone.geojson', 'props.geojson']);
    expect(reports[0]!.problems.map((p) => p.code)).toEqual(['unreadable']);
    expect(reports[1]!.problems.map((p) => p.code)).toContain('properties-not-object');
    expect(reports[1]!.valid).toHaveLength(1);
  });

  it('bytes handed over by the page are checked as the same file picked by a user is', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/in/bad/properties-not-object.geojson'));
    const picked = await ask({ files: [{ file: file('props.geojson', bytes), layer: null }], ctx: emptyContext() });
    const handed = await ask({ files: [{ name: 'props.geojson', bytes, layer: null }], ctx: emptyContext() });
    expect(handed.type).toBe('done');
    expect(handed).toEqual(picked);
  });

  it('bytes over the size limit are refused unread, as a file is', async () => {
    const answer = await ask({ files: [{ name: 'huge.geojson', bytes: new Uint8Array(MAX_FILE_BYTES + 1), layer: null }], ctx: emptyContext() });
    const reports = answer.type === 'done' ? unpackReports(answer.reports) : [];
    expect(reports.map((r) => [r.file, r.problems.map((p) => p.code)])).toEqual([['huge.geojson', ['too-large']]]);
  });

  it('a request it cannot make sense of is answered with "failed", never with silence', async () => {
    const answer = await ask({ files: null, ctx: null });
    expect(answer).toMatchObject({ type: 'failed' });
  });
});

describe('a file the page reads itself (values: false)', () => {
  const text = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { id: 3451, name: 'Mù Cả', kind: 'commune', provinceId: '12' }, geometry: { type: 'Polygon', coordinates: [[[102.2, 22.2], [102.3, 22.2], [102.3, 22.3], [102.2, 22.2]]] } },
      { type: 'Feature', properties: { id: '03452', name: 'Ka Lăng', kind: 'commune', provinceId: '12' }, geometry: { type: 'Polygon', coordinates: [[[102.4, 22.2], [102.5, 22.2], [102.5, 22.3], [102.4, 22.2]]] } },
      { type: 'Feature', properties: { id: '03453', name: 'Thu Lũm', kind: 'commune', provinceId: '12' }, geometry: { type: 'Point', coordinates: [102.6, 22.2] } },
    ],
  });
  const ask2 = (values?: false) => ask({ files: [{ name: 'communes.geojson', bytes: new TextEncoder().encode(text), layer: 'communes', ...(values === false ? { values } : {}) }], ctx: emptyContext() });

  it('is answered with which features are valid, and the properties only of those the checks read otherwise', async () => {
    const answer = await ask2(false);
    const [r] = answer.type === 'done' ? unpackReports(answer.reports) : [];
    expect(r!.valid).toEqual([]);
    expect(r!.picked!.map((p) => [p.index, p.id, p.properties?.id])).toEqual([[0, '03451', '03451'], [1, '03452', undefined]]);
    expect(r!.picked![0]!.bbox).toEqual([102.2, 22.2, 102.3, 22.3]);
  });

  it('has the same problems, ids and counts as when the worker sends the features', async () => {
    const full = await ask2();
    const picked = await ask2(false);
    const [a] = full.type === 'done' ? unpackReports(full.reports) : [];
    const [b] = picked.type === 'done' ? unpackReports(picked.reports) : [];
    const { valid, ...rest } = a!;
    const { picked: which, valid: none, ...same } = b!;
    expect(same).toEqual(rest);
    expect(which!.map((p) => p.index)).toEqual(valid.map((v) => v.index));
    expect(none).toEqual([]);
  });
});
