/**
 * The notebooks are committed with their outputs (issue 5): `npm run notebooks` executes them and
 * saves the results. These checks need no Jupyter and run with the unit tests, so a notebook that was
 * edited but not re-run, or that points at a module that has moved, is caught early. The notebook
 * format is nbformat 4 (https://nbformat.readthedocs.io/en/latest/format_description.html).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = join(ROOT, 'notebooks');

interface Output {
  output_type: string;
  name?: string;
  data?: Record<string, unknown>;
}
interface Cell {
  cell_type: string;
  source: string | string[];
  execution_count?: number | null;
  metadata: Record<string, unknown>;
  outputs?: Output[];
}
interface Notebook {
  nbformat: number;
  metadata: { kernelspec?: { name?: string } };
  cells: Cell[];
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.ipynb')).sort();
const load = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Notebook;
const text = (value: string | string[]) => (Array.isArray(value) ? value.join('') : value);
const codeOf = (nb: Notebook) => nb.cells.filter((c) => c.cell_type === 'code').map((c) => text(c.source)).join('\n');

describe('notebooks/', () => {
  it('holds the quick start, model checking and marketer workflow notebooks', () => {
    expect(files).toEqual(['01-quick-start.ipynb', '02-model-checking.ipynb', '03-marketer-workflow.ipynb']);
  });

  describe.each(files)('%s', (file) => {
    const nb = load(file);
    const code = nb.cells.filter((c) => c.cell_type === 'code');

    it('is an nbformat 4 notebook for the tslab (TypeScript) kernel that opens with a Markdown title', () => {
      expect(nb.nbformat).toBe(4);
      expect(nb.metadata.kernelspec?.name).toBe('tslab');
      expect(nb.cells[0].cell_type).toBe('markdown');
      expect(text(nb.cells[0].source)).toMatch(/^# \S/);
    });

    it('is saved executed top to bottom: code cells numbered 1 … n, without timing metadata', () => {
      expect(code.length).toBeGreaterThan(0);
      expect(code.map((c) => c.execution_count)).toEqual(code.map((_, i) => i + 1));
      for (const cell of code) expect(cell.metadata).not.toHaveProperty('execution');
    });

    it('has no error and nothing on stderr in its saved outputs', () => {
      const bad = code.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === 'error' || o.name === 'stderr');
      expect(bad).toEqual([]);
    });

    it('keeps at least one rendered plot (SVG) and one table among its outputs', () => {
      const kinds = new Set(code.flatMap((c) => c.outputs ?? []).flatMap((o) => Object.keys(o.data ?? {})));
      expect(kinds).toContain('image/svg+xml');
      expect(kinds).toContain('text/markdown');
    });

    it('imports only built modules whose sources exist', () => {
      const paths = [...codeOf(nb).matchAll(/'\.\.\/dist\/(src\/[^']+)\.js'/g)].map((m) => m[1]);
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.filter((p) => !existsSync(join(ROOT, `${p}.ts`)))).toEqual([]);
    });

    it('imports from the public door only names that src/index.ts exports', async () => {
      const door = (await import(join(ROOT, 'dist/src/index.js'))) as Record<string, unknown>;
      // Cells load clvkit as `const { a, b } = (await importEsm('../dist/src/index.js')) as …` (see import-esm.cjs).
      const names = [...codeOf(nb).matchAll(/const\s*\{([^}]*)\}\s*=\s*\(await importEsm\('\.\.\/dist\/src\/index\.js'\)\)/g)]
        .flatMap((m) => m[1].split(','))
        .map((name) => name.trim())
        .filter((name) => name !== '' && !name.startsWith('type ')) // types leave no trace at run time
        .map((name) => name.split(/\s+as\s+/)[0]);
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => !(name in door))).toEqual([]);
    });
  });
});
