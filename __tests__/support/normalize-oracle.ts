// normalize() as its documentation states it, one code unit at a time and as plainly as it can be
// written: the README's fold table and NormalizeOptions' comments, turned into code that shares
// nothing with src/text (no tables, no fast paths, no buffers), so the two can be compared on any text.
import type { NormalizeOptions } from './unvalidated-index';

const inRanges = (c: number, ranges: ReadonlyArray<readonly [number, number]>): boolean => ranges.some(([a, b]) => a <= c && c <= b);

/** Tashkeel, dagger alef, Quranic marks: U+0610–061A, 064B–065F, 0670, 06D6–06ED but the signs 06DD 06DE 06E9; their spacing forms U+FE70–FE7F but FE75. */
const isMark = (c: number): boolean =>
  (inRanges(c, [[0x0610, 0x061a], [0x064b, 0x065f], [0x0670, 0x0670], [0x06d6, 0x06ed]]) && c !== 0x06dd && c !== 0x06de && c !== 0x06e9) ||
  (c >= 0xfe70 && c <= 0xfe7f && c !== 0xfe75);
/** ZWSP ZWNJ ZWJ LRM RLM, LRE RLE PDF LRO RLO, LRI RLI FSI PDI, ALM, word joiner, BOM, soft hyphen. */
const isInvisible = (c: number): boolean =>
  inRanges(c, [[0x200b, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069]]) || [0x061c, 0x2060, 0xfeff, 0x00ad].includes(c);
/** NBSP, figure and narrow spaces, the spaces U+2000–200A, the ideographic space. */
const isOddSpace = (c: number): boolean => inRanges(c, [[0x2000, 0x200a]]) || [0x00a0, 0x1680, 0x202f, 0x205f, 0x3000].includes(c);
const ALEFS = [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673];
const PERSIAN: Readonly<Record<number, number>> = { 0x06cc: 0x064a, 0x06d2: 0x064a, 0x06a9: 0x0643, 0x06c0: 0x0629, 0x06c3: 0x0629, 0x06c1: 0x0647, 0x06be: 0x0647, 0x06d4: 0x2e };
const SIGNS: Readonly<Record<number, number>> = { 0x066b: 0x2e, 0x066c: 0x2c, 0x066a: 0x25 };

/** What one UTF-16 code unit becomes under the folds `o` (each on unless false). */
function fold(c: number, o: NormalizeOptions): number[] {
  const on = (name: keyof NormalizeOptions): boolean => o[name] !== false;
  if (on('invisibles') && isInvisible(c)) return [];
  if (on('invisibles') && isOddSpace(c)) return [0x20];
  if (on('diacritics') && isMark(c)) return [];
  if (c >= 0x0600 && c <= 0x06ff) {
    if (on('tatweel') && c === 0x0640) return [];
    if (on('alef') && ALEFS.includes(c)) return [0x0627];
    if (on('alefMaksura') && c === 0x0649) return [0x064a];
    if (on('tehMarbuta') && c === 0x0629) return [0x0647];
    if (on('digits') && c >= 0x0660 && c <= 0x0669) return [0x30 + c - 0x0660];
    if (on('digits') && c >= 0x06f0 && c <= 0x06f9) return [0x30 + c - 0x06f0];
    if (on('digits') && SIGNS[c] !== undefined) return [SIGNS[c]!];
    if (on('persian') && PERSIAN[c] !== undefined) return fold(PERSIAN[c]!, o);
  }
  const presentationForm = (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
  if (presentationForm && on('presentationForms')) {
    // NFKC; the space NFKC puts before an isolated haraka or inside a phrase ligature (ﷺ) is dropped
    const compatible = String.fromCharCode(c).normalize('NFKC');
    if (compatible === String.fromCharCode(c)) return [c];
    const units = [...compatible].map((ch) => ch.charCodeAt(0)).filter((u) => !(u === 0x20 && compatible.length > 1));
    return units.flatMap((u) => fold(u, o));
  }
  return [c];
}

/** The normalized text and, for each of its code units, the offset of the unit of `text` it came from. */
export function normalizeByDocumentation(text: string, options: NormalizeOptions = {}): { text: string; offsets: number[] } {
  const units: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const unit of fold(text.charCodeAt(i), options)) {
      units.push(unit);
      offsets.push(i);
    }
  }
  offsets.push(text.length);
  let folded = '';
  for (const unit of units) folded += String.fromCharCode(unit);
  return { text: folded, offsets };
}
