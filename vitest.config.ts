import { defineConfig } from 'vitest/config';

// Pinned so dates format the same on every machine.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A poll waits on the page (a file re-checked in a worker, a redraw): 1 s, the default, is too short on a loaded machine.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
