// Looking words and multi-word phrases up at a token. Lexicons are Maps keyed on folded words
// (foldKey), so a lookup costs a few Map probes per token whatever the lexicon's size.
import type { Token } from './tokenize';
import type { NormalizedText } from './normalize';
import { isArabicLetter } from './charmap';
import { foldKey } from './fold-key';
import { SHORT_RUN, shortNumberReadings } from './short-numbers';
import { codeAt, normShape, ShapeFilter, shapeHash } from './word-shapes';

/** What a phrase lookup reads: the source, its normalized view and its tokens. */
export interface TokenStream {
  source: string;
  view: NormalizedText;
  tokens: readonly Token[];
  /**
   * One slot per token for the shared reading of م after a number (number-meem.ts), filled as the
   * recognizers ask; without it each reading is worked out anew.
   */
  meemReadings?: Uint8Array;
  /**
   * Per token, which members of a PhraseIndexGroup may hold one of its readings (PhraseIndexGroup.memo),
   * filled as the members are asked; without it each member looks the token up in full.
   */
  groupMasks?: GroupMasks;
}

/**
 * A word is looked up whole, then without each leading clitic letter in turn (وفي، بنوفمبر،
 * والجمعة → الجمعة): key `skip` leaves out the first `skip` normalized letters. The article stays:
 * lexicons list `الجمعة`, `اليوم` with it. Keys are sliced on demand: this runs on every word.
 */
function keyAt(token: Token, skip: number): string {
  if (skip === 0) return token.norm;
  return restoresAlef(token, skip) ? 'ا' + token.norm.slice(skip) : token.norm.slice(skip);
}

/** ل + ال is written لل (للناتو): past the preposition, the key gets its article's alef back (الناتو). */
function restoresAlef(token: Token, skip: number): boolean {
  return skip > 0 && fusesArticle(token) && skip === token.prefix.length - 1;
}

// ا and ل, the letters the article's endings are told by: prefixes end in ال or لل, read by code
// (these run at every token of every lookup, where a call of endsWith costs more than the test)
const ALEF_CODE = 0x0627;
const LAM_CODE = 0x0644;

/** Whether proclitics end in `before` + ل: ال with before ا, لل with before ل. */
function endsWithLamAfter(prefix: string, before: number): boolean {
  const n = prefix.length;
  return n >= 2 && prefix.charCodeAt(n - 1) === LAM_CODE && prefix.charCodeAt(n - 2) === before;
}

function fusesArticle(token: Token): boolean {
  return endsWithLamAfter(token.prefix, LAM_CODE);
}

/** How many leading letters of the token are clitics that a key may leave out (the article never is). */
function procliticLetters(token: Token): number {
  const prefix = token.prefix;
  if (token.kind !== 'word' || prefix === '') return 0;
  // the article stays in keys; of a fused لل only the second lam is the article's (each letter read
  // once: this runs at every lookup of a word with proclitics)
  const n = prefix.length;
  const before = n >= 2 && prefix.charCodeAt(n - 1) === LAM_CODE ? prefix.charCodeAt(n - 2) : 0;
  const articleLetters = before === LAM_CODE ? 1 : before === ALEF_CODE ? 2 : 0;
  return Math.min(n - articleLetters, token.norm.length - 2);
}

/**
 * The shape (word-shapes' shapeHash) of key `skip` of a word token, from its letters in place: the
 * key is norm without its first `skip` letters, with an alef put back before it after ل of لل.
 */
function keyShape(token: Token, skip: number): number {
  // the whole word's shape is the token's, worked out once for all indexes
  if (skip === 0) return normShape(token);
  const norm = token.norm;
  const alef = restoresAlef(token, skip) ? 1 : 0;
  const from = skip - alef;
  const initial = alef === 1 ? 0x0627 : codeAt(norm, skip);
  const length = norm.length - from;
  // key letter i is norm's letter from + i, but for the first (and so for the second last of a two-letter key)
  const secondLast = length === 2 ? initial : codeAt(norm, norm.length - 2);
  return shapeHash(initial, codeAt(norm, from + 1), codeAt(norm, from + 2), codeAt(norm, from + 3), secondLast, codeAt(norm, norm.length - 1), length);
}

