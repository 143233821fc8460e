/**
 * Email normalisation before hashing or comparing.
 */

export interface NormaliseEmailOptions {
  /**
   * Canonicalise Gmail addresses (gmail.com, googlemail.com): drop every "."
   * of the local part and anything from the first "+" (Gmail delivers all
   * these variants to one mailbox). Default false.
   */
  readonly gmailCanonical?: boolean;
}

/**
 * Trimmed, lowercased email (Unicode NFC first, so composed and decomposed
 * accents hash alike), or undefined when the text is not an address: no
 * single "@" with text on both sides, or blanks inside.
 *
 * Platform rules this serves:
 * - Meta (Conversions API customer information parameters, `em`): "Trim any
 *   leading and trailing spaces. Convert all characters to lowercase."
 * - Google Ads API ("Normalize and hash user-provided data"): trim,
 *   lowercase, and for gmail.com / googlemail.com remove the periods before
 *   the domain. Google's pages disagree on "+" suffixes: the Customer Match
 *   guide asks only for trim + lowercase (and says periods need not be
 *   removed), while the enhanced-conversions page has been read as requiring
 *   dot and "+suffix" removal for every domain (googleads/google-ads-php
 *   issue #1119); Google's own client-library samples strip dots for Gmail
 *   only and keep "+" suffixes. `gmailCanonical` removes both, for Gmail
 *   only — provably the same mailbox — and never touches other domains,
 *   where "first.last" and "firstlast" may be different people.
 *
 * @example
 * normaliseEmail('  Jane.Doe+news@GoogleMail.com ', { gmailCanonical: true }) // → 'janedoe@googlemail.com'
 * normaliseEmail('John_Smith@gmail.com') // → 'john_smith@gmail.com'
 */
export function normaliseEmail(raw: string | undefined, options: NormaliseEmailOptions = {}): string | undefined {
  if (raw === undefined) return undefined;
  const email = raw.normalize('NFC').trim().toLowerCase();
  const at = email.indexOf('@');
  if (at <= 0 || at !== email.lastIndexOf('@') || at === email.length - 1 || /\s/.test(email)) return undefined;
  const domain = email.slice(at + 1);
  if (!options.gmailCanonical || (domain !== 'gmail.com' && domain !== 'googlemail.com')) return email;
  let local = email.slice(0, at);
  const plus = local.indexOf('+');
  if (plus >= 0) local = local.slice(0, plus);
  local = local.replaceAll('.', '');
  return local === '' ? undefined : `${local}@${domain}`;
}
