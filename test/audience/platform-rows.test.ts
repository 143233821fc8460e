import { describe, expect, it } from 'vitest';
import { GOOGLE_CUSTOMER_MATCH_HEADER, googleCustomerMatchRow } from '../../src/audience/google-customer-match.js';
import { META_CUSTOM_AUDIENCE_HEADER, metaCustomAudienceRow } from '../../src/audience/meta-custom-audience.js';
import { sha256Hex } from '../../src/audience/sha256-hex.js';

/** Meta Conversions API customer information parameters: published normalised inputs and SHA-256 outputs. */
const META = {
  email: '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f', // John_Smith@gmail.com
  phone: 'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176', // US (650)555-1212
  mary: '6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec', // Mary
  valery: '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c', // Valéry
};

describe('googleCustomerMatchRow', () => {
  it('googleCustomerMatchRow(...) uses the six English headers Google requires', () => {
    // Google Ads Help "Format your customer data file": Email, Phone, First Name, Last Name, Country, Zip.
    expect(GOOGLE_CUSTOMER_MATCH_HEADER).toEqual(['Email', 'Phone', 'First Name', 'Last Name', 'Country', 'Zip']);
  });

  it('googleCustomerMatchRow(...) hashes email, phone and names but leaves country and zip in clear', () => {
    // Google Ads Help 7474263: "Only the private customer data (Email, Phone, First Name, and Last Name) will be hashed".
    const row = googleCustomerMatchRow({
      email: ' John_Smith@gmail.com',
      phone: '+1 (650) 555-1212',
      first_name: ' Zoë ',
      last_name: 'PÉREZ  Gómez',
      country: 'sg',
      zip: ' WC2H  8LG ',
    });
    expect(row).toEqual([
      META.email, // same normalised email as Meta's example (no dots to drop)
      sha256Hex('+16505551212'), // Google hashes E.164 with the "+"
      sha256Hex('zoë'),
      sha256Hex('pérez gómez'),
      'SG',
      'WC2H 8LG',
    ]);
  });

  it('googleCustomerMatchRow(...) hashes the Gmail canonical form', () => {
    const dotted = googleCustomerMatchRow({ email: 'John.Smith+promo@gmail.com' })!;
    expect(dotted[0]).toBe(sha256Hex('johnsmith@gmail.com'));
  });

  it('googleCustomerMatchRow(...) needs an email, a phone, or the whole name + country + zip set', () => {
    expect(googleCustomerMatchRow({})).toBeUndefined();
    expect(googleCustomerMatchRow({ email: 'not-an-email', phone: '12' })).toBeUndefined();
    expect(googleCustomerMatchRow({ first_name: 'A', last_name: 'B', country: 'US' })).toBeUndefined();
    expect(googleCustomerMatchRow({ first_name: 'A', last_name: 'B', country: 'USA', zip: '10001' })).toBeUndefined();
    expect(googleCustomerMatchRow({ first_name: 'A', last_name: 'B', country: 'us', zip: '10001' })).toEqual([
      '',
      '',
      sha256Hex('a'),
      sha256Hex('b'),
      'US',
      '10001',
    ]);
  });
});

describe('metaCustomAudienceRow', () => {
  it('metaCustomAudienceRow(...) uses Meta\'s schema keys', () => {
    expect(META_CUSTOM_AUDIENCE_HEADER).toEqual(['EMAIL', 'PHONE', 'FN', 'LN', 'ZIP', 'CT', 'ST', 'COUNTRY']);
  });

  it('metaCustomAudienceRow(...) reproduces Meta\'s published hashes for email, phone and names', () => {
    const row = metaCustomAudienceRow(
      { email: 'John_Smith@gmail.com', phone: '(650)555-1212', first_name: 'Mary', last_name: 'Valéry' },
      { defaultCallingCode: '1' },
    )!;
    expect(row.slice(0, 4)).toEqual([META.email, META.phone, META.mary, META.valery]);
  });

  it('metaCustomAudienceRow(...) hashes location keys too, normalised per Meta\'s rules', () => {
    const row = metaCustomAudienceRow({
      email: 'a@b.com',
      first_name: "O'Brien-Smith",
      zip: '94025-1234',
      city: 'Menlo Park',
      state: 'CA',
      country: 'US',
    })!;
    const [, phone, fn, ln, zip, ct, st, country] = row;
    expect(phone).toBe('');
    expect(fn).toBe(sha256Hex('obriensmith')); // punctuation removed
    expect(ln).toBe('');
    expect(zip).toBe(sha256Hex('94025')); // US: first five digits
    expect(ct).toBe(sha256Hex('menlopark')); // letters only, no blanks
    expect(st).toBe(sha256Hex('ca'));
    expect(country).toBe(sha256Hex('us'));
  });

  it('metaCustomAudienceRow(...) keeps non-US postcodes whole, without blanks', () => {
    const row = metaCustomAudienceRow({ email: 'a@b.com', zip: 'WC2H 8LG', country: 'GB' })!;
    expect(row[4]).toBe(sha256Hex('wc2h8lg'));
  });

  it('metaCustomAudienceRow(...) does not rewrite Gmail addresses (Meta asks only for trim + lowercase)', () => {
    expect(metaCustomAudienceRow({ email: 'Jane.Doe@gmail.com' })![0]).toBe(sha256Hex('jane.doe@gmail.com'));
  });

  it('metaCustomAudienceRow(...) is undefined without a usable identifier', () => {
    expect(metaCustomAudienceRow({ city: 'Paris', country: 'FR' })).toBeUndefined();
  });
});
