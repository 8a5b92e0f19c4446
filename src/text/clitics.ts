import {
  FUTURE_VERB_STEMS,
  PARTICLES_TAKING_SUFFIX,
  WHOLE_WORDS_WITH_ARTICLE_LOOK,
  WHOLE_WORDS_WITH_PROCLITIC_LOOK,
} from '../data/text/clitic-exceptions';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from '../data/people/given-names';
import { countryNamesAr } from './countries';
import { lazy } from './lazy';
import { foldKey } from './fold-key';
import type { NormalizedText } from './normalize';

/**
 * What the splitter needs to know about the original letters, which folding hides, as bits: bit k
 * (k < 4) is set when letter k was a plain alef (the article's alef never carries hamza, so آلاف and
 * ألف are not ال+…); bit 4 is set when the last letter was ة (a folded ة looks like the pronoun ه).
 */
type LetterFacts = number;
const PLAIN_ALEF_BITS = 4;
const LAST_IS_TEH_MARBUTA = 1 << PLAIN_ALEF_BITS;

// What the splitter knows about a listed word, as bits: one lookup answers every question about it.
const WHOLE = 1; // never split: listed whole words, country-name words, given names
const ARTICLE_LOOK = 2; // starts with ال that is no article (الله، الذي)
const FUTURE_STEM = 4; // a verb that takes the future س (سيكون → س + يكون)
const PARTICLE = 8; // a particle that takes a pronoun (منها، عليه)

type CliticLexicon = ReadonlyMap<string, number>;

// Built on first use, not at import, so importing khabar stays cheap; never mutated afterwards.
// Country names and given names join the whole words: a foreign name is no clitic + stem (فلاديمير).
const getLexicon = lazy((): CliticLexicon => {
  const lex = new Map<string, number>();
  const add = (word: string, bit: number): void => void lex.set(word, (lex.get(word) ?? 0) | bit);
  for (const word of WHOLE_WORDS_WITH_PROCLITIC_LOOK) add(foldKey(word), WHOLE);
  for (const [, name] of countryNamesAr()) {
    // the article of a country name's word is still the article (الفرنسية in بولينيزيا الفرنسية)
    for (const word of name.split(' ')) add(foldKey(word).replace(/^ال(?=...)/, ''), WHOLE);
  }
  // a given name that is also a word (كريم، كمال، وفاء) is a whole word either way, not ك + ريم
  for (const name of [...GIVEN_NAMES, ...AMBIGUOUS_GIVEN_NAMES]) add(foldKey(name), WHOLE);
  for (const word of WHOLE_WORDS_WITH_ARTICLE_LOOK) add(foldKey(word), ARTICLE_LOOK);
  for (const word of FUTURE_VERB_STEMS) add(foldKey(word), FUTURE_STEM);
  for (const word of PARTICLES_TAKING_SUFFIX) add(foldKey(word), PARTICLE);
  return lex;
});

/** Whether `word` is listed with any of the `kinds` bits. */
function isListed(lex: CliticLexicon, word: string, kinds: number): boolean {
  return ((lex.get(word) ?? 0) & kinds) !== 0;
}

/** و ف: the conjunctions that can be written on a word. */
export const isConjunctionLetter = (c: number): boolean => c === 0x0648 || c === 0x0641;
/** ب ل ك: the prepositions that can be written on a word. */
export const isPrepositionLetter = (c: number): boolean => c === 0x0628 || c === 0x0644 || c === 0x0643;
const IMPERFECT_PREFIXES = 'يتنا';
// إلى folded: no preposition comes before another, so ب ل ك + الي is a word of its own (بالي Bali,
// `worn out`, بال + ي `my mind`; كالي Cali)
const TO = 'الي';
const LONG_VOWELS = 'اوي';
// Longest first, so هما wins over هم and ها.
const PRONOUN_SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ه'] as const;

