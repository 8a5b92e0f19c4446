import { lazy } from './lazy';

// The big generated word lists (src/data/**/*.generated.ts) hold their Arabic letters as ASCII. A
// bundle is ASCII (esbuild writes every other character of a string as a six-byte \uXXXX escape),
// and every byte of it is decoded and parsed at import, whoever calls what: one byte a letter instead
// of six makes importing khabar measurably faster (see the bench's cold-start row). The lists are
// unpacked on first use, in well under a millisecond.

// Each Arabic letter and the ASCII character it is written as, by position: the 36 letters the lists
// use, paired with characters those lists never or hardly ever hold (no digit, no letter of an ISO
// code or a kind name, no quote or backslash, which a literal would have to escape).
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى';
const STAND_INS = "!#$%&'()*+,/:<=>?@[]^_{}~bfhjklmquxz";

/** Each code unit below U+0700 mapped to its pair, or to itself. */
const swapped = lazy((): Uint16Array => {
  const table = new Uint16Array(0x0700);
  for (let c = 0; c < table.length; c++) table[c] = c;
  for (let k = 0; k < LETTERS.length; k++) {
    table[LETTERS.charCodeAt(k)] = STAND_INS.charCodeAt(k);
    table[STAND_INS.charCodeAt(k)] = LETTERS.charCodeAt(k);
  }
  return table;
});

// TextDecoder is in every runtime khabar targets (Node, browsers, Deno, Bun); ES2022's lib does not declare it.
declare const TextDecoder: new (label: string, options?: { ignoreBOM?: boolean }) => { decode(input: Uint16Array): string };

/**
 * Swaps each listed Arabic letter with its ASCII stand-in and each stand-in with its letter; every
 * other character stays. Swapping twice gives the text back, so one function packs (in the
 * generators) and unpacks (on first use): a stand-in that a list does hold is written as its letter
 * in the packed form and comes back as itself. Any string packs and unpacks to itself.
 */
export function swapArabicAscii(text: string): string {
  const table = swapped();
  const codes = new Uint16Array(text.length);
  let surrogates = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0700) codes[i] = table[c]!;
    else {
      codes[i] = c;
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    }
  }
  // the decoder is native and fast, but would turn a lone surrogate into U+FFFD
  if (!surrogates) return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(codes);
  let out = '';
  for (let i = 0; i < codes.length; i++) out += String.fromCharCode(codes[i]!);
  return out;
}
