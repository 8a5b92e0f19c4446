import type { TokenStream } from './phrases';

/** Whether a line break separates token `index` from the token before it (the first token opens the text's first line). */
export function startsLine(stream: TokenStream, index: number): boolean {
  if (index === 0) return true;
  const previous = stream.tokens[index - 1];
  const token = stream.tokens[index];
  if (previous === undefined || token === undefined) return false;
  // searched in place: this runs at every token of some recognizers, and a slice would allocate
  const lineBreak = stream.source.lastIndexOf('\n', token.start - 1);
  return lineBreak >= previous.end;
}
