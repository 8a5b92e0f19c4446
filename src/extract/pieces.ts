import type { NormalizedText } from '../text/normalize';

/**
 * Long texts are read in pieces of about this many characters so that tokens, the bulkiest working
 * data, never exist for more than one piece at a time: memory stays flat however long the input.
 * A news article is far shorter and is always one piece.
 */
export const PIECE_CHARS = 200_000;

/**
 * Cuts the normalized view into pieces ending at a paragraph break (else a line break, else a
 * space) after PIECE_CHARS characters, so no word, sentence or expression is cut in two.
 */
export function pieces(view: NormalizedText, size = PIECE_CHARS): Array<[from: number, to: number]> {
  const t = view.text;
  const out: Array<[number, number]> = [];
  let from = 0;
  while (t.length - from > size) {
    const at = from + size;
    const window = Math.min(t.length, at + size);
    let cut = t.indexOf('\n\n', at);
    if (cut < 0 || cut > window) cut = t.indexOf('\n', at);
    if (cut < 0 || cut > window) cut = t.indexOf(' ', at);
    if (cut < 0 || cut > window) break;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, t.length]);
  return out;
}
