import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cpuBetween, cpuSnapshot, type CpuSnapshot } from '../../../scripts/bench/processCpu.ts';

/** A snapshot from [pid, type, ms] processes and [pid, tid, name-kind, ms] renderer threads. */
function snap(processes: [number, string, number][], threads: [number, number, 'main' | 'worker' | 'other', number][]): CpuSnapshot {
  return {
    processes: new Map(processes.map(([pid, type, ms]) => [pid, { type, ms }])),
    threads: new Map(threads.map(([pid, tid, kind, ms]) => [`${pid}:${tid}`, { pid, main: kind === 'main', worker: kind === 'worker', ms }])),
  };
}

describe('cpuBetween(before, after): where a page load\'s CPU went', () => {
  it('splits the page\'s renderer into its main thread, its workers and the rest, and counts the GPU and browser processes apart', () => {
    const before = snap([[1, 'browser', 100], [2, 'gpu-process', 50], [3, 'renderer', 10]], [[3, 3, 'main', 10]]);
    const after = snap(
      [[1, 'browser', 300], [2, 'gpu-process', 1050], [3, 'renderer', 2010], [4, 'utility', 40]],
      [[3, 3, 'main', 810], [3, 30, 'worker', 700], [3, 31, 'other', 200]],
    );
    expect(cpuBetween(before, after)).toEqual({ pageMain: 800, pageWorkers: 700, pageOther: 500, gpu: 1000, browser: 240, chrome: 0 });
  });

  it('counts a renderer whose workers did not run as Chromium\'s own page, not the page\'s', () => {
    // Chromium's omnibox popup loads in a renderer of its own beside some new windows.
    const after = snap([[3, 'renderer', 900], [5, 'renderer', 1400]], [[3, 3, 'main', 500], [3, 30, 'worker', 400], [5, 5, 'main', 1400]]);
    const used = cpuBetween(snap([], []), after);
    expect(used.chrome).toBe(1400);
    expect(used.pageMain).toBe(500);
  });

  it('never counts less than nothing for a thread or process that was there before', () => {
    const before = snap([[3, 'renderer', 900]], [[3, 3, 'main', 500], [3, 30, 'worker', 400]]);
    const after = snap([[3, 'renderer', 950]], [[3, 3, 'main', 550], [3, 30, 'worker', 400], [3, 32, 'worker', 20]]);
    expect(cpuBetween(before, after)).toEqual({ pageMain: 50, pageWorkers: 20, pageOther: 0, gpu: 0, browser: 0, chrome: 0 });
  });

  it.runIf(process.platform === 'linux')('cpuSnapshot() finds a process this one started, with the CPU it has used', async () => {
    // The child spins until it has used 300 ms of CPU by its own count, says so, then waits to be killed.
    const child = spawn(process.execPath, ['-e', 'const t = process.cpuUsage(); while (process.cpuUsage(t).user < 300_000); console.log("spun"); setInterval(() => {}, 1000);']);
    try {
      await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
      const seen = cpuSnapshot()!.processes.get(child.pid!);
      expect(seen?.type).toBe('browser');
      expect(seen!.ms).toBeGreaterThanOrEqual(250);
    } finally {
      child.kill();
    }
  });
});
