/**
 * Long texts are read in pieces of about this many characters so that a piece's normalized view and
 * tokens, the bulkiest working data, are gone before the next piece is read: memory stays flat
 * however long the input, short-lived data dies young, and each stage's passes over a piece's tokens
 * stay in the processor's caches (one piece of a million characters made every stage several times
 * slower per token). Most news articles are one piece.
 */
const PIECE_CHARS = 30_000;

/**
 * Cuts `text` into pieces ending at a paragraph break (else a line break, else a space) after
 * `size` characters, so no word, sentence or expression is cut in two. A text with no white space
 * within twice the size is no prose: it is cut where a number starts right after an Arabic letter
 * (`…م|1م…`), a place the tokenizer always splits and where a number opens its own expression, from
 * half the size on. A text with neither stays whole from there on.
 */
export function pieces(text: string, size = PIECE_CHARS): Array<[from: number, to: number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (text.length - from > size) {
    const at = from + size;
    const window = Math.min(text.length, at + size);
    let cut = text.indexOf('\n\n', at);
    if (cut < 0 || cut > window) cut = text.indexOf('\n', at);
    if (cut < 0 || cut > window) cut = text.indexOf(' ', at);
    // such text can hold a token at every character (1م1م…), five times as many as prose: its pieces
    // are cut at half the size, where they hold no more tokens than stay in the caches (at the full size,
    // 1 MB of 1م took a third longer)
    if (cut < 0 || cut > window) cut = numberAfterLetter(text, from + Math.floor(size / 2), window);
    if (cut < 0) break;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, text.length]);
  return out;
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

/** ASCII, Arabic-Indic and Eastern Arabic-Indic digits. */
const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);

/** The letters of the Arabic block (hamza to yeh, and the extended letters after the digits). */
const isArabicLetter = (c: number): boolean => (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
