import { isArabicLetter, isDigit, SENTENCE_TERMINALS } from '../text/charmap';

/**
 * Long texts are read in pieces of about this many characters so that a piece's normalized view and
 * tokens, the bulkiest working data, are gone before the next piece is read: memory stays flat
 * however long the input, short-lived data dies young, and each stage's passes over a piece's tokens
 * stay in the processor's caches (one piece of a million characters made every stage several times
 * slower per token). Most news articles are one piece.
 */
const PIECE_CHARS = 30_000;

/**
 * Text with a space at least every third character (`1 م 1 م …`, twice as dense as any news article
 * of ANERcorp, whose densest has one in 4.7) is cut at a third of the size: such a piece then holds
 * about as many tokens as a piece of prose (5,000), where 30,000 characters held 15,000 and their
 * working data outlived a young-generation collection more often (in pieces of 30,000 characters 100 kB
 * of `1 م ` took a sixth longer, 1 MB a third longer, timed in one process beside each other).
 */
const DENSE_PIECE_CHARS = 10_000;
const DENSE_SPACES_PER_CHAR = 1 / 3;
const DENSITY_SAMPLE = 3_000;

/**
 * Cuts `text` into pieces ending at a paragraph break (else a line break, else a space: after a
 * sentence's end, else between two words, else one not after a number) after `size` characters, so no
 * word, sentence or expression is cut in two; text dense in spaces is cut after a third of the size
 * (DENSE_PIECE_CHARS). A text with no white space within twice the size is no prose: it is cut where a number starts right after an Arabic letter
 * (`…م|1م…`), a place the tokenizer always splits and where a number opens its own expression, else
 * after a mark of punctuation between two letters (`a.|a.…`), from half the size on. A text with
 * neither (one word of letters) stays whole from there on.
 */
export function pieces(text: string, size = PIECE_CHARS): Array<[from: number, to: number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  const denseSize = Math.min(size, DENSE_PIECE_CHARS);
  // a text as short as a dense piece (most news articles) is one piece, its spaces never counted
  while (text.length - from > denseSize) {
    const length = isSpaceDense(text, from, denseSize) ? denseSize : size;
    if (text.length - from <= length) break;
    const at = from + length;
    const window = Math.min(text.length, at + length);
    let cut = text.indexOf('\n\n', at);
    if (cut < 0 || cut > window) cut = text.indexOf('\n', at);
    if (cut < 0 || cut > window) cut = spaceBetweenExpressions(text, at, window);
    // such text can hold a token at every character (1م1م…), five times as many as prose: its pieces
    // are cut at half the size, where they hold no more tokens than stay in the caches (at the full size,
    // 1 MB of 1م took a third longer)
    // (at least a character on: a piece is never empty, so a size of 1 still ends)
    const half = from + Math.max(1, Math.floor(size / 2));
    if (cut < 0 || cut > window) cut = numberAfterLetter(text, half, window);
    if (cut < 0) cut = markBetweenLetters(text, half, window);
    if (cut < 0) break;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, text.length]);
  return out;
}

/**
 * Whether the text from `from` holds more than DENSE_SPACES_PER_CHAR spaces per character, judged on
 * its first DENSITY_SAMPLE characters (at most `size`): one loop over a few thousand characters, not
 * a call per space over the whole piece, which took 3% of the time of 1 MB of `1 م `.
 */
function isSpaceDense(text: string, from: number, size: number): boolean {
  const end = Math.min(text.length, from + Math.min(size, DENSITY_SAMPLE));
  let spaces = 0;
  for (let k = from; k < end; k++) if (text.charCodeAt(k) === 0x20) spaces++;
  return spaces > (end - from) * DENSE_SPACES_PER_CHAR;
}

/** A character that is no digit (isDigit's), then a space with no digit after it (nor the end of the text). */
const SPACE_BETWEEN_WORDS = /[^0-9\u0660-\u0669\u06F0-\u06F9] (?![0-9\u0660-\u0669\u06F0-\u06F9])/;

/**
 * The first space in [from, to] where a line with no break can be cut without cutting an expression
 * in two, or -1: one after a sentence's end (SENTENCE_TERMINALS, as sentences() ends them), else one between two words (no digit on
 * either side: a number's unit, multiplier or month is written after a space, `1 م`, `5 آلاف`,
 * `14 مارس 2024`), else one not right after a number, else any space. A cut at any space took the
 * unit from one figure in a thousand of 1 MB of `1 م ` written on one line. The first two are
 * searched for in the window as a whole, not by a step per space: text of numbers and units
 * (`1 م 1 م …`) has no space between words, and a space every other character.
 */
function spaceBetweenExpressions(text: string, from: number, to: number): number {
  // the window with the character before its first space and the one after its last
  const stretch = text.slice(from - 1, to + 2);
  let terminal = -1;
  for (const mark of SENTENCE_TERMINALS) {
    const k = stretch.indexOf(mark + ' ');
    if (k >= 0 && (terminal < 0 || k < terminal)) terminal = k;
  }
  if (terminal >= 0 && terminal + 1 <= to - from + 1) return from + terminal;
  // the match starts at the character before the space
  const betweenWords = stretch.search(SPACE_BETWEEN_WORDS);
  if (betweenWords >= 0 && betweenWords <= to - from) return from + betweenWords;
  let any = -1;
  for (let k = text.indexOf(' ', from); k >= 0 && k <= to; k = text.indexOf(' ', k + 1)) {
    if (!isDigit(text.charCodeAt(k - 1))) return k;
    if (any < 0) any = k;
  }
  return any;
}

/**
 * The first offset in [from, to) of a digit right after an Arabic letter, or -1. An Arabic word
 * holds no digits and a number no letters, so the two are always separate tokens (only a web
 * address holds both in one token, and none runs 30,000 characters).
 */
function numberAfterLetter(text: string, from: number, to: number): number {
  for (let k = Math.max(1, from); k < to; k++) {
    if (isDigit(text.charCodeAt(k)) && isArabicLetter(text.charCodeAt(k - 1))) return k;
  }
  return -1;
}

/** A letter, then one character that is neither letter, digit, mark, format control nor space, then a letter. */
const MARK_BETWEEN_LETTERS = /(?<=\p{L})[^\p{L}\p{N}\p{M}\p{Cf}\p{Cs}\s](?=\p{L})/u;

/**
 * The first offset in [from, to) right after a mark of punctuation between two letters (`a.|b`,
 * `ب/|ج`), or -1. Text with no white space and no number after a letter for twice a piece's size
 * (a megabyte of `a.` and one `@`) was read as one piece: a million tokens whose working data
 * outlived every young collection (1 MB took 2.5 times as long per byte as 100 kB). Such a cut
 * splits no word or number (a letter is on each side; `1.5` is not cut); it would split a web or
 * e-mail address of more than 15,000 characters, which no text holds.
 */
function markBetweenLetters(text: string, from: number, to: number): number {
  // from two characters back, so that a cut at `from` itself (a mark at from - 1) is seen with its letters
  const start = Math.max(0, from - 2);
  const mark = text.slice(start, to).search(MARK_BETWEEN_LETTERS);
  return mark < 0 ? -1 : start + mark + 1;
}
