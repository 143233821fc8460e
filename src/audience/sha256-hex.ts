/**
 * SHA-256 of a normalised identifier, as the ad platforms expect it.
 */
import { createHash } from 'node:crypto';

/**
 * Lowercase hexadecimal SHA-256 of the UTF-8 bytes of `text` (64 characters),
 * unsalted — the form both Google Customer Match and Meta custom audiences
 * match against. Normalise first; hashing is the last step.
 *
 * @example sha256Hex('john_smith@gmail.com')
 * // → '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f' (Meta's published example)
 */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
