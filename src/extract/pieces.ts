/**
 * Long texts are read in pieces of about this many characters so that a piece's normalized view and
 * tokens, the bulkiest working data, are gone before the next piece is read: memory stays flat
 * however long the input, and short-lived data dies young. Most news articles are one piece.
 */
const PIECE_CHARS = 30_000;

/**
 * Cuts `text` into pieces ending at a paragraph break (else a line break, else a space) after
 * `size` characters, so no word, sentence or expression is cut in two. A text with no break at all
 * within twice the size stays whole from there on.
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
    if (cut < 0 || cut > window) break;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, text.length]);
  return out;
}
