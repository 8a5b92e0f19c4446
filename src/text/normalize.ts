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
import { expectOptions, expectString, optionMessage } from './errors';
import { lazy } from './lazy';

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

type ResolvedNormalizeOptions = Required<NormalizeOptions>;

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

const DEFAULT_NORMALIZE_OPTIONS: Readonly<ResolvedNormalizeOptions> = Object.freeze({
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

function resolveNormalizeOptions(options: unknown): Readonly<ResolvedNormalizeOptions> {
  if (options === undefined) return DEFAULT_NORMALIZE_OPTIONS;
  const checked = expectOptions(options, 'normalize', FOLD_NAMES);
  const resolved: ResolvedNormalizeOptions = { ...DEFAULT_NORMALIZE_OPTIONS };
  for (const key of FOLD_NAMES) {
    const value = checked[key];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') throw new TypeError(optionMessage('normalize', key, 'a boolean', value));
    resolved[key] = value;
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
    const following = this.offsets[end]!;
    // the common case: nothing was removed or expanded after the last character
    if (following === lastStart + 1) return following;
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
  return normalizePart(text, 0, text.length, resolveNormalizeOptions(options));
}

/**
 * The normalized view of `text` from `from` to `to` only, its offsets still pointing into the whole
 * of `text`: lets `extract` hold the view of one piece of a long text at a time.
 */
export function normalizePart(
  text: string,
  from: number,
  to: number,
  o: Readonly<ResolvedNormalizeOptions> = DEFAULT_NORMALIZE_OPTIONS,
): NormalizedText {
  // The Arabic block is where nearly every fold happens: one table lookup per character there.
  const arabicBlock = o === DEFAULT_NORMALIZE_OPTIONS ? defaultArabicBlock() : arabicBlockTable(o);
  // Invariant: out has room for n plus one unit per input character still to read, the most the fast
  // paths below can write, so only a ligature expansion ever has to grow it. (Typed arrays drop writes
  // past their end without a word: a missed growth would cut the text silently.)
  let out = new Uint16Array(to - from + 16);
  let offsets = new Uint32Array(to - from + 17);
  let n = 0;
  const expansion: number[] = [];
  let sawSurrogate = false;
  const collect = (code: number): void => void expansion.push(code);

  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x00a0) {
      out[n] = c;
      offsets[n++] = i;
    } else if (c >= 0x0600 && c <= 0x06ff) {
      const folded = arabicBlock[c - 0x0600]!;
      if (folded >= 0) {
        out[n] = folded;
        offsets[n++] = i;
      }
    } else {
      if (c >= 0xd800 && c <= 0xdfff) sawSurrogate = true;
      expansion.length = 0;
      foldCode(c, o, collect);
      // only a ligature expansion can outgrow the input length; keep room for the rest of the input too
      const needed = n + expansion.length + (to - i - 1);
      if (needed >= out.length) {
        const grownOut = new Uint16Array(Math.max(out.length * 2, needed + 16));
        grownOut.set(out);
        out = grownOut;
        const grownOffsets = new Uint32Array(grownOut.length + 1);
        grownOffsets.set(offsets);
        offsets = grownOffsets;
      }
      for (const code of expansion) {
        out[n] = code;
        offsets[n++] = i;
      }
    }
  }
  offsets[n] = to;
  return new NormalizedText(text, decodeUtf16(out, n, sawSurrogate), offsets.subarray(0, n + 1));
}

const DELETED = -1;

// the table for the default folds, which extract and every lexicon use, is built once
const defaultArabicBlock = lazy(() => arabicBlockTable(DEFAULT_NORMALIZE_OPTIONS));

function arabicBlockTable(o: ResolvedNormalizeOptions): Int32Array {
  const table = new Int32Array(256).fill(DELETED);
  for (let k = 0; k < 256; k++) foldCode(0x0600 + k, o, (code) => (table[k] = code));
  return table;
}

/** Folds one UTF-16 code unit, emitting zero, one or (for ligatures) several code units. */
function foldCode(c: number, o: ResolvedNormalizeOptions, emit: (code: number) => void): void {
  if (c < 0x00a0) return emit(c);
  if (c >= 0x0600 && c <= 0x06ff) {
    if (o.invisibles && isInvisible(c)) return; // U+061C ARABIC LETTER MARK lives in this block
    if (o.diacritics && isArabicMark(c)) return;
    if (o.tatweel && c === TATWEEL) return;
    if (o.alef && isAlefVariant(c)) return emit(ALEF);
    if (o.alefMaksura && c === ALEF_MAKSURA) return emit(YEH);
    if (o.tehMarbuta && c === TEH_MARBUTA) return emit(HEH);
    if (o.digits) {
      const d = easternDigitValue(c);
      if (d >= 0) return emit(0x30 + d);
      const sign = NUMERIC_SIGNS.get(c);
      if (sign !== undefined) return emit(sign);
    }
    if (o.persian) {
      const arabic = PERSIAN_TO_ARABIC.get(c);
      // a Persian letter can land on a letter that another fold handles (ۀ → ة → ه)
      if (arabic !== undefined) return foldCode(arabic, o, emit);
    }
    return emit(c);
  }
  if (o.invisibles) {
    if (isInvisible(c)) return;
    if (isOddSpace(c)) return emit(0x20);
  }
  if (isPresentationForm(c)) {
    if (o.diacritics && isArabicMark(c)) return;
    if (o.presentationForms) {
      const expanded = String.fromCharCode(c).normalize('NFKC');
      // ﴾ ﴿, unassigned code points and noncharacters of these blocks fold to themselves: folding again would never end
      if (expanded.length === 1 && expanded.charCodeAt(0) === c) return emit(c);
      for (let k = 0; k < expanded.length; k++) {
        const e = expanded.charCodeAt(k);
        if (!(e === 0x20 && expanded.length > 1)) foldCode(e, o, emit);
      }
      return;
    }
  }
  emit(c);
}

// TextDecoder is in every runtime khabar targets (Node, browsers, Deno, Bun); ES2022's lib does not declare it.
declare const TextDecoder: new (label: string, options?: { ignoreBOM?: boolean }) => { decode(input: Uint16Array): string };

const CHUNK = 8192;
// one decoder for every call: making one costs about as much as decoding an article (decode without
// `stream` keeps no state between calls)
const utf16Decoder = lazy(() => new TextDecoder('utf-16le', { ignoreBOM: true }));

/**
 * TextDecoder is the fast path, but it would replace a lone surrogate with U+FFFD, so not when there
 * is one; and it must keep a leading U+FEFF (kept when the invisibles fold is off), or every offset after it shifts.
 */
function decodeUtf16(codes: Uint16Array, length: number, mayHaveLoneSurrogate: boolean): string {
  if (!mayHaveLoneSurrogate) return utf16Decoder().decode(codes.subarray(0, length));
  const chunks: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    chunks.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  }
  // join gives one flat string; += would leave a rope that is slow to index character by character
  return chunks.join('');
}
