// Character facts for Arabic text, kept apart from the code that folds or tokenizes with them.
// Every range here is a Unicode fact; nothing is specific to one article.

/** Harakat, tanwin, shadda, sukun, dagger alef, Quranic annotation marks (U+0610–061A, 064B–065F, 0670, 06D6–06ED). */
export function isArabicMark(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    // isolated/medial spacing forms of the harakat in the presentation block
    (c >= 0xfe70 && c <= 0xfe7f && c !== 0xfe75)
  );
}

export const TATWEEL = 0x0640;

/** Zero-width and bidi controls: they change rendering, never meaning. */
export function isInvisible(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // LRE RLE PDF LRO RLO
    (c >= 0x2066 && c <= 0x2069) || // LRI RLI FSI PDI
    c === 0x061c || // ARABIC LETTER MARK
    c === 0x2060 || // WORD JOINER
    c === 0xfeff || // BOM / ZWNBSP
    c === 0x00ad // SOFT HYPHEN
  );
}

/** Every space separator (Unicode Zs) but the plain space: NBSP, Ogham space, U+2000–200A, U+202F, U+205F, U+3000. */
export function isOddSpace(c: number): boolean {
  return c === 0x00a0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

export function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

/** أ إ آ ٱ and the rarer wavy-hamza alefs. */
export function isAlefVariant(c: number): boolean {
  return c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671 || c === 0x0672 || c === 0x0673;
}

/** ASCII, Arabic-Indic and Eastern Arabic-Indic digits. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** The letters of the Arabic block (hamza to yeh, and the extended letters after the digits). */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
}

/** The marks that end a sentence inside a line (sentences.ts). */
export const SENTENCE_TERMINALS = '.!?؟…۔';

export const ALEF = 0x0627;
export const ALEF_MAKSURA = 0x0649;
export const YEH = 0x064a;
export const TEH_MARBUTA = 0x0629;
export const HEH = 0x0647;

/** Persian/Urdu letters that show up in Arabic news copied from Urdu or Persian sites. */
export const PERSIAN_TO_ARABIC: ReadonlyMap<number, number> = new Map([
  [0x06cc, 0x064a], // ی Farsi yeh → ي
  [0x06d2, 0x064a], // ے yeh barree → ي
  [0x06a9, 0x0643], // ک keheh → ك
  [0x06c0, 0x0629], // ۀ heh with yeh above → ة
  [0x06c3, 0x0629], // ۃ teh marbuta goal → ة
  [0x06c1, 0x0647], // ہ heh goal → ه
  [0x06be, 0x0647], // ھ heh doachashmee → ه
  [0x06d4, 0x002e], // ۔ Urdu full stop → .
]);

/** ٠–٩ and ۰–۹ → value 0–9, or -1. */
export function easternDigitValue(c: number): number {
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

/** ٫ ٬ ٪: the Arabic decimal separator, thousands separator and percent sign, with their ASCII twins. */
export const NUMERIC_SIGNS: ReadonlyMap<number, number> = new Map([
  [0x066b, 0x002e],
  [0x066c, 0x002c],
  [0x066a, 0x0025],
]);
