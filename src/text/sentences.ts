import { expectString } from './errors';
import { isArabicLetter, isDigit, isInvisible, isOddSpace, SENTENCE_TERMINALS as TERMINALS } from './charmap';

export interface Span {
  text: string;
  start: number;
  end: number;
}

const CLOSERS = ')]»”’"\'';
const PAIRS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '«': '»', '“': '”', '"': '"' };

/**
 * Splits text into sentences with exact offsets. A line break always ends a sentence (news copy puts
 * headlines, datelines and paragraphs on their own lines). Inside a line, . ! ? ؟ … end a sentence
 * when followed by a space, the line's end or an Arabic letter; not between digits (2.5), not after a
 * one-letter abbreviation (د. U.S.), and not inside a quotation or parenthesis that closes on the same
 * line. Closing quotes and brackets after the terminal stay with the sentence. ؛ never ends one: in
 * Arabic news it joins clauses.
 */
export function sentences(text: string): Span[] {
  expectString(text, 'sentences');
  const out: Span[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x2028 || c === 0x85) {
      splitLine(text, lineStart, i, out);
      lineStart = i + 1;
    }
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const closesLater = closingPositions(text, from, to);
  const open: string[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const expected = open[open.length - 1];
    if (expected !== undefined && ch === expected) {
      open.pop();
      // «… انتهى.» then a new sentence: the quotation's own terminal ends the outer sentence too
      if (open.length === 0 && i > from && TERMINALS.includes(text[i - 1]!)) {
        let j = i + 1;
        while (j < to && CLOSERS.includes(text[j]!)) j++;
        const next = j < to ? text.charCodeAt(j) : 0x20;
        if (isSpaceLike(next) || isArabicLetter(next)) {
          push(text, start, j, out);
          start = j;
          i = j - 1;
        }
      }
      continue;
    }
    const closer = PAIRS[ch];
    if (closer !== undefined && closesLater(closer, i)) {
      open.push(closer);
      continue;
    }
    if (!TERMINALS.includes(ch) || open.length > 0) continue;
    let j = i + 1;
    while (j < to && TERMINALS.includes(text[j]!)) j++;
    if (ch === '.' && j === i + 1 && (isNumberDot(text, i, to) || isAbbreviationDot(text, from, i))) continue;
    while (j < to && CLOSERS.includes(text[j]!)) j++;
    const next = j < to ? text.charCodeAt(j) : 0x20;
    if (!(isSpaceLike(next) || isArabicLetter(next))) continue;
    push(text, start, j, out);
    start = j;
    i = j - 1;
  }
  push(text, start, to, out);
}

/** For each closing character, whether it occurs after position i on this line (precomputed once per line). */
function closingPositions(text: string, from: number, to: number): (closer: string, i: number) => boolean {
  const last = new Map<string, number>();
  for (let i = to - 1; i >= from; i--) {
    const ch = text[i]!;
    if (!last.has(ch) && (ch === ')' || ch === ']' || ch === '»' || ch === '”' || ch === '"')) last.set(ch, i);
  }
  return (closer, i) => (last.get(closer) ?? -1) > i;
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpaceLike(text.charCodeAt(start))) start++;
  while (end > start && isSpaceLike(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

function isSpaceLike(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0c || c === 0x0b || isOddSpace(c) || isInvisible(c);
}

function isNumberDot(text: string, i: number, to: number): boolean {
  return i > 0 && i + 1 < to && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}

/** `د.` `U.S.`: a single letter before the dot, at a word start. */
function isAbbreviationDot(text: string, lineStart: number, i: number): boolean {
  if (i - 1 < lineStart) return false;
  const letter = text.charCodeAt(i - 1);
  if (!(isArabicLetter(letter) || (letter >= 0x41 && letter <= 0x5a) || (letter >= 0x61 && letter <= 0x7a))) return false;
  if (i - 2 < lineStart) return true;
  const before = text.charCodeAt(i - 2);
  return isSpaceLike(before) || before === 0x2e || before === 0x28;
}
