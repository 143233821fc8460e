import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, runClv } from './run-clv.js';

const dir = mkdtempSync(join(tmpdir(), 'clv-audience-'));
const predictions = join(dir, 'customers.csv');
writeFileSync(
  predictions,
  [
    'customer_id,status,reason,predicted_ltv,p_alive,value_tier,lifecycle,rfm_segment',
    'a,scored,,120.5,0.9,top-1,active,champions',
    'b,scored,,80,0.2,top-5,at-risk,cant-lose',
    'c,scored,,80,0.95,top-5,active,loyal',
    'd,scored,,3,0.5,rest,cooling,hibernating',
    'e,rejected,row 7: date not a date,,,,,',
  ].join('\n'),
);
const attributes = join(dir, 'attributes.csv');
writeFileSync(attributes, 'customer_id,email,phone,country\na, Alice.Smith@Example.com ,+1 212 555 0100,US\nc,,,\n');
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('clv audience', () => {
  it('clv audience --top-n orders by predicted LTV then id and skips rejected customers', () => {
    const run = runClv(['audience', predictions, '--top-n', '3', '-q']);
    expect(run.code).toBe(0);
    expect(parseCsv(run.stdout).map((r) => r.customer_id)).toEqual(['a', 'b', 'c']);
  });

  it('clv audience combines criteria with AND and reports the counts as JSON', () => {
    const out = join(dir, 'active.csv');
    const run = runClv(['audience', predictions, '--top-n', '3', '--min-p-alive', '0.5', '-o', out, '--json', '-q']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ customers: 4, selected: 2, written: 2, skippedRejected: 1 });
    expect(parseCsv(readFileSync(out, 'utf8')).map((r) => r.customer_id)).toEqual(['a', 'c']);
  });

  it('clv audience --format meta writes normalised, SHA-256-hashed identifiers and counts those lacking one', () => {
    const out = join(dir, 'meta.csv');
    const run = runClv(['audience', predictions, '--segment', 'active', '--format', 'meta', '--attributes', attributes, '-o', out, '--json', '-q']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ selected: 2, lackingIdentifiers: 1, written: 1 });
    const text = readFileSync(out, 'utf8');
    // Meta: trim + lowercase the email, phone as digits with country code, then SHA-256 hex.
    expect(text).toContain(sha('alice.smith@example.com'));
    expect(text).toContain(sha('12125550100'));
    expect(text).not.toContain('Alice');
  });

  it('clv audience --exclude leaves suppressed customers out', () => {
    const suppress = join(dir, 'suppress.csv');
    writeFileSync(suppress, 'customer_id\nb\n');
    const run = runClv(['audience', predictions, '--top-n', '3', '--exclude', suppress, '-q']);
    expect(run.code).toBe(0);
    expect(parseCsv(run.stdout).map((r) => r.customer_id)).toEqual(['a', 'c']);
  });

  it('clv audience without a criterion exits 2', () => {
    const run = runClv(['audience', predictions]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/choose who to export/);
  });

  it('clv audience with a bad percentage exits 2', () => {
    const run = runClv(['audience', predictions, '--top', '150%']);
    expect(run.code).toBe(2);
  });
});
