import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLVKIT_VERSION } from '../src/version.js';

describe('CLVKIT_VERSION', () => {
  it('equals the version in package.json (it is written into every model file)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(CLVKIT_VERSION).toBe(pkg.version);
  });
});
