import type { Token } from '../text/tokenize';

/** What another recognizer already found at a token: people's names stop there, titles may run through it. */
export interface Claim {
  category: 'places' | 'organizations' | 'dates' | 'figures';
  /** First token after the claimed span. */
  nextToken: number;
  countryCode?: string | undefined;
  nationality?: string | undefined;
}

/** A span that claims its tokens: original offsets and what claims them (an absent code is undefined). */
export interface ClaimSpan {
  start: number;
  end: number;
  category: Claim['category'];
  countryCode?: string | undefined;
  nationality?: string | undefined;
}

/** Marks, per token, the span that claims it (spans in any order). */
export function claimTokens(tokens: readonly Token[], spans: Iterable<ClaimSpan> = []): (Claim | undefined)[] {
  return addClaims(new Array<Claim | undefined>(tokens.length), tokens, spans);
}

/** Marks more spans in `claims` (made by claimTokens over the same tokens); later spans win a token. */
export function addClaims(claims: (Claim | undefined)[], tokens: readonly Token[], spans: Iterable<ClaimSpan>): (Claim | undefined)[] {
  let after = 0;
  for (const { start, end, category, countryCode, nationality } of spans) after = claim(claims, tokens, after, start, end, category, countryCode, nationality);
  return claims;
}

/**
 * addClaims for spans of one category that carry no codes (dates, figures): their own mentions are
 * read, with no span made for each (text dense in numbers has a figure every few characters).
 */
export function addCategoryClaims(
  claims: (Claim | undefined)[],
  tokens: readonly Token[],
  spans: Iterable<{ readonly start: number; readonly end: number }>,
  category: Claim['category'],
): (Claim | undefined)[] {
  let after = 0;
  for (const { start, end } of spans) after = claim(claims, tokens, after, start, end, category, undefined, undefined);
  return claims;
}

/**
 * A Claim made with `new`: claims live for one piece of text, and a class has no allocation site for
 * V8 to pretenure, so they are born young and die in a scavenge (an object literal here was tenured,
 * and its dead claims waited in the old generation for a full collection).
 */
class ClaimRecord implements Claim {
  declare category: Claim['category'];
  declare nextToken: number;
  declare countryCode: string | undefined;
  declare nationality: string | undefined;

  constructor(category: Claim['category'], nextToken: number, countryCode: string | undefined, nationality: string | undefined) {
    this.category = category;
    this.nextToken = nextToken;
    this.countryCode = countryCode;
    this.nationality = nationality;
  }
}

/** Claims the tokens of one span; returns the token after them, where a span in text order after it is looked for first. */
function claim(
  claims: (Claim | undefined)[],
  tokens: readonly Token[],
  after: number,
  start: number,
  end: number,
  category: Claim['category'],
  countryCode: string | undefined,
  nationality: string | undefined,
): number {
  const first = firstTokenEndingAfter(tokens, start, after);
  let next = first;
  while (next < tokens.length && tokens[next]!.start < end) next++;
  // one claim object per span, shared by its tokens; a loop, as a span is a token or two and fill()
  // is a call into the runtime (Builtin_ArrayPrototypeFill in a profile of text dense in figures)
  const shared = new ClaimRecord(category, next, countryCode || undefined, nationality || undefined);
  for (let k = first; k < next; k++) claims[k] = shared;
  return next;
}

/**
 * The first token that ends after `offset`. Spans mostly come in text order, a few tokens apart
 * (a figure every other token in text dense in numbers): a few steps from `hint`, the token after the
 * last span, find it before a binary search over all the tokens would.
 */
function firstTokenEndingAfter(tokens: readonly Token[], offset: number, hint: number): number {
  if (hint <= tokens.length && (hint === 0 || tokens[hint - 1]!.end <= offset)) {
    for (let k = hint; k < hint + 4; k++) if (k === tokens.length || tokens[k]!.end > offset) return k;
  }
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (tokens[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