/** Original offset of normalized letter `skip` of a token: where a mention starts once clitics are left out. */
export function startAfterClitics(stream: TokenStream, token: Token, skip: number): number {
  if (skip === 0) return token.start;
  const offsets = stream.view.offsets;
  // offsets is non-decreasing, so the token's first normalized index is found by binary search
  let low = 0;
  let high = stream.view.text.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (offsets[mid]! < token.start) low = mid + 1;
    else high = mid;
  }
  return stream.view.originalStart(low + skip);
}

/** A lexicon entry found at a token: its value, the source span it covers, and the token after it. */
export interface PhraseMatch<V> {
  value: V;
  start: number;
  end: number;
  next: number;
}

/** The rest of every one-word phrase: one shared empty list. */
const NO_MORE_WORDS: readonly string[] = [];

interface PhraseEntry<V> {
  rest: readonly string[];
  value: V;
}

/**
 * A lexicon of one- and multi-word phrases (نوفمبر، تشرين الثاني، مكة المكرمة). The first word may
 * carry proclitics; the following words must match whole. The longest phrase wins.
 */
export class PhraseIndex<V> {
  private readonly byFirstWord = new Map<string, PhraseEntry<V>[]>();
  // the first words' shapes: most tokens start no phrase, and are told so by one bit
  private readonly firstWordShapes: ShapeFilter;
  /**
   * Every first word begins with an Arabic letter (charmap's isArabicLetter, all of which the tokenizer
   * reads as word letters): only a word token can then start a phrase (it opens a word at each), and
   * a number or a mark is ruled out by its kind, before any key is shaped. Most lexicons are so; rules ask some of them at every number.
   */
  private readonly onlyWordsStart: boolean;
  /** The group this index belongs to and its bit in the group's masks (0: none). */
  private readonly group: PhraseIndexGroup | null;
  private readonly groupBit: number;

  /**
   * `folded`: the phrases are folded keys already (foldKey's output), as the gazetteer's are: building
   * the index on the first extract then folds nothing twice. `group`: the PhraseIndexGroup it joins.
   */
  constructor(entries: Iterable<readonly [string, V]>, options: { folded?: boolean; group?: PhraseIndexGroup } = {}) {
    const folded = options.folded === true;
    // the lists holding more than one phrase, to be sorted (most hold one)
    const shared: PhraseEntry<V>[][] = [];
    let onlyWordsStart = true;
    const byFirstWord = this.byFirstWord;
    // no destructuring and no iterator: this runs once per phrase on the first extract, before the
    // engine has compiled it
    const list = Array.isArray(entries) ? (entries as readonly (readonly [string, V])[]) : [...entries];
    for (let k = 0; k < list.length; k++) {
      const entry = list[k]!;
      const key = folded ? entry[0] : foldKey(entry[0]);
      const value = entry[1];
      // most phrases are one word: no arrays to build for them (the gazetteer has thousands)
      let first = key;
      let rest = NO_MORE_WORDS;
      if (key.includes(' ')) {
        const words = key.split(' ').filter((word) => word !== '');
        first = words[0] ?? '';
        rest = words.slice(1);
      }
      if (first === '') continue;
      if (onlyWordsStart && !isArabicLetter(first.charCodeAt(0))) onlyWordsStart = false;
      const phrases = byFirstWord.get(first);
      if (phrases === undefined) byFirstWord.set(first, [{ rest, value }]);
      else if (phrases.push({ rest, value }) === 2) shared.push(phrases);
    }
    // longest phrase first; the sort is stable, so equal lengths keep the order they were given in
    for (const phrases of shared) phrases.sort((a, b) => b.rest.length - a.rest.length);
    this.firstWordShapes = new ShapeFilter(() => byFirstWord.keys(), byFirstWord.size);
    this.onlyWordsStart = onlyWordsStart;
    this.group = options.group ?? null;
    this.groupBit = this.group === null ? 0 : this.group.join(this);
  }

