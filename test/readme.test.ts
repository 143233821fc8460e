import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The first ```ts block after a heading. */
function codeAfter(heading: string): string {
  const section = readme.slice(readme.indexOf(heading));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error(`no ts block after ${heading}`);
  return match[1];
}

describe('README', () => {
  it('the library example runs as written and gives the numbers its comments state', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clv-readme-'));
    const example = codeAfter('## The library')
      .replace("from 'clvkit'", `from ${JSON.stringify(join(ROOT, 'dist/src/index.js'))}`)
      .replace("'out/bgnbd.json'", JSON.stringify(join(dir, 'bgnbd.json')));
    const script = join(dir, 'example.mjs');
    writeFileSync(script, `${example}\nconsole.log(JSON.stringify({ b: bgnbd.params, g: gg.params, converged: bgnbd.converged, n: clv.length, alive: alive.length, next52: next52.length, rejects: rejects.length, excluded: excluded.length }));\n`);
    const run = spawnSync(process.execPath, [script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    const stated = (text: string) => Object.fromEntries([...text.matchAll(/(\w+): ([\d.]+)/g)].map(([, k, v]) => [k, Number(v)]));
    const bStated = stated(/bgnbd\.params;\s*\/\/ (\{[^}]*\})/.exec(example)![1]);
    const gStated = stated(/fitGammaGamma\(rfm\);\s*\/\/ (\{[^}]*\})/.exec(example)![1]);
    for (const [name, value] of Object.entries(bStated)) expect(out.b[name]).toBeCloseTo(value, 4);
    for (const [name, value] of Object.entries(gStated)) expect(out.g[name]).toBeCloseTo(value, 2);
    expect(out).toMatchObject({ converged: true, n: 2357, alive: 2357, next52: 2357, rejects: 0, excluded: 0 });
    expect(JSON.parse(readFileSync(join(dir, 'bgnbd.json'), 'utf8')).kind).toBe('bgnbd');
  });

  it('the quick start is exactly two commands: install and run, then test', () => {
    const quickStart = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1].trim().split('\n');
    expect(quickStart.map((line) => line.replace(/\s+#.*$/, ''))).toEqual(['npm install && npm start', 'npm test']);
  });
});