const MEMO_WORDS = 50_000;
// longer words (rare, and possibly huge in hostile input) are split without the memory, so a slot's
// length and letter facts fit one integer
const MEMO_MAX_LENGTH = 0xff;
// open addressing, linear probing: a power of two above twice MEMO_WORDS keeps the probe runs short
const MEMO_SLOTS = 1 << 17;
const SLOT_MASK = MEMO_SLOTS - 1;
// each slot is four integers: the key's hash, where its letters start in `letters`, its length and
// letter facts as one shape (0 = empty slot), and the split
const SLOT_INTS = 4;

/**
 * The remembered splits in two typed arrays rather than a Map of strings to objects: a lookup reads
 * one slot and the word's letters, hashed while the tokenizer scanned the word, with no string made
 * and no object followed (this runs at nearly every Arabic word, and a Map of fifty thousand strings
 * costs a cache miss at every step).
 */
interface SplitMemo {
  slots: Int32Array;
  letters: Uint16Array;
  /** Letters in use in `letters`. */
  used: number;
  words: number;
}

const splitMemo = lazy((): SplitMemo => ({ slots: new Int32Array(MEMO_SLOTS * SLOT_INTS), letters: new Uint16Array(1 << 16), used: 0, words: 0 }));

// The prefixes and suffixes splits have produced, each once, so a split is one integer and a token
// gets its affixes without a slice. Bounded by Arabic itself: a few dozen proclitic strings, nine pronouns.
const affixes = lazy(() => ({ ids: new Map<string, number>([['', 0]]), texts: [''] }));

function affixId(text: string): number {
  const table = affixes();
  let id = table.ids.get(text);
  if (id === undefined) {
    id = table.texts.length;
    table.texts.push(text);
    table.ids.set(text, id);
  }
  return id;
}

/**
 * A split as one integer, 0 for a word left whole: bits 0–2 the prefix length, 3–5 the suffix length,
 * 6–17 the prefix's affix id, 18–29 the suffix's. Read it with the functions below.
 */
export type Split = number;
export const prefixLengthOf = (split: Split): number => split & 7;
export const suffixLengthOf = (split: Split): number => (split >> 3) & 7;
export const prefixOf = (split: Split): string => affixes().texts[(split >> 6) & 0xfff]!;
export const suffixOf = (split: Split): string => affixes().texts[(split >> 18) & 0xfff]!;

/** FNV-1a, one step: the tokenizer hashes a word's letters with it as it scans them. */
export const hashStep = (hash: number, c: number): number => Math.imul(hash ^ c, 0x01000193);
export const HASH_SEED = 0x811c9dc5 | 0;

// و ف ب ل ك س ا: the letters a proclitic (or the article) can start with
const mayStartWithProclitic = (c: number): boolean =>
  c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643 || c === 0x0633 || c === 0x0627;
// ه ا م ن: the letters a pronoun suffix can end with
const mayEndWithPronoun = (c: number): boolean => c === 0x0647 || c === 0x0627 || c === 0x0645 || c === 0x0646;

/**
 * Splits the Arabic word at normalized span [from, to) of the view (its letters hashed from HASH_SEED
 * with hashStep) into proclitics (و ف، ب ل ك، س، ال، لل), stem and enclitic pronoun (ه ها هم هما هن
 * كم كن كما نا), returned as a Split. Conservative: when in doubt the word stays whole. Rules, in order:
 * - a known whole word (lexicon, country names) is never split;
 * - a proclitic is removed only if at least three letters remain, or the remainder is a known word
 *   or starts with the article;
 * - the article ال is removed only when its alef was written plain (آلاف, ألف, إلى are not ال+…);
 * - a pronoun is removed only from a word without the article (Arabic never has both), from a stem of
 *   three letters or more that does not end in a long vowel (كورونا، تراكم stay whole), or from a
 *   listed particle (منها، عليه); ي is never split (it is too often a nisba ending).
 * The answers are remembered (news repeats its words, and the lexicon checks cost several hash
 * lookups each) across calls, since one article at a time is how khabar is called and an article
 * alone repeats few words: the split is a pure function of the word and its LetterFacts, so the
 * memory changes no answer. It holds at most MEMO_WORDS distinct words, so a huge vocabulary cannot
 * grow it without bound.
 */
