import { describe, expect, it } from 'vitest';
import { parseAmountBytes, parseAmountValue } from '../../src/data/parse-amount.js';
import { createRandom } from '../../src/math/random-source.js';

const bytesOf = (text: string) => parseAmountBytes(Buffer.from(text), 0, Buffer.byteLength(text));

/** A seeded uniform stream (the project's own generator, src/math/random-source). */
function seededUniform(seed: number): () => number {
  const random = createRandom(seed);
  return () => random.next();
}

describe('parseAmountBytes', () => {
  it('parseAmountBytes gives the same double as Number() for 100,000 random decimals (reference: Number)', () => {
    const random = seededUniform(42);
    const mismatches: string[] = [];
    for (let k = 0; k < 100_000; k++) {
      const digits = 1 + Math.floor(random() * 15);
      let text = '';
      for (let d = 0; d < digits; d++) text += Math.floor(random() * 10);
      const dot = Math.floor(random() * (digits + 1));
      if (dot < digits) text = `${text.slice(0, dot)}.${text.slice(dot)}`;
      if (random() < 0.1) text = `-${text}`;
      if (!Object.is(bytesOf(text), Number(text))) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });

  it('parseAmountBytes falls back to Number() for exponents and long mantissas', () => {
    expect(bytesOf('1.5e3')).toBe(1500);
    expect(bytesOf('12345678901234567890.5')).toBe(Number('12345678901234567890.5'));
    expect(bytesOf('0.1234567890123456789012345')).toBe(Number('0.1234567890123456789012345'));
  });

  it('parseAmountBytes ignores surrounding blanks and accepts a sign, a leading or trailing dot', () => {
    expect(bytesOf('  29.33 ')).toBe(29.33);
    expect(bytesOf('+4')).toBe(4);
    expect(bytesOf('.5')).toBe(0.5);
    expect(bytesOf('5.')).toBe(5);
    expect(bytesOf('-0.00')).toBe(-0);
  });

  it('parseAmountBytes returns NaN for text that is not a plain finite number', () => {
    for (const text of ['', ' ', '-', '.', '1,234.50', '$5', '5$', 'NaN', 'Infinity', '0x10', '1e999', '1.2.3', '1_000', '--1']) {
      expect(bytesOf(text), text).toBeNaN();
    }
  });
});

describe('parseAmountValue', () => {
  it('parseAmountValue passes finite numbers through and parses numeric strings', () => {
    expect(parseAmountValue(3.25)).toBe(3.25);
    expect(parseAmountValue('3.25')).toBe(3.25);
    expect(parseAmountValue(Number.POSITIVE_INFINITY)).toBeNaN();
    expect(parseAmountValue(null)).toBeNaN();
    expect(parseAmountValue(true)).toBeNaN();
  });
});
