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

const CHUNK = 8192;

/**
 * Swaps each listed Arabic letter with its ASCII stand-in and each stand-in with its letter; every
 * other character stays. Swapping twice gives the text back, so one function packs (in the
 * generators) and unpacks (on first use): a stand-in that a list does hold is written as its letter
 * in the packed form and comes back as itself. Any string packs and unpacks to itself.
 */
export function swapArabicAscii(text: string): string {
  const table = swapped();
  const chunks: string[] = [];
  const codes = new Uint16Array(Math.min(text.length, CHUNK));
  for (let from = 0; from < text.length; from += CHUNK) {
    const to = Math.min(text.length, from + CHUNK);
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      codes[i - from] = c < 0x0700 ? table[c]! : c;
    }
    chunks.push(String.fromCharCode.apply(null, codes.subarray(0, to - from) as unknown as number[]));
  }
  return chunks.join('');
}
