import type { TextContext } from '../contracts/context';
import { isConjunctionLetter } from '../text/clitics';
import { hasArticle } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { readDigits, type DigitReading } from './digits';
import type { FigureLexicon, LexiconPhrase, WordTable } from './lexicon';

/** A lexicon entry found in a token, with the clitics left in front of it and where it starts. */
export interface WordMatch<T> {
  entry: T;
  /** Normalized proclitics before the matched word ('' when none). */
  prefix: string;
  /** Original offset where the matched word begins (after its proclitics). */
  start: number;
}

// Proclitics the splitter leaves on a word too short to split (وما، بما): a fixed phrase may still
// start there.
const PROCLITIC_LETTERS = 'وفبلك';
const BEH = 0x0628;
/** Number tokens up to this many characters are read anew when asked again (see digitsAt). */
const SHORT_NUMBER = 16;

/** Token-level questions the figure rules ask, over one text; remembers its answers and the unit words' texts. */
export class TokenReader {
  readonly tokens: readonly Token[];
  // The rules ask about the same token many times (a number's reading, whether the word after it is
  // a number word or a unit): answers are kept in a slot per token, null for none. Text dense in
  // numbers (a figure every few characters) asked each table several times per token, and a very long
  // number token (1,1,1,… for a megabyte) must not be read again each time.
  private digitReadings: (DigitReading | null)[] | undefined;
  // by WordTable.slot (lexicon.ts's TABLE_SLOTS)
  private readonly matches: ((WordMatch<unknown> | null)[] | undefined)[] = [];

  constructor(
    readonly ctx: TextContext,
    readonly lexicon: FigureLexicon,
  ) {
    this.tokens = ctx.tokens;
  }

  /**
   * Token `index`, undefined before the first token and past the last. The rules ask there often (the
   * word before a piece's first number): an array read out of bounds, and a negative index above all,
   * which is a property name and no element, turns the read into a generic lookup wherever it is inlined.
   */
  at(index: number): Token | undefined {
    return index >= 0 && index < this.tokens.length ? this.tokens[index] : undefined;
  }

  norm(index: number): string {
    return this.at(index)?.norm ?? '';
  }

  isWord(index: number): boolean {
    return this.at(index)?.kind === 'word';
  }

  isNumber(index: number): boolean {
    return this.at(index)?.kind === 'number';
  }

  /** The reading of number token `index` (see readDigits); undefined for any other token. */
  digitsAt(index: number): DigitReading | undefined {
    const token = this.at(index);
    if (token?.kind !== 'number') return undefined;
    // a short number is read again each time: cheaper than keeping its reading alive, which made
    // text dense in numbers promote every reading out of the young generation
    if (token.text.length <= SHORT_NUMBER) return readDigits(token.text);
    const readings = (this.digitReadings ??= new Array<DigitReading | null>(this.tokens.length));
    let reading = readings[index];
    if (reading === undefined) reading = readings[index] = readDigits(token.text) ?? null;
    return reading ?? undefined;
  }

  /** Whether token `index` is punctuation or a symbol in `marks`. */
  isMark(index: number, marks: ReadonlySet<string>): boolean {
    const token = this.at(index);
    return token !== undefined && token.kind !== 'word' && marks.has(token.norm);
  }

  /** Whether token `a` ends exactly where token `b` starts (nothing, not even a space, between). */
  touches(a: number, b: number): boolean {
    const first = this.at(a);
    const second = this.at(b);
    return first !== undefined && second !== undefined && first.end === second.start;
  }

  /** The index of the token before `index`, past any opening quote marks (بين “2020 و2022”). */
  indexBeforeOpeningMarks(index: number): number {
    let before = index - 1;
    while (this.isMark(before, this.lexicon.openingMarks)) before--;
    return before;
  }

  /** Whether token `index` is the first on its line. */
  startsLine(index: number): boolean {
    const token = this.at(index);
    if (!token) return false;
    // the first token of the text, or of a piece of it (pieces begin at a line break where the text
    // has one); the scan below went back to the text's start from there, a pass over all the text
    // before the piece for each piece that begins with a number
    if (index === 0) return true;
    const source = this.ctx.source;
    for (let o = token.start - 1; o >= this.tokens[index - 1]!.end; o--) {
      const c = source.charCodeAt(o);
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
    }
    return false;
  }

