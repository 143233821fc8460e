/**
 * Text widths in DejaVu Sans, the font the PNGs are drawn with, so Vega can
 * lay out titles, legends and labels without a canvas. Vega's built-in
 * fallback guesses 0.8 em per character — about 30% too wide for Latin text —
 * which leaves empty margins and thins out axis labels needlessly.
 *
 * The advance widths (per 1000 em) were read from the hmtx/cmap tables of
 * DejaVuSans.ttf and DejaVuSans-Bold.ttf (fonts-dejavu-core 2.37); other
 * characters get 0.62 em (wide scripts: 1 em). Kerning is ignored (< 2%).
 */
const GLYPHS: string = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~£°±²³·×Σαμρσ–—‘’“”•…€←→√≈≤≥";
const REGULAR: readonly number[] = [318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838, 636, 500, 838, 401, 401, 318, 838, 632, 659, 636, 635, 634, 500, 1000, 318, 318, 518, 518, 590, 1000, 636, 838, 838, 637, 838, 838, 838];
const BOLD: readonly number[] = [348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838, 696, 500, 838, 438, 438, 380, 838, 683, 687, 736, 716, 779, 500, 1000, 380, 380, 657, 657, 639, 1000, 696, 838, 838, 667, 838, 838, 838];

const REGULAR_WIDTH = new Map<string, number>();
const BOLD_WIDTH = new Map<string, number>();
[...GLYPHS].forEach((glyph, i) => {
  REGULAR_WIDTH.set(glyph, REGULAR[i]);
  BOLD_WIDTH.set(glyph, BOLD[i]);
});

/**
 * Width in pixels of a single line of text at `fontSize` px, in DejaVu Sans
 * (bold when `bold`): Σ advance(char) × fontSize / 1000.
 *
 * Example: `dejaVuTextWidth('Week', 12)` = (989 + 615 + 615 + 579) × 12 / 1000 ≈ 33.6.
 */
export function dejaVuTextWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD_WIDTH : REGULAR_WIDTH;
  let width = 0;
  for (const ch of text) {
    const known = table.get(ch);
    width += known ?? ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1000 : 620);
  }
  return (width * fontSize) / 1000;
}
