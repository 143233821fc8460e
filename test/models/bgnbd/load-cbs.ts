/** Test helper: reads a bundled customer-by-sufficient-statistic CSV into typed arrays (columns by name). */
import { readFileSync } from 'node:fs';

export function loadCbs(file: string, columns: { x: string; tx: string; T: string }) {
  const [header, ...lines] = readFileSync(`datasets/${file}`, 'utf8').trim().split('\n');
  const names = header.split(',').map((s) => s.replaceAll('"', ''));
  const index = (name: string): number => names.indexOf(name);
  const rows = lines.map((line) => line.split(',').map(Number));
  const pick = (name: string) => Float64Array.from(rows, (r) => r[index(name)]);
  return { frequency: pick(columns.x), recency: pick(columns.tx), T: pick(columns.T), unit: 'week' as const };
}
