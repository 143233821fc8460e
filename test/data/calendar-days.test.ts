import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, daysInMonth, formatDay } from '../../src/data/calendar-days.js';

describe('daysFromCivil', () => {
  it('daysFromCivil agrees with Date.UTC for every day from 1600-01-01 to 2400-12-31 (brute force reference)', () => {
    const bad: string[] = [];
    for (let year = 1600; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) {
          const expected = Date.UTC(year, month - 1, day) / 86_400_000;
          if (daysFromCivil(year, month, day) !== expected) bad.push(`${year}-${month}-${day}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('daysFromCivil(1997, 9, 30) is 10,134 (27 years incl. 7 leap days to 1997-01-01, then 272 days)', () => {
    expect(daysFromCivil(1997, 9, 30)).toBe(27 * 365 + 7 + 272);
  });
});

describe('civilFromDays', () => {
  it('civilFromDays inverts daysFromCivil over ±150,000 days around the epoch', () => {
    const bad: number[] = [];
    for (let z = -150_000; z <= 150_000; z++) {
      const { year, month, day } = civilFromDays(z);
      if (daysFromCivil(year, month, day) !== z || day > daysInMonth(year, month)) bad.push(z);
    }
    expect(bad).toEqual([]);
  });

  it('civilFromDays ignores the fraction of a day', () => {
    expect(civilFromDays(10_134.99)).toEqual({ year: 1997, month: 9, day: 30 });
  });
});

describe('daysInMonth', () => {
  it('daysInMonth applies the Gregorian leap rule (1900 no, 2000 yes, 2024 yes, 2023 no)', () => {
    expect([1900, 2000, 2024, 2023].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 29, 28]);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });
});

describe('formatDay', () => {
  it('formatDay writes a whole day as YYYY-MM-DD and a fraction as a UTC time', () => {
    expect(formatDay(10_134)).toBe('1997-09-30');
    expect(formatDay(10_134.5)).toBe('1997-09-30T12:00:00Z');
    expect(formatDay(10_134 + 0.25 + 1 / 86_400_000)).toBe('1997-09-30T06:00:00.001Z');
  });
});
