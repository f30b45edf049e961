import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Where a load's CPU went, ms, by the browser's processes and the page's
 * threads. Under SwiftShader the GPU process draws on the CPU, and on two
 * cores every thread competes with the page's: the wall time alone cannot
 * say whose work the gap between two pages is.
 */
export interface ProcessCpu {
  /** The page's renderer: its main thread (script, style, layout, MapLibre's frames). */
  pageMain: number;
  /** The page's dedicated workers (MapLibre's, the app's checkers). */
  pageWorkers: number;
  /** The page's renderer's other threads: V8's background compiling and GC, the compositor, fonts. */
  pageOther: number;
  /** The GPU process: SwiftShader's drawing and Chromium's compositing. */
  gpu: number;
  /** The browser process and its utilities (network, storage). */
  browser: number;
  /** Renderers of Chromium's own pages (its omnibox popup, which the launch flags now keep from starting): noise, not the page's. */
  chrome: number;
}

export const PROCESS_CPU_KEYS = ['pageMain', 'pageWorkers', 'pageOther', 'gpu', 'browser', 'chrome'] as const satisfies readonly (keyof ProcessCpu)[];

/** CPU so far of each process descended from this one (the browser Playwright launched), and of the threads of its renderers. */
export interface CpuSnapshot {
  processes: Map<number, { type: string; ms: number }>;
  /** Renderer threads by `pid:tid`: the main thread is the one whose id is the process's. */
  threads: Map<string, { pid: number; main: boolean; worker: boolean; ms: number }>;
}

const TICKS_PER_S = 100;

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The fields of a /proc stat line after the command's closing parenthesis (state, ppid, …). */
const fields = (stat: string) => stat.slice(stat.lastIndexOf(')') + 2).split(' ');
/** user + system time, ms; a process's own line counts its threads that have ended too. */
const cpuMs = (stat: string) => ((Number(fields(stat)[11]) + Number(fields(stat)[12])) / TICKS_PER_S) * 1000;

/** Null where there is no /proc (not Linux): the bench then leaves the CPU table out. */
export function cpuSnapshot(): CpuSnapshot | null {
  if (!existsSync('/proc/self/stat')) return null;
  const parent = new Map<number, number>();
  const stats = new Map<number, string>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const stat = read(`/proc/${d}/stat`);
    if (!stat) continue;
    parent.set(Number(d), Number(fields(stat)[1]));
    stats.set(Number(d), stat);
  }
  const ours = (pid: number): boolean => {
    for (let p = parent.get(pid), hops = 0; p && hops < 8; p = parent.get(p), hops++) if (p === process.pid) return true;
    return false;
  };
  const snap: CpuSnapshot = { processes: new Map(), threads: new Map() };
  for (const [pid, stat] of stats) {
    if (!ours(pid)) continue;
    const type = /--type=([\w-]+)/.exec(read(`/proc/${pid}/cmdline`)?.replace(/\0/g, ' ') ?? '')?.[1] ?? 'browser';
    snap.processes.set(pid, { type, ms: cpuMs(stat) });
    if (type === 'renderer') readThreads(pid, snap.threads);
  }
  return snap;
}

/** A renderer's live threads into `into`, by `pid:tid`. */
function readThreads(pid: number, into: CpuSnapshot['threads']): void {
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    const t = read(`/proc/${pid}/task/${tid}/stat`);
    const name = read(`/proc/${pid}/task/${tid}/comm`)?.trim() ?? '';
    if (t) into.set(`${pid}:${tid}`, { pid, main: Number(tid) === pid, worker: name.startsWith('DedicatedWorker'), ms: cpuMs(t) });
  }
}

/**
 * The CPU used between two snapshots, by kind. The page's renderer is the
 * one whose workers ran (both pages measured start workers); a renderer
 * with none is Chromium's own.
 */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): ProcessCpu {
  const out: ProcessCpu = { pageMain: 0, pageWorkers: 0, pageOther: 0, gpu: 0, browser: 0, chrome: 0 };
  const threadMs = new Map<number, { main: number; workers: number }>();
  for (const [key, t] of after.threads) {
    const ms = Math.max(0, t.ms - (before.threads.get(key)?.ms ?? 0));
    const per = threadMs.get(t.pid) ?? { main: 0, workers: 0 };
    if (t.main) per.main += ms;
    else if (t.worker) per.workers += ms;
    threadMs.set(t.pid, per);
  }
  for (const [pid, p] of after.processes) {
    const ms = Math.max(0, p.ms - (before.processes.get(pid)?.ms ?? 0));
    if (p.type === 'renderer') {
      const per = threadMs.get(pid);
      if (!per || per.workers === 0) {
        out.chrome += ms;
        continue;
      }
      out.pageMain += per.main;
      out.pageWorkers += per.workers;
      out.pageOther += Math.max(0, ms - per.main - per.workers);
    } else if (p.type === 'gpu-process') out.gpu += ms;
    else out.browser += ms;
  }
  return out;
}

/**
 * The CPU used from now until stop(), by kind (null where there is no
 * /proc). Read every `everyMs` and merged: a thread that ends (the app's
 * checkers end after each check) keeps its last reading, so its CPU counts
 * as a worker's rather than vanishing into its process's total.
 */
export function sampleCpu(everyMs = 100): { stop(): ProcessCpu | null } {
  const before = cpuSnapshot();
  const merged = before && { processes: new Map(before.processes), threads: new Map(before.threads) };
  let ticks = 0;
  // Only the renderers' threads between full readings (every third): listing every process costs the bench's own CPU.
  const take = (full: boolean) => {
    if (!merged) return;
    if (full) {
      const next = cpuSnapshot()!;
      for (const [key, t] of next.threads) merged.threads.set(key, t);
      merged.processes = next.processes;
      return;
    }
    for (const [pid, p] of merged.processes) if (p.type === 'renderer') readThreads(pid, merged.threads);
  };
  const timer = setInterval(() => take(++ticks % 3 === 0), everyMs);
  return {
    stop() {
      clearInterval(timer);
      take(true);
      return before && merged && cpuBetween(before, merged);
    },
  };
}
