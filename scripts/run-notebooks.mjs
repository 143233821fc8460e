#!/usr/bin/env node
/**
 * Executes the TypeScript notebooks headlessly, end to end, and saves their
 * outputs (plots included) back into the .ipynb files.
 *
 *   node scripts/run-notebooks.mjs [notebook.ipynb …]   (default: notebooks/*.ipynb)
 *
 * What it does, idempotently, on a fresh machine:
 * 1. Makes sure Debian's `jupyter-nbconvert` is there (apt-get install when
 *    missing and running as root; it pulls in jupyter-client and nbclient —
 *    no Python kernel is needed).
 * 2. Writes a tslab kernel spec pointing at node_modules/.bin/tslab into a
 *    temporary Jupyter directory (nothing is installed into ~ or /usr).
 * 3. Runs `jupyter nbconvert --execute` on each notebook into the temporary
 *    directory. A cell that throws or fails to type-check makes nbconvert
 *    fail; the notebook is then run again with errors allowed, only to print
 *    the kernel's message, and the committed file is left untouched.
 * 4. Checks the executed notebook (no error or stderr output: the library
 *    never prints, so anything on stderr is a problem), numbers the code
 *    cells (tslab does not report execution counts) and writes it in place.
 *
 * Exit code: 0 when every notebook ran cleanly, 1 otherwise (2 for bad usage).
 * Expects the library to be built (`npm run build`): notebooks import ../dist/src.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KERNEL = 'tslab';
/** Generous per-cell limit: a cell stuck this long is a bug, not a slow machine. */
const CELL_TIMEOUT_S = 300;