  /** Whether token `index` is a word whose stem (or whole form) is in `words`. */
  hasStemIn(index: number, words: ReadonlySet<string>): boolean {
    const token = this.at(index);
    if (!token || token.kind !== 'word') return false;
    // most words have no clitic, and then stem and whole form are one string: asked once
    if (words.has(token.stem) || (token.norm !== token.stem && words.has(token.norm))) return true;
    return token.suffix !== '' && words.has(token.stem + token.suffix);
  }

  /**
   * The entry of `table` that token `index` spells. Tries the stem, the stem with its pronoun suffix
   * (a misspelt خمسه is five, not خمس + ه), then undoes a proclitic split that took the word's first
   * letter (بليون) or one that left a conjunction on a short word (وست).
   */
  lookup<T>(index: number, table: WordTable<T>): WordMatch<T> | undefined {
    const token = this.at(index);
    if (!token || token.kind !== 'word') return undefined;
    let found = this.matches[table.slot] as (WordMatch<T> | null)[] | undefined;
    if (found === undefined) this.matches[table.slot] = found = new Array<WordMatch<T> | null>(this.tokens.length);
    let match = found[index];
    if (match === undefined) match = found[index] = this.lookupWord(token, index, table) ?? null;
    return match ?? undefined;
  }

  private lookupWord<T>(token: Token, index: number, table: WordTable<T>): WordMatch<T> | undefined {
    const { prefix, stem, suffix } = token;
    const direct = table.get(stem) ?? (suffix ? table.getSpelled(stem, 0, suffix) : undefined);
    if (direct !== undefined) return { entry: direct, prefix, start: token.stemStart };
    for (let k = prefix.length - 1; k >= 0; k--) {
      const entry = table.getSpelled(prefix, k, stem);
      if (entry !== undefined) return { entry, prefix: prefix.slice(0, k), start: this.offsetIn(index, k) };
    }
    // a conjunction or ب may stand before a short number word the splitter left whole (وست، بست);
    // not ل, which makes لست "I am not"
    if (prefix === '' && stem.length > 2 && (isConjunctionLetter(stem.charCodeAt(0)) || stem.charCodeAt(0) === BEH)) {
      const entry = table.getSpelled(stem, 1, '');
      if (entry !== undefined) return { entry, prefix: stem[0]!, start: this.offsetIn(index, 1) };
    }
    return undefined;
  }

  /** The longest of `phrases` written from token `index` (words compared in normalized form): its value and the token after it. */
  matchForward<T>(
    index: number,
    phrases: ReadonlyMap<string, readonly LexiconPhrase<T>[]>,
  ): { value: T; end: number } | undefined {
    const candidates = phrases.get(this.norm(index));
    if (!candidates) return undefined;
    for (const phrase of candidates) {
      if (this.spells(index, phrase.words)) return { value: phrase.value, end: index + phrase.words.length };
    }
    return undefined;
  }

  /**
   * Whether the tokens from `index` on are `words` (normalized forms). A loop, not words.every with
   * an arrow: a function whose parameters an arrow reads makes their context object on every call,
   * before any test (48 bytes a call, at every number of text dense in them).
   */
  spells(index: number, words: readonly string[]): boolean {
    for (let k = 0; k < words.length; k++) if (this.norm(index + k) !== words[k]) return false;
    return true;
  }

  /**
   * Where the folded `word` starts in token `index`, or -1 when the token does not spell it. With
   * `allowProclitics`, the word may carry و ف ب ل ك before it (بنحو، لأكثر، وما), but not the article.
   */
  findWord(index: number, word: string, allowProclitics: boolean): number {
    const token = this.at(index);
    if (!token || token.kind !== 'word') return -1;
    if (token.norm === word) return token.start;
    if (!allowProclitics) return -1;
    if (token.stem === word && !hasArticle(token)) return token.stemStart;
    const norm = token.norm;
    if (token.prefix === '' && PROCLITIC_LETTERS.includes(norm[0]!) && norm.slice(1) === word) {
      return this.offsetIn(index, 1);
    }
    return -1;
  }

  /**
   * Original offset of normalized character `k` of token `index`. Folding can drop characters
   * (diacritics, tatweel) inside a word, so this goes through the view's offset map.
   */
  offsetIn(index: number, k: number): number {
    const token = this.tokens[index]!;
    if (k === 0) return token.start;
    const offsets = this.ctx.view.offsets;
    // first normalized character of the token: the lowest index whose original offset is token.start
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (offsets[mid]! < token.start) lo = mid + 1;
      else hi = mid;
    }
    return this.ctx.view.originalStart(lo + k);
  }
}

