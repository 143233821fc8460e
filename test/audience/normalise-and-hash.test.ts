import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/audience/sha256-hex.js';
import { normaliseEmail } from '../../src/audience/normalise-email.js';
import { normalisePhone } from '../../src/audience/normalise-phone.js';
import { UsageError } from '../../src/errors.js';

describe('sha256Hex', () => {
  it('sha256Hex("abc") is the FIPS 180-2 test vector', () => {
    // FIPS 180-2, Appendix B.1 (one-block message "abc").
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('sha256Hex(...) hashes the UTF-8 bytes (Meta example: "정" → 8fa8cd9c…)', () => {
    // Meta Conversions API, customer information parameters, fn examples.
    expect(sha256Hex('정')).toBe('8fa8cd9c440be61d0151429310034083132b35975c4bea67fdd74158eb51db14');
    expect(sha256Hex('valéry')).toBe('08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c');
  });
});

describe('normaliseEmail', () => {
  it('normaliseEmail(...) trims and lowercases (Meta example: John_Smith@gmail.com → hash 62a14e44…)', () => {
    // Meta Conversions API customer information parameters, `em` example input/normalised/expected SHA-256.
    const email = normaliseEmail('  John_Smith@gmail.com ');
    expect(email).toBe('john_smith@gmail.com');
    expect(sha256Hex(email!)).toBe('62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f');
  });

  it('normaliseEmail(...) matches Snap\'s published example (Person@Example.com → 542d2401…)', () => {
    // Snap Marketing API, Conversions API parameters, `em` example.
    expect(sha256Hex(normaliseEmail('Person@Example.com')!)).toBe('542d240129883c019e106e3b1b2d3f3cb3537c43c425364de8e951d5a3083345');
  });

  it('normaliseEmail(...) with gmailCanonical drops dots and "+suffix" for gmail.com and googlemail.com only', () => {
    // Google Ads API "Normalize and hash user-provided data": remove periods before the domain in gmail.com/googlemail.com.
    expect(normaliseEmail('Jane.Doe+news@GoogleMail.com', { gmailCanonical: true })).toBe('janedoe@googlemail.com');
    expect(normaliseEmail('jane.doe@gmail.com', { gmailCanonical: true })).toBe('janedoe@gmail.com');
    expect(normaliseEmail('jane.doe+x@example.com', { gmailCanonical: true })).toBe('jane.doe+x@example.com');
    expect(normaliseEmail('jane.doe@gmail.com')).toBe('jane.doe@gmail.com');
  });

  it('normaliseEmail(...) composes accents (NFC) so both Unicode spellings hash alike', () => {
    expect(normaliseEmail('vale\u0301ry@example.com')).toBe(normaliseEmail('val\u00e9ry@example.com'));
  });

  it.each(['', '   ', 'no-at-sign', '@example.com', 'a@', 'a@b@c', 'a b@example.com', '+@gmail.com'])(
    'normaliseEmail(%j) is undefined (not an address)',
    (raw) => {
      expect(normaliseEmail(raw, { gmailCanonical: true })).toBeUndefined();
    },
  );
});

describe('normalisePhone', () => {
  it('normalisePhone(...) keeps international numbers (Google examples +12125650000, +442070313000)', () => {
    // Google Ads API team (adwords-api forum): E.164 "up to fifteen digits starting with a + sign", e.g. these two.
    expect(normalisePhone('+1 212-565-0000')).toBe('+12125650000');
    expect(normalisePhone('+44 20 7031 3000')).toBe('+442070313000');
    expect(normalisePhone('+44 (0)20 7031 3000')).toBe('+442070313000');
    expect(normalisePhone('0044 20 7031 3000')).toBe('+442070313000');
  });

  it('normalisePhone(...) reproduces Meta\'s US example: (650)555-1212 → 16505551212 → e323ec62…', () => {
    // Meta Conversions API customer information parameters, `ph` example (digits with country code, no "+").
    const e164 = normalisePhone('(650)555-1212', { defaultCallingCode: '1' });
    expect(e164).toBe('+16505551212');
    expect(sha256Hex(e164!.slice(1))).toBe('e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176');
  });

  it('normalisePhone(...) reproduces Snap\'s UK example: +44 844 412 4653 → 448444124653 → dc008fda…', () => {
    // Snap Marketing API, Conversions API parameters, `ph` example.
    expect(sha256Hex(normalisePhone('+44 844 412 4653')!.slice(1))).toBe('dc008fda46e2e64002cf2f82a4906236282d431c4f75e5b60bfe79fc48546383');
  });

  it('normalisePhone(...) reads numbers without "+" as carrying their country code (Google template "1-800-888-8888")', () => {
    // Google Customer Match template: "The only formatting requirement is to include country code".
    expect(normalisePhone('1-800-888-8888')).toBe('+18008888888');
    expect(normalisePhone('1(800)888-8888')).toBe('+18008888888');
  });

  it('normalisePhone(...) adds the default calling code after dropping the trunk 0, except for Italy', () => {
    expect(normalisePhone('020 7031 3000', { defaultCallingCode: '44' })).toBe('+442070313000');
    expect(normalisePhone('06 1234 5678', { defaultCallingCode: '39' })).toBe('+390612345678');
    expect(normalisePhone('1 650 555 1212', { defaultCallingCode: '1' })).toBe('+16505551212');
    expect(normalisePhone('+49 30 1234567', { defaultCallingCode: '44' })).toBe('+49301234567');
  });

  it.each(['', 'n/a', '020 7031 3000', '+1 800 FLOWERS', '12+34567890', '+1234', '+1234567890123456', '+0123456789'])(
    'normalisePhone(%j) is undefined (cannot be E.164)',
    (raw) => {
      expect(normalisePhone(raw)).toBeUndefined();
    },
  );

  it('normalisePhone(...) throws UsageError for a malformed default calling code', () => {
    expect(() => normalisePhone('123', { defaultCallingCode: 'UK' })).toThrow(UsageError);
    expect(() => normalisePhone('123', { defaultCallingCode: '0044' })).toThrow(UsageError);
  });
});