export function splitClitics(view: NormalizedText, from: number, to: number, hash: number): Split {
  const length = to - from;
  if (length < 3) return 0;
  const t = view.text;
  if (!mayStartWithProclitic(t.charCodeAt(from)) && !mayEndWithPronoun(t.charCodeAt(to - 1))) return 0;
  const facts = letterFacts(view, from, to);
  if (length > MEMO_MAX_LENGTH) {
    const word = t.slice(from, to);
    return packSplit(word, splitKnownShape(word, facts));
  }
  const shape = length | (facts << 8);
  const key = hashStep(hash, facts + 1);
  const memo = splitMemo();
  const slots = memo.slots;
  let slot = (key ^ (key >>> 15)) & SLOT_MASK;
  for (;;) {
    const at = slot * SLOT_INTS;
    const slotShape = slots[at + 2]!;
    if (slotShape === 0) break;
    if (slotShape === shape && slots[at] === key && sameLetters(memo.letters, slots[at + 1]!, t, from, length)) return slots[at + 3]!;
    slot = (slot + 1) & SLOT_MASK;
  }
  const word = t.slice(from, to);
  const split = packSplit(word, splitKnownShape(word, facts));
  remember(memo, key, shape, t, from, length, split);
  return split;
}

function sameLetters(letters: Uint16Array, at: number, t: string, from: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (letters[at + k] !== t.charCodeAt(from + k)) return false;
  return true;
}

function remember(memo: SplitMemo, key: number, shape: number, t: string, from: number, length: number, split: Split): void {
  if (memo.words >= MEMO_WORDS) {
    memo.slots.fill(0);
    memo.used = 0;
    memo.words = 0;
  }
  if (memo.used + length > memo.letters.length) {
    const grown = new Uint16Array(Math.max(memo.letters.length * 2, memo.used + length));
    grown.set(memo.letters.subarray(0, memo.used));
    memo.letters = grown;
  }
  const letters = memo.letters;
  for (let k = 0; k < length; k++) letters[memo.used + k] = t.charCodeAt(from + k);
  const slots = memo.slots;
  let slot = (key ^ (key >>> 15)) & SLOT_MASK;
  while (slots[slot * SLOT_INTS + 2] !== 0) slot = (slot + 1) & SLOT_MASK;
  const at = slot * SLOT_INTS;
  slots[at] = key;
  slots[at + 1] = memo.used;
  slots[at + 2] = shape;
  slots[at + 3] = split;
  memo.used += length;
  memo.words++;
}

/** The lengths `prefixLength * 8 + suffixLength` of splitKnownShape as a Split of `word`. */
function packSplit(word: string, lengths: number): Split {
  if (lengths === 0) return 0;
  const prefixLength = lengths >> 3;
  const suffixLength = lengths & 7;
  const prefix = affixId(word.slice(0, prefixLength));
  const suffix = affixId(word.slice(word.length - suffixLength));
  return prefixLength | (suffixLength << 3) | (prefix << 6) | (suffix << 18);
}

/** What folding hid about the letters of normalized span [from, to) (see LetterFacts). */
function letterFacts(view: NormalizedText, from: number, to: number): LetterFacts {
  const src = view.original;
  const offsets = view.offsets;
  let facts = 0;
  for (let k = 0; k < PLAIN_ALEF_BITS && from + k < to; k++) {
    const c = src.charCodeAt(offsets[from + k]!);
    if (c === 0x0627 || c === 0x0671 || c === 0xfe8d || c === 0xfe8e) facts |= 1 << k;
  }
  const last = src.charCodeAt(offsets[to - 1]!);
  if (last === 0x0629 || last === 0x06c0 || last === 0x06c3 || last === 0xfe93 || last === 0xfe94) facts |= LAST_IS_TEH_MARBUTA;
  return facts;
}

