import type { TokenStream } from './phrases';

/** Whether a line break separates token `index` from the token before it (the first token opens the text's first line). */
export function startsLine(stream: TokenStream, index: number): boolean {
  if (index === 0) return true;
  const previous = stream.tokens[index - 1];
  const token = stream.tokens[index];
  if (previous === undefined || token === undefined) return false;
  // only the gap between the two tokens is searched: a search back from the token would cross the
  // whole text when it has no line break (quadratic), and a slice would allocate at every token
  for (let at = previous.end; at < token.start; at++) if (stream.source.charCodeAt(at) === 0x0a) return true;
  return false;
}
