import {
  ALEF,
  ALEF_MAKSURA,
  HEH,
  NUMERIC_SIGNS,
  PERSIAN_TO_ARABIC,
  TATWEEL,
  TEH_MARBUTA,
  YEH,
  easternDigitValue,
  isAlefVariant,
  isArabicMark,
  isInvisible,
  isOddSpace,
  isPresentationForm,
} from './charmap';
import { describeValue, expectString } from '../errors';

/** Each fold can be switched off; all are on by default. */
export interface NormalizeOptions {
  /** Remove tashkeel (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks). */
  diacritics?: boolean;
  /** Remove tatweel/kashida (ـ). */
  tatweel?: boolean;
  /** أ إ آ ٱ → ا */
  alef?: boolean;
  /** ى → ي */
  alefMaksura?: boolean;
  /** ة → ه */
  tehMarbuta?: boolean;
  /** Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) → base letters (NFKC). */
  presentationForms?: boolean;
  /** ٠–٩ and ۰–۹ → 0–9; ٫ → . ; ٬ → , ; ٪ → % */
  digits?: boolean;
  /** Persian/Urdu letters (ی ے ک ۀ ۃ ہ ھ ۔) → Arabic ones. */
  persian?: boolean;
  /** Remove zero-width and bidi controls (ZWNJ, ZWJ, LRM, RLM, ALM, embeddings, isolates, BOM); NBSP and odd spaces → space. */
  invisibles?: boolean;
}

export type ResolvedNormalizeOptions = Required<NormalizeOptions>;

const FOLD_NAMES = [
  'diacritics',
  'tatweel',
  'alef',
  'alefMaksura',
  'tehMarbuta',
  'presentationForms',
  'digits',
  'persian',
  'invisibles',
] as const satisfies readonly (keyof NormalizeOptions)[];

export const DEFAULT_NORMALIZE_OPTIONS: Readonly<ResolvedNormalizeOptions> = Object.freeze({
  diacritics: true,
  tatweel: true,
  alef: true,
  alefMaksura: true,
  tehMarbuta: true,
  presentationForms: true,
  digits: true,
  persian: true,
  invisibles: true,
});

export function resolveNormalizeOptions(options: unknown): Readonly<ResolvedNormalizeOptions> {
  if (options === undefined) return DEFAULT_NORMALIZE_OPTIONS;
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`normalize options must be an object, got ${describeValue(options)}`);
  }
  const resolved: ResolvedNormalizeOptions = { ...DEFAULT_NORMALIZE_OPTIONS };
  for (const key of Object.keys(options)) {
    if (!(FOLD_NAMES as readonly string[]).includes(key)) {
      throw new TypeError(`unknown normalize option "${key}"; known options: ${FOLD_NAMES.join(', ')}`);
    }
    const value = (options as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') {
      throw new TypeError(`normalize option "${key}" must be a boolean, got ${describeValue(value)}`);
    }
    resolved[key as keyof ResolvedNormalizeOptions] = value;
  }
  return resolved;
}

/**
 * A normalized view of a text that remembers where every character came from.
 * `offsets[i]` is the original UTF-16 offset of normalized character `i`;
 * `offsets[text.length]` is the original length.
 */
export class NormalizedText {
  constructor(
    readonly original: string,
    readonly text: string,
    readonly offsets: Uint32Array,
  ) {}

  /** Original offset where normalized character `index` begins. */
  originalStart(index: number): number {
    return this.offsets[Math.max(0, Math.min(index, this.text.length))]!;
  }

  /**
   * Original offset where a normalized span ending at `end` ends. Marks and tatweel removed after the
   * last character belong to it; invisible controls and spaces after it do not.
   */
  originalEnd(end: number): number {
    const n = this.text.length;
    if (end <= 0) return this.offsets[0]!;
    if (end > n) end = n;
    const lastStart = this.offsets[end - 1]!;
    let next = end;
    // a ligature expanded into several characters ends where the whole ligature ends
    while (next < n && this.offsets[next] === lastStart) next++;
    let o = this.offsets[next]!;
    const src = this.original;
    while (o > lastStart + 1 && isTrailingNoise(src.charCodeAt(o - 1))) o--;
    return o;
  }

  /** Maps a normalized span back to the original string. */
  toOriginal(start: number, end: number): { start: number; end: number } {
    const s = this.originalStart(start);
    return { start: s, end: Math.max(s, this.originalEnd(end)) };
  }
}

function isTrailingNoise(c: number): boolean {
  return isInvisible(c) || isOddSpace(c) || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Returns a normalized view of `text` plus the map back to original offsets.
 * Pure and linear in the text length; the input string is never modified.
 */
export function normalize(text: string, options?: NormalizeOptions): NormalizedText {
  expectString(text, 'normalize');
  const o = resolveNormalizeOptions(options);
  const len = text.length;
  let out = new Uint16Array(len + 16);
  let offsets = new Uint32Array(len + 17);
  let n = 0;

  const push = (code: number, from: number): void => {
    if (n + 1 >= out.length) {
      const grownOut = new Uint16Array(out.length * 2 + 16);
      grownOut.set(out);
      out = grownOut;
      const grownOffsets = new Uint32Array(out.length + 1);
      grownOffsets.set(offsets);
      offsets = grownOffsets;
    }
    out[n] = code;
    offsets[n++] = from;
  };

  const fold = (c: number, from: number): void => {
    if (c < 0x00a0) {
      push(c, from);
      return;
    }
    if (c >= 0x0600 && c <= 0x06ff) {
      if (o.invisibles && isInvisible(c)) return; // U+061C ARABIC LETTER MARK lives in this block
      if (o.diacritics && isArabicMark(c)) return;
      if (o.tatweel && c === TATWEEL) return;
      if (o.alef && isAlefVariant(c)) return push(ALEF, from);
      if (o.alefMaksura && c === ALEF_MAKSURA) return push(YEH, from);
      if (o.tehMarbuta && c === TEH_MARBUTA) return push(HEH, from);
      if (o.digits) {
        const d = easternDigitValue(c);
        if (d >= 0) return push(0x30 + d, from);
        const sign = NUMERIC_SIGNS.get(c);
        if (sign !== undefined) return push(sign, from);
      }
      if (o.persian) {
        const arabic = PERSIAN_TO_ARABIC.get(c);
        // a Persian letter can land on a letter that another fold handles (ۀ → ة → ه)
        if (arabic !== undefined) return fold(arabic, from);
      }
      return push(c, from);
    }
    if (o.invisibles) {
      if (isInvisible(c)) return;
      if (isOddSpace(c)) return push(0x20, from);
    }
    if (isPresentationForm(c)) {
      if (o.diacritics && isArabicMark(c)) return;
      if (o.presentationForms) {
        const expanded = String.fromCharCode(c).normalize('NFKC');
        for (let k = 0; k < expanded.length; k++) {
          const e = expanded.charCodeAt(k);
          if (!(e === 0x20 && expanded.length > 1)) fold(e, from);
        }
        return;
      }
    }
    push(c, from);
  };

  for (let i = 0; i < len; i++) fold(text.charCodeAt(i), i);
  offsets[n] = len;
  return new NormalizedText(text, decodeUtf16(out, n), offsets.subarray(0, n + 1));
}

const CHUNK = 8192;

function decodeUtf16(codes: Uint16Array, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return s;
}