/** The split as lengths: `prefixLength * 8 + suffixLength` (a pronoun has at most three letters). */
function splitKnownShape(word: string, facts: LetterFacts): number {
  const lex = getLexicon();
  if (isListed(lex, word, WHOLE | ARTICLE_LOOK)) return 0;
  const at = proclitics(word, facts, lex);
  const stem = word.slice(at);
  const definite = at >= 2 && (word.startsWith('ال', at - 2) || word.startsWith('لل', at - 2));
  if (definite || isListed(lex, stem, WHOLE | ARTICLE_LOOK | FUTURE_STEM)) return at * 8;
  return at * 8 + pronounLength(stem, facts, lex);
}

/** Length of the proclitics at the start of `word`. */
function proclitics(word: string, facts: LetterFacts, lex: CliticLexicon): number {
  if (isKnownWord(word, lex)) return 0;
  let at = 0;
  if (isConjunctionLetter(word.charCodeAt(0)) && canStripProclitic(word.slice(1), lex)) at = 1;
  let rest = word.slice(at);
  if (isKnownWord(rest, lex)) return at;
  if (rest.startsWith('لل') && rest.length >= 4) {
    // ل + ال fused: للجنود. If the stem itself starts with ل (ل + اللجنة → للجنة) keep that lam.
    at += isKnownWord(rest.slice(1), lex) ? 1 : 2;
  } else if (isPrepositionLetter(rest.charCodeAt(0)) && !(rest.length === TO.length + 1 && rest.endsWith(TO)) && canStripProclitic(rest.slice(1), lex)) {
    // ل + ال is written لل (above): an alef and lam after a preposition's ل start the stem (لالتزام,
    // لاليبيلا), never the article
    if (rest[0] === 'ل' && rest.startsWith('ال', 1)) return at + 1;
    at += 1;
  } else if (rest[0] === 'س' && IMPERFECT_PREFIXES.includes(rest[1] ?? '') && isListed(lex, rest.slice(1), FUTURE_STEM)) {
    at += 1;
  }
  rest = word.slice(at);
  if (rest.startsWith('ال') && rest.length >= 4 && (facts & (1 << at)) !== 0 && !isListed(lex, rest, WHOLE | ARTICLE_LOOK)) {
    at += 2;
  }
  return at;
}

/** Length of the enclitic pronoun at the end of `stem` (0 if none). */
function pronounLength(stem: string, facts: LetterFacts, lex: CliticLexicon): number {
  if (!mayEndWithPronoun(stem.charCodeAt(stem.length - 1))) return 0;
  for (const s of PRONOUN_SUFFIXES) {
    if (!stem.endsWith(s) || stem.length <= s.length) continue;
    if (s === 'ه' && (facts & LAST_IS_TEH_MARBUTA) !== 0) return 0;
    const base = stem.slice(0, -s.length);
    const isParticle = isListed(lex, base, PARTICLE);
    return isParticle || (base.length >= 3 && !LONG_VOWELS.includes(base[base.length - 1]!)) ? s.length : 0;
  }
  return 0;
}

/** A listed word, alone or with a pronoun (بلادهم), or a particle with a pronoun (كلها، بينهما، لديكما). */
function isKnownWord(s: string, lex: CliticLexicon): boolean {
  if (isListed(lex, s, WHOLE | ARTICLE_LOOK | FUTURE_STEM)) return true;
  if (!mayEndWithPronoun(s.charCodeAt(s.length - 1))) return false;
  for (const suffix of PRONOUN_SUFFIXES) {
    if (s.length > suffix.length && s.endsWith(suffix)) {
      const base = s.slice(0, -suffix.length);
      if (isListed(lex, base, WHOLE | PARTICLE)) return true;
    }
  }
  return false;
}

function canStripProclitic(remainder: string, lex: CliticLexicon): boolean {
  if (isKnownWord(remainder, lex)) return true;
  if (remainder.startsWith('ال') && remainder.length >= 4) return true;
  return remainder.length >= 3;
}