function main(args) {
  if (args.includes('-h') || args.includes('--help')) {
    console.log('usage: node scripts/run-notebooks.mjs [notebook.ipynb …]  (default: notebooks/*.ipynb)');
    return 0;
  }
  const notebooks = args.length > 0 ? args.map((a) => resolve(a)) : defaultNotebooks();
  const missing = notebooks.filter((file) => !existsSync(file) || !file.endsWith('.ipynb'));
  if (missing.length > 0) {
    console.error(`run-notebooks: not a notebook: ${missing.join(', ')}`);
    return 2;
  }
  if (!existsSync(join(root, 'dist/src/index.js'))) {
    console.error('run-notebooks: dist/src/index.js is missing; run `npm run build` first (npm run notebooks does).');
    return 1;
  }
  const tslab = join(root, 'node_modules/.bin/tslab');
  if (!existsSync(tslab)) {
    console.error('run-notebooks: node_modules/.bin/tslab is missing; run `npm ci` first (tslab is a devDependency).');
    return 1;
  }
  const nbconvert = ensureNbconvert();
  if (!nbconvert) return 1;

  const work = mkdtempSync(join(tmpdir(), 'clvkit-notebooks-'));
  try {
    const env = jupyterEnv(work, tslab);
    let failures = 0;
    const started = Date.now();
    for (const notebook of notebooks) {
      const t0 = Date.now();
      const problem = runOne(nbconvert, notebook, join(work, 'out'), env);
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      const name = notebook.startsWith(root) ? notebook.slice(root.length + 1) : notebook;
      if (problem) {
        failures++;
        console.error(`FAIL ${name} (${seconds} s)\n${indent(problem)}`);
      } else {
        console.log(`ok   ${name} (${seconds} s)`);
      }
    }
    console.log(`ran ${notebooks.length} notebook(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // The plain closing line CI logs are read for: "word: N passed, N failed" alone on its line.
    console.log(`notebooks: ${notebooks.length - failures} passed, ${failures} failed`);
    return failures === 0 ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function defaultNotebooks() {
  const dir = join(root, 'notebooks');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ipynb'))
    .sort()
    .map((f) => join(dir, f));
}

/** Path of jupyter-nbconvert, installing Debian's package when missing (root only). */
function ensureNbconvert() {
  const found = which('jupyter-nbconvert');
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !which('apt-get')) {
    console.error('run-notebooks: jupyter-nbconvert not found; install it (Debian: apt-get install jupyter-nbconvert).');
    return null;
  }
  console.log('run-notebooks: installing jupyter-nbconvert (apt-get) …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const argv of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'jupyter-nbconvert']]) {
    const run = spawnSync('apt-get', argv, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) {
      console.error(`run-notebooks: apt-get ${argv.join(' ')} failed (exit ${run.status})`);
      return null;
    }
  }
  return which('jupyter-nbconvert');
}

function which(command) {
  const run = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
}

/** A private Jupyter home: the tslab kernel spec, runtime files and no user config. */
function jupyterEnv(work, tslab) {
  const data = join(work, 'data');
  const kernelDir = join(data, 'kernels', KERNEL);
  mkdirSync(kernelDir, { recursive: true });
  const spec = {
    argv: [tslab, 'kernel', '--config-path', '{connection_file}'],
    display_name: 'TypeScript',
    language: 'typescript',
  };
  writeFileSync(join(kernelDir, 'kernel.json'), JSON.stringify(spec, null, 1));
  return {
    ...process.env,
    JUPYTER_PATH: data,
    JUPYTER_DATA_DIR: data,
    JUPYTER_CONFIG_DIR: join(work, 'config'),
    JUPYTER_RUNTIME_DIR: join(work, 'runtime'),
    // Plain-text stack traces from Node, no colour codes in saved outputs.
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

/** Executes one notebook; returns null on success, else a description of the failure. */
function runOne(nbconvert, notebook, outDir, env) {
  const executed = join(outDir, basename(notebook));
  rmSync(executed, { force: true });
  const run = execute(nbconvert, notebook, outDir, env, false);
  if (run.status !== 0 || !existsSync(executed)) {
    return `${nbconvertMessage(run)}${kernelMessages(nbconvert, notebook, outDir, env)}`;
  }
  const nb = JSON.parse(readFileSync(executed, 'utf8'));
  const complaints = checkOutputs(nb);
  if (complaints.length > 0) return complaints.join('\n');
  numberCells(nb);
  writeFileSync(notebook, `${JSON.stringify(nb, null, 1)}\n`);
  return null;
}

function execute(nbconvert, notebook, outDir, env, allowErrors) {
  return spawnSync(
    nbconvert,
    [
      '--to', 'notebook',
      '--execute',
      `--ExecutePreprocessor.kernel_name=${KERNEL}`,
      `--ExecutePreprocessor.timeout=${CELL_TIMEOUT_S}`,
      '--ExecutePreprocessor.record_timing=False',
      `--ExecutePreprocessor.allow_errors=${allowErrors ? 'True' : 'False'}`,
      '--output-dir', outDir,
      notebook,
    ],
    { env, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
}

/**
 * tslab reports a failed cell only on the cell's stderr stream, which nbconvert's
 * exception does not include: run again with errors allowed and show that stream.
 */
function kernelMessages(nbconvert, notebook, outDir, env) {
  const executed = join(outDir, basename(notebook));
  rmSync(executed, { force: true });
  const rerun = execute(nbconvert, notebook, outDir, env, true);
  if (rerun.status !== 0 || !existsSync(executed)) return '';
  const complaints = checkOutputs(JSON.parse(readFileSync(executed, 'utf8')));
  return complaints.length > 0 ? `\nkernel says:\n${complaints[0]}` : '';
}

/** Error outputs and stderr text, cell by cell. */
function checkOutputs(nb) {
  const complaints = [];
  nb.cells.forEach((cell, index) => {
    for (const output of cell.outputs ?? []) {
      const text = (value) => (Array.isArray(value) ? value.join('') : String(value ?? ''));
      if (output.output_type === 'error') {
        complaints.push(`cell ${index + 1}: ${output.ename}: ${output.evalue}\n${text(output.traceback)}`);
      } else if (output.output_type === 'stream' && output.name === 'stderr') {
        complaints.push(`cell ${index + 1} wrote to stderr:\n${text(output.text).trimEnd()}`);
      }
    }
  });
  return complaints;
}

/** 1, 2, 3 … over code cells, as a Python kernel would number a clean top-to-bottom run. */
function numberCells(nb) {
  let count = 0;
  for (const cell of nb.cells) {
    if (cell.cell_type !== 'code') continue;
    cell.execution_count = ++count;
    for (const output of cell.outputs ?? []) if ('execution_count' in output) output.execution_count = count;
    delete cell.metadata?.execution;
  }
}

/** nbconvert's own report: from the cell-error line when there is one (the Python stack above it says nothing). */
function nbconvertMessage(run) {
  if (run.error) return `cannot run jupyter-nbconvert: ${run.error.message}`;
  const lines = String(run.stderr ?? '').trimEnd().split('\n');
  const at = lines.findIndex((line) => line.includes('CellExecutionError:'));
  return (at >= 0 ? lines.slice(at) : lines.slice(-25)).join('\n').trimEnd();
}

function indent(text) {
  return text.split('\n').map((line) => `  ${line}`).join('\n');
}

process.exitCode = main(process.argv.slice(2));
