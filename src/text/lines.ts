import type { TokenStream } from './phrases';

/** Whether a line break separates token `index` from the token before it (the first token opens the text's first line). */
export function startsLine(stream: TokenStream, index: number): boolean {
  if (index === 0) return true;
  const previous = stream.tokens[index - 1];
  const token = stream.tokens[index];
  return previous !== undefined && token !== undefined && hasLineBreak(stream.source, previous.end, token.start);
}

/** Whether tokens `from` and `to` both exist and no line break comes between them. */
export function sameLine(stream: TokenStream, from: number, to: number): boolean {
  const first = stream.tokens[from];
  const last = stream.tokens[to];
  return first !== undefined && last !== undefined && !hasLineBreak(stream.source, first.end, last.start);
}

// only the gap between two tokens is searched: a search back from a token would cross the whole
// text when it has no line break (quadratic), and a slice would allocate at every token
function hasLineBreak(source: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (source.charCodeAt(at) === 0x0a) return true;
  return false;
}

/** The tokens that open a line, in order: found from the line breaks, not by testing every token. */
export function lineStarts(stream: TokenStream): number[] {
  const { source, tokens } = stream;
  const starts = tokens.length > 0 ? [0] : [];
  for (let lineBreak = source.indexOf('\n'); lineBreak >= 0; lineBreak = source.indexOf('\n', lineBreak + 1)) {
    const next = firstTokenFrom(tokens, lineBreak + 1);
    if (next < tokens.length && next !== starts[starts.length - 1]) starts.push(next);
    // the rest of a run of blank lines opens the same token
    if (next < tokens.length) lineBreak = Math.max(lineBreak, tokens[next]!.start - 1);
    else break;
  }
  return starts;
}

function firstTokenFrom(tokens: TokenStream['tokens'], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Tokens before a slash dateline's first slash: its city, up to three words (`أبو ظبي`, `دار السلام`). */
export const MAX_DATELINE_CITY_TOKENS = 3;
/** Parts after the city: an author or two, then the agency (`غزة/ محمد ماجد/ الأناضول`). */
const MAX_DATELINE_PARTS = 4;
/** Tokens in one part after the city. */
const MAX_DATELINE_PART_TOKENS = 4;
/** A slash dateline's tokens at most: its city, and its parts with the slash before each. */
export const MAX_SLASH_DATELINE_TOKENS = MAX_DATELINE_CITY_TOKENS + MAX_DATELINE_PARTS * (MAX_DATELINE_PART_TOKENS + 1);

/**
 * The parts of a slash dateline opening a line at token `lineStart` (`إسطنبول/ الأناضول`, `غزة/ محمد
 * ماجد/ الأناضول`), as [first, next) token ranges after the city, the last one the agency; empty when
 * the line is no such dateline: a line of a city of words, a slash, and short parts between slashes
 * to the line's end, nothing else. What stands there is an author or an agency, whatever else the
 * words name (الأناضول is Anatolia and the agency).
 */
export function slashDatelineParts(stream: TokenStream, lineStart: number): (readonly [number, number])[] {
  const { tokens } = stream;
  let slash = lineStart;
  while (slash < tokens.length && slash - lineStart <= MAX_DATELINE_CITY_TOKENS && tokens[slash]!.kind === 'word' && !startsLine(stream, slash + 1)) slash++;
  if (slash === lineStart || !isSlash(tokens[slash])) return [];
  const parts: (readonly [number, number])[] = [];
  let first = slash + 1;
  for (;;) {
    if (first >= tokens.length || startsLine(stream, first)) return [];
    let next = first;
    while (next < tokens.length && !startsLine(stream, next) && !isSlash(tokens[next])) {
      if (tokens[next]!.kind !== 'word' && tokens[next]!.kind !== 'latin') return [];
      next++;
    }
    if (next === first || next - first > MAX_DATELINE_PART_TOKENS || parts.length === MAX_DATELINE_PARTS) return [];
    parts.push([first, next]);
    if (next >= tokens.length || startsLine(stream, next)) return parts;
    first = next + 1;
  }
}

function isSlash(token: TokenStream['tokens'][number] | undefined): boolean {
  return token !== undefined && token.kind === 'punctuation' && token.text === '/';
}
