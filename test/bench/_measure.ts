/**
 * Shared timing for benchmark scripts: runs `work` (after an optional warm-up),
 * and prints one JSON line with wall time and the process's peak RSS so far.
 */
import { performance } from 'node:perf_hooks';
import { resourceUsage } from 'node:process';

export async function measure<T>(
  name: string,
  work: () => T | Promise<T>,
  details: (result: T) => Record<string, unknown> = () => ({}),
  options: { warmup?: boolean } = {},
): Promise<T> {
  if (options.warmup) await work();
  (globalThis as { gc?: () => void }).gc?.();
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  const peakRssMb = resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ name, ms: Math.round(ms * 10) / 10, peakRssMb: Math.round(peakRssMb), ...details(result) }));
  return result;
}