  /**
   * The longest phrase at token `index`, the whole word tried first, then without one proclitic
   * letter more each time. `fromSkip` leaves the first readings out: 1 reads `وجدة` only as و + جدة.
   */
  match(stream: TokenStream, index: number, fromSkip = 0): PhraseMatch<V> | null {
    const tokens = stream.tokens;
    const token = tokens[index];
    if (token === undefined || (this.onlyWordsStart && token.kind !== 'word') || !this.mayStartAt(stream, token, index)) return null;
    const proclitics = procliticLetters(token);
    for (let skip = fromSkip; skip <= proclitics; skip++) {
      const entries = this.entriesAt(token, skip);
      if (entries === undefined) continue;
      // this runs at every token: plain loops, no closures
      for (const entry of entries) {
        const rest = entry.rest;
        let k = 0;
        while (k < rest.length && tokens[index + 1 + k]?.norm === rest[k]) k++;
        if (k === rest.length) {
          const last = index + rest.length;
          return { value: entry.value, start: startAfterClitics(stream, token, skip), end: tokens[last]!.end, next: last + 1 };
        }
      }
    }
    return null;
  }

  /**
   * The value of the first one-word entry the token spells (whole, then without each leading clitic
   * letter), without source offsets: a test that runs on every token, sliced keys only past the shape filter.
   */
  valueOf(token: Token): V | undefined {
    const proclitics = procliticLetters(token);
    for (let skip = 0; skip <= proclitics; skip++) {
      const entries = this.entriesAt(token, skip);
      if (entries === undefined) continue;
      for (const entry of entries) if (entry.rest.length === 0) return entry.value;
    }
    return undefined;
  }

  /**
   * The second words of the phrases that start with `word` (a first word as firstWords gives it), or
   * null when one of them is that word alone: a token that starts only longer phrases matches none
   * unless the next token is one of these.
   */
  secondWordsOf(word: string): readonly string[] | null {
    const entries = this.byFirstWord.get(word);
    if (entries === undefined) return [];
    const second: string[] = [];
    for (const entry of entries) {
      if (entry.rest.length === 0) return null;
      second.push(entry.rest[0]!);
    }
    return second;
  }

  /** The first words of all phrases: a token that is none of them cannot start a match. */
  firstWords(): IterableIterator<string> {
    return this.byFirstWord.keys();
  }

  /** Whether the token is (a clitic-bearing form of) a one-word entry. */
  has(stream: TokenStream, index: number): boolean {
    const token = stream.tokens[index];
    if (token === undefined || (this.onlyWordsStart && token.kind !== 'word') || !this.mayStartAt(stream, token, index)) return false;
    const proclitics = procliticLetters(token);
    for (let skip = 0; skip <= proclitics; skip++) {
      if (this.entriesAt(token, skip)?.some((entry) => entry.rest.length === 0)) return true;
    }
    return false;
  }

  /**
   * The phrases whose first word is key `skip` of the token. The key's first letters and length are
   * tested against the shape bits first, so most keys are ruled out before a Map is probed or a key
   * sliced.
   */
  private entriesAt(token: Token, skip: number): PhraseEntry<V>[] | undefined {
    if (!this.firstWordShapes.mayHold(keyShape(token, skip))) return undefined;
    return this.byFirstWord.get(keyAt(token, skip));
  }

  /**
   * False when the stream remembers, for this index's group, that none of the token's readings is
   * one of this index's first words; true when it may be one (or nothing is remembered).
   */
  private mayStartAt(stream: TokenStream, token: Token, index: number): boolean {
    const memo = stream.groupMasks;
    return this.groupBit === 0 || memo === undefined || memo.group !== this.group || (memo.group.maskAt(memo, token, index) & this.groupBit) !== 0;
  }
}

/** Whether any lookup key of the token (whole, or without leading clitics) is in `words`. */
export function hasKeyIn(token: Token, words: ReadonlySet<string>): boolean {
  const proclitics = procliticLetters(token);
  for (let skip = 0; skip <= proclitics; skip++) if (words.has(keyAt(token, skip))) return true;
  return false;
}

/** A phrase index whose values are the phrases' own meaning: a set of words with clitic-tolerant lookup. */
export function wordSet(words: readonly string[], group?: PhraseIndexGroup): PhraseIndex<true> {
  return new PhraseIndex(
    words.map((word) => [word, true] as const),
    group && { group },
  );
}

