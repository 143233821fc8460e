/**
 * Notebook helper: shows rows as a Markdown table, which Jupyter, VS Code and GitHub all render, so
 * tables survive in the saved notebooks as readable text. Integers get thousands separators, other
 * numbers are rounded to `digits` decimals, numeric columns are right-aligned.
 *
 * Example: showTable([{ parameter: 'r', estimate: 0.2426 }]) → | parameter | estimate | … | r | 0.243 |
 */
import * as tslab from 'tslab';

export function showTable(rows: readonly Record<string, unknown>[], digits = 3): void {
  if (rows.length === 0) {
    tslab.display.markdown('*(no rows)*');
    return;
  }
  const columns = Object.keys(rows[0]);
  const numeric = columns.map((column) => rows.every((row) => typeof row[column] === 'number'));
  // A column of counts reads 1,411; a column of amounts keeps its decimals even where a value is whole.
  const integral = columns.map((column) => rows.every((row) => typeof row[column] !== 'number' || Number.isInteger(row[column])));
  const format = (value: unknown, j: number): string => {
    if (typeof value !== 'number') return String(value ?? '').replace(/\|/g, '\\|');
    if (integral[j]) return value.toLocaleString('en-US');
    return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  };
  const lines = [
    `| ${columns.join(' | ')} |`,
    `|${numeric.map((isNumber) => (isNumber ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((row) => `| ${columns.map((column, j) => format(row[column], j)).join(' | ')} |`),
  ];
  tslab.display.markdown(lines.join('\n'));
}
