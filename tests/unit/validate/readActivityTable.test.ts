import { afterEach, describe, expect, it } from 'vitest';
import { readActivityCsv } from '../../../src/validate/readActivityTable.ts';

const CSV = 'areaId,periodStart,periodEnd,metric,value,unit,status\n12,2024-01-01,2024-06-30,patrols,224,sessions,sourced\n';
const realFunction = globalThis.Function;

describe('readActivityCsv(file, text)', () => {
  afterEach(() => {
    globalThis.Function = realFunction;
  });

  it('reads a table without building code at run time, as a page whose CSP forbids eval requires', () => {
    globalThis.Function = (() => { throw new Error('new Function is forbidden here'); }) as unknown as FunctionConstructor;
    const r = readActivityCsv('t.csv', CSV);
    expect(r.problems).toEqual([]);
    expect(r.records).toEqual([{ areaId: '12', periodStart: '2024-01-01', periodEnd: '2024-06-30', metric: 'patrols', value: 224, unit: 'sessions', status: 'sourced' }]);
  });
});