/** A stream's memory of a group's masks: per token, 0 until asked, then the members' bits with GROUP_ASKED. */
export interface GroupMasks {
  readonly group: PhraseIndexGroup;
  /** The group's members when the masks were filled: a member that joined since clears them (maskAt). */
  members: number;
  readonly masks: Int32Array;
}

/** Set in every mask worked out, so that a token in no member is told from one not asked yet. */
const GROUP_ASKED = 1 << 30;
/** Member k's bit is bit k mod 30: members that share one are asked together, which costs time, never an answer. */
const GROUP_BITS = 30;

/**
 * Phrase indexes a recognizer asks at the same tokens over and over (the date grammar asks some
 * eighteen at each word that may open a date): a token is looked up once in all the members' first
 * words, and which members may hold one of its readings is remembered in the stream (memo); a member
 * then answers a token none of whose readings it holds without a key shaped or a Map probed. An index
 * joins when it is made (`{ group }`), as lexicons are made on first use, and the masks a stream
 * remembered before it joined are cleared.
 */
export class PhraseIndexGroup {
  /** Every member's first words, each with the bits of the members it starts a phrase of. */
  private readonly words = new Map<string, number>();
  private shapes = new ShapeFilter(() => [], 0);
  private members = 0;

  /** Adds an index's first words and returns its bit. */
  join(index: PhraseIndex<unknown>): number {
    const bit = 1 << (this.members++ % GROUP_BITS);
    const words = this.words;
    for (const word of index.firstWords()) words.set(word, (words.get(word) ?? 0) | bit);
    // a new filter of all the words so far: one made before would turn the new words away
    this.shapes = new ShapeFilter(() => words.keys(), words.size);
    return bit;
  }

  /** A memory of the masks for a stream of n tokens, to be set as its groupMasks. */
  memo(n: number): GroupMasks {
    return { group: this, members: this.members, masks: new Int32Array(n) };
  }

  /** The members that may hold a reading of token `index` (its bits), worked out on first asking. */
  maskAt(memo: GroupMasks, token: Token, index: number): number {
    // masks worked out before a member joined lack its bit
    if (memo.members !== this.members) {
      memo.masks.fill(0);
      memo.members = this.members;
    }
    const known = memo.masks[index]!;
    if (known !== 0) return known;
    let mask = GROUP_ASKED;
    const proclitics = procliticLetters(token);
    for (let skip = 0; skip <= proclitics; skip++) {
      if (this.shapes.mayHold(keyShape(token, skip))) mask |= this.words.get(keyAt(token, skip)) ?? 0;
    }
    memo.masks[index] = mask;
    return mask;
  }
}

/** Hyphen, en dash and em dash: news writes any of them between a dateline, a source and an author. */
export const DASHES = '-–—';

/** Whether a word's proclitics end in the article, alone or fused with a preposition (ال، وال، بال، لل). */
export function hasArticle(word: { readonly prefix: string }): boolean {
  return endsWithLamAfter(word.prefix, ALEF_CODE) || endsWithLamAfter(word.prefix, LAM_CODE);
}

export function isPunctuation(token: Token | undefined, marks: string): boolean {
  return (
    token !== undefined &&
    (token.kind === 'punctuation' || token.kind === 'symbol') &&
    token.norm.length === 1 &&
    marks.includes(token.norm)
  );
}


/** The integer a token of plain digits stands for, with its digit count; null for any other token. */
export function integerOf(token: Token | undefined): IntegerReading | null {
  if (token === undefined || token.kind !== 'number') return null;
  // the date grammar asks this of every number several times: digits read in one loop, no regex, and
  // each reading made once and shared (the rules never change one)
  const norm = token.norm;
  if (norm.length === 0 || norm.length > SHORT_RUN) return null;
  let value = 0;
  for (let k = 0; k < norm.length; k++) {
    const digit = norm.charCodeAt(k) - 0x30;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
  }
  return integerReading(value, norm.length);
}

/** A number of up to four ASCII digits: its value and how many digits it is written with (0012: 4). */
export interface IntegerReading {
  readonly value: number;
  readonly digits: number;
}

const integerReading = shortNumberReadings<IntegerReading>((value, digits) => ({ value, digits }));
