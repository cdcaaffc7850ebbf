import { performance } from 'node:perf_hooks';

/**
 * A tiny benchmark harness: operations are registered with `bench(name, fn, options)` and run
 * in registration order, each `runs` times after a few untimed warm-up runs. Not a test runner:
 * nothing fails, results are printed next to the budgets of DESIGN.md.
 */

export interface Budget {
  /** Which statistic the budget bounds. */
  readonly stat: 'median' | 'p95';
  readonly ms: number;
  /** Where the number comes from, printed with it. */
  readonly source: string;
}

export interface BenchOptions {
  readonly runs: number;
  readonly warmup?: number;
  readonly budget?: Budget;
  /** Untimed work before every run (e.g. locking again before timing an unlock). */
  readonly beforeEach?: () => Promise<void> | void;
}

export interface OperationResult {
  readonly median_ms: number;
  readonly p95_ms: number;
  /**
   * CPU time of this process per run (user + system, all its threads: GC included, a child such
   * as Chromium not). On a shared machine the wall time waits for the cores; this says what the
   * work itself cost.
   */
  readonly cpu_median_ms: number;
  readonly cpu_p95_ms: number;
  readonly runs: number;
  readonly budget: { readonly [stat: string]: number | string } | null;
  /** null when DESIGN.md sets no budget for this operation. */
  readonly within_budget: boolean | null;
}

type Operation = { name: string; fn: (run: number) => Promise<unknown> | unknown; options: BenchOptions };

export class BenchSuite {
  readonly #operations: Operation[] = [];

  /** Registers an operation; `fn` gets the run number so it can vary its input. */
  bench(name: string, fn: (run: number) => Promise<unknown> | unknown, options: BenchOptions): void {
    if (this.#operations.some((op) => op.name === name)) throw new Error(`bench "${name}" registered twice`);
    this.#operations.push({ name, fn, options });
  }

  async run(onProgress: (line: string) => void = () => undefined): Promise<Record<string, OperationResult>> {
    const results: Record<string, OperationResult> = {};
    for (const { name, fn, options } of this.#operations) {
      onProgress(`${name} × ${options.runs}`);
      for (let i = 0; i < (options.warmup ?? 3); i++) {
        await options.beforeEach?.();
        await fn(-1 - i);
      }
      const samples: number[] = [];
      const cpu: number[] = [];
      for (let run = 0; run < options.runs; run++) {
        await options.beforeEach?.();
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        await fn(run);
        samples.push(performance.now() - started);
        const used = process.cpuUsage(cpuBefore);
        cpu.push((used.user + used.system) / 1000);
      }
      results[name] = summarise(samples, options.budget, cpu);
    }
    return results;
  }
}

export function summarise(samples: readonly number[], budget?: Budget, cpu: readonly number[] = []): OperationResult {
  const median = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  const measured = budget?.stat === 'median' ? median : p95;
  return {
    median_ms: round(median),
    p95_ms: round(p95),
    cpu_median_ms: round(percentile(cpu, 50)),
    cpu_p95_ms: round(percentile(cpu, 95)),
    runs: samples.length,
    budget: budget ? { [`${budget.stat}_ms`]: budget.ms, source: budget.source } : null,
    within_budget: budget ? measured <= budget.ms : null,
  };
}

/** Nearest-rank percentile; the median of an even count is the mean of the middle two. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  if (p === 50) {
    const mid = sorted.length / 2;
    return Number.isInteger(mid) ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[Math.floor(mid)]!;
  }
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

export const round = (value: number, digits = 3) => Number(value.toFixed(digits));
