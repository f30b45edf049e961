import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export function readInput<T>(name: string): T {
  return JSON.parse(readFileSync(resolve(FIXTURES, 'in', name), 'utf8')) as T;
}

/**
 * Compares with tests/fixtures/out/<name>. UPDATE=1 rewrites the file
 * instead, never on CI, where a missing golden file fails the test.
 */
export function expectGolden(name: string, actual: unknown): void {
  const file = resolve(FIXTURES, 'out', name);
  const text = `${JSON.stringify(actual, null, 1)}\n`;
  if (process.env.UPDATE === '1' && !process.env.CI) {
    writeFileSync(file, text);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${file} is missing: run the test with UPDATE=1 to write it, and review it`);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
