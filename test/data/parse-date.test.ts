import { describe, expect, it } from 'vitest';
import { parseDateBytes, parseDateValue } from '../../src/data/parse-date.js';

const DAY_MS = 86_400_000;
const parse = (text: string, format: Parameters<typeof parseDateValue>[1] = 'auto') => parseDateValue(text, format);

describe('parseDateBytes / parseDateValue', () => {
  it('parseDateValue reads YYYY-MM-DD, YYYY/MM/DD and yyyyMMdd as the same day (reference: Date.UTC)', () => {
    const expected = Date.UTC(1997, 8, 30) / DAY_MS;
    expect(parse('1997-09-30')).toBe(expected);
    expect(parse('1997/09/30')).toBe(expected);
    expect(parse('19970930')).toBe(expected);
    expect(parse(' 19970930 ')).toBe(expected);
  });

  it('parseDateValue reads ISO datetimes with the fraction of the day, equal to Date.parse / 86.4e6', () => {
    const cases = [
      '2014-03-08T13:45',
      '2014-03-08T13:45:30',
      '2014-03-08T13:45:30.250Z',
      '2014-03-08T23:30:00+02:00',
      '2014-03-08T01:30:00-05:30',
      '2000-02-29T00:00:00Z',
    ];
    for (const text of cases) {
      const reference = Date.parse(text.includes('Z') || /[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`) / DAY_MS;
      expect(parse(text)).toBeCloseTo(reference, 10);
    }
  });

  it("parseDateValue reads 'YYYY-MM-DD HH:mm:ss' (lifetimes' example_transactions.csv) like the T form", () => {
    expect(parse('2014-03-08 00:00:00')).toBe(Date.UTC(2014, 2, 8) / DAY_MS);
    expect(parse('2014-03-08 18:00:00')).toBe(Date.UTC(2014, 2, 8) / DAY_MS + 0.75);
  });

  it('parseDateValue accepts compact offsets ±hhmm and ±hh', () => {
    expect(parse('2020-01-01T00:00+0130')).toBe(parse('2019-12-31T22:30Z'));
    expect(parse('2020-01-01T00:00-03')).toBe(parse('2020-01-01T03:00Z'));
  });

  it('parseDateValue returns NaN for impossible or malformed dates', () => {
    for (const text of ['1997-02-29', '1997-13-01', '1997-00-10', '1997-09-31', '19970931', '1997-9-30', '97-09-30',
      '', 'yesterday', '2020-01-01T25:00', '2020-01-01T10:60', '2020-01-01T10:00X', '2020-01-01T10', '2020-01-01T10:00:00+25:00',
      '1997-09-30x', '2020-01-01T10:00:5', '2020-01-01T10:00:00.']) {
      expect(parse(text), text).toBeNaN();
    }
  });

  it("parseDateValue with format 'iso' rejects yyyyMMdd, and with 'yyyyMMdd' rejects ISO", () => {
    expect(parse('19970930', 'iso')).toBeNaN();
    expect(parse('1997-09-30', 'yyyyMMdd')).toBeNaN();
    expect(parse('1997/09/30', 'iso')).toBeNaN();
  });

  it("parseDateValue with 'MM/dd/yyyy' and 'dd/MM/yyyy' reads 1- or 2-digit parts and an optional time", () => {
    const expected = Date.UTC(2021, 2, 4) / DAY_MS;
    expect(parse('03/04/2021', 'MM/dd/yyyy')).toBe(expected);
    expect(parse('3/4/2021', 'MM/dd/yyyy')).toBe(expected);
    expect(parse('04.03.2021', 'dd/MM/yyyy')).toBe(expected);
    expect(parse('4-3-2021 12:00', 'dd/MM/yyyy')).toBe(expected + 0.5);
    expect(parse('13/04/2021', 'MM/dd/yyyy')).toBeNaN();
    expect(parse('03/04/21', 'MM/dd/yyyy')).toBeNaN();
  });

  it('parseDateValue takes a Date as its UTC instant and a number such as 19970930 as yyyyMMdd', () => {
    expect(parseDateValue(new Date(Date.UTC(2020, 0, 1, 6)), 'auto')).toBe(Date.UTC(2020, 0, 1) / DAY_MS + 0.25);
    expect(parseDateValue(19970930, 'auto')).toBe(parse('1997-09-30'));
    expect(parseDateValue(null, 'auto')).toBeNaN();
    expect(parseDateValue(Number.NaN, 'auto')).toBeNaN();
  });

  it('parseDateBytes reads only the byte range it is given', () => {
    const bytes = Buffer.from('x,19970930,y');
    expect(parseDateBytes(bytes, 2, 10, 'auto')).toBe(parse('1997-09-30'));
  });
});
