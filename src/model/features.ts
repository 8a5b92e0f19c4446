import { demonymStems } from '../contracts/demonyms';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, PEOPLE_AMBIGUOUS_GIVEN_NAMES, PEOPLE_GIVEN_NAMES } from '../data/people/given-names';
import { ORGANIZATION_HEADS } from '../data/organizations/organizations-patterns';
import { PLACE_TRIGGERS } from '../data/places/places-context';
import { TITLE_HEADS } from '../data/people/person-titles';
import { lazy } from '../text/lazy';
import { foldKey } from '../text/fold-key';
import type { Token } from '../text/tokenize';

/**
 * What the rules found, per token, as the model reads it: the category of the span covering the
 * token and whether the token begins it. Rule people carry their strength, as a title-and-word guess
 * (strength 2) is worth less than a listed name (3).
 */
export type RuleCategory = 'people' | 'places' | 'organizations' | 'dates' | 'figures';

export interface RuleSpan {
  category: RuleCategory;
  firstToken: number;
  nextToken: number;
  strength: number;
  /** People: a reading the model may set aside (EntityCandidate.questionable). */
  questionable?: boolean;
}

const RULE_CATEGORIES: readonly RuleCategory[] = ['people', 'places', 'organizations', 'dates', 'figures'];

/**
 * Features are hashed into 2^16 buckets. A bucket holds a row of one weight per label for each of
 * the three slots a word's feature is read at, side by side: a word's features then cost one memory
 * line each at run time, not one per slot.
 */
export const HASH_BITS = 16;
const HASH_MASK = (1 << HASH_BITS) - 1;

/**
 * Word features are read at three positions around a token: slot 0 is the token before, 1 the token
 * itself, 2 the token after. A feature's reach says how far from its word it is still read. (Words
 * two tokens away were read too until session 6: leaving them out cost the held-back tenth at most
 * 0.01 of F1, and made a word's summed rows small enough for one memory line, WordRows.)
 */
export const SLOT_COUNT = 3;
export const CENTRE = 1;
const REACH_SELF = 0;
const REACH_NEAR = 1;

/** Mixed into the hashes of features that are not a word's own: the rules' tags around the token and a bias. */
const CONTEXT_SALT = 0x51ed27;

/** 32-bit FNV-1a of a string. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Rows of weights: a row per bucket and slot. */
export const FEATURE_ROWS = (1 << HASH_BITS) * SLOT_COUNT;

/** The row of an atom read at a slot: its bucket (murmur3's finalizer of its hash), then the slot. */
function bucket(atom: number, slot: number): number {
  let h = atom >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h & HASH_MASK) * SLOT_COUNT + slot;
}

/** A word's lexicon lists as bits of one number, by stem: one lookup per word. */
const LIST = { given: 1, ambiguous: 2, title: 4, organizationHead: 8, placeTrigger: 16, demonym: 32 } as const;

/** Folded words, and those with the article also without it, as a token's stem has them, with the list's bit. */
function addStems(into: Map<string, number>, words: Iterable<string>, bit: number): void {
  const add = (key: string) => into.set(key, (into.get(key) ?? 0) | bit);
  for (const word of words) {
    const key = foldKey(word);
    add(key);
    if (key.startsWith('ال')) add(key.slice(2));
  }
}

const wordLists = lazy((): ReadonlyMap<string, number> => {
  const lists = new Map<string, number>();
  addStems(lists, [...GIVEN_NAMES, ...PEOPLE_GIVEN_NAMES], LIST.given);
  addStems(lists, [...AMBIGUOUS_GIVEN_NAMES, ...PEOPLE_AMBIGUOUS_GIVEN_NAMES], LIST.ambiguous);
  addStems(lists, TITLE_HEADS.map((title) => title.split(' ')[0]!), LIST.title);
  addStems(lists, ORGANIZATION_HEADS.map((head) => head.head), LIST.organizationHead);
  addStems(lists, PLACE_TRIGGERS.map(([word]) => word), LIST.placeTrigger);
  // demonymCode's own words, as it reads a stem: no fold, no article left out
  for (const stem of demonymStems()) lists.set(stem, (lists.get(stem) ?? 0) | LIST.demonym);
  return lists;
});

/** Length classes of a word: 1, 2, 3, 4–5, 6–7, 8 and more letters. */
function lengthClass(n: number): number {
  return n <= 3 ? n : n <= 5 ? 4 : n <= 7 ? 6 : 8;
}

/** FNV-1a of `s[from, to)` continued from `h`: feature atoms are hashed from the token's strings without slicing them. */
function fnv(h: number, s: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hash an atom of kind `kind` (a letter: w word, s stem …) starts from. */
const kindSeed = (kind: string): number => fnv(0x811c9dc5, kind, 0, 1);

const SEED = {
  word: kindSeed('w'),
  stem: kindSeed('s'),
  prefix: kindSeed('p'),
  suffix: kindSeed('e'),
  shape: kindSeed('k'),
  start: kindSeed('a'),
  end: kindSeed('z'),
};
const FLAG = {
  given: hashString('Lgiven'),
  ambiguous: hashString('Lambiguous'),
  title: hashString('Ltitle'),
  demonym: hashString('Ldemonym'),
  organizationHead: hashString('Lorghead'),
  placeTrigger: hashString('Ltrigger'),
};

/** Receives one feature of a word: its bucket and the slot it is read at. */
export type FeatureVisitor = (bucket: number, slot: number) => void;

/**
 * A word's feature atoms are written as numbers: the first row of the atom's bucket (its slot 0)
 * times 4, plus its reach. A word has at most MAX_WORD_ATOMS of them.
 */
export const MAX_WORD_ATOMS = 17;
/** The first of the SLOT_COUNT rows of a written atom. */
export const atomRow = (atom: number): number => atom >>> 2;
/** How far from its word a written atom is still read (0 or 1). */
export const atomReach = (atom: number): number => atom & 3;

/**
 * Writes every feature atom of one word into `into` from `at` and returns where it stopped: its forms
 * (whole, stem), clitics, first and last 1–3 letters of the stem, shape, and the lexicon lists it is
 * in. Reaches: the forms, proclitics, shape and lists are read by the neighbours too, the suffix and
 * affixes only at the word itself. Each word's atoms are computed once; its neighbours read them
 * through their own slots (EntityModel).
 */
export function wordAtoms(token: Token, into: Uint32Array, at: number): number {
  const { stem, norm, prefix, suffix, kind } = token;
  if (kind !== 'word') {
    const shape = kind === 'punctuation' || kind === 'symbol' ? norm.slice(0, 2) : String(lengthClass(norm.length));
    into[at++] = written(fnv(fnv(SEED.shape, kind, 0, kind.length), shape, 0, shape.length), REACH_NEAR);
    const lower = norm.toLowerCase();
    into[at++] = written(fnv(SEED.word, lower, 0, lower.length), REACH_NEAR);
    return at;
  }
  into[at++] = written(fnv(SEED.word, norm, 0, norm.length), REACH_NEAR);
  into[at++] = written(fnv(SEED.stem, stem, 0, stem.length), REACH_NEAR);
  into[at++] = written(fnv(SEED.prefix, prefix, 0, prefix.length), REACH_NEAR);
  into[at++] = written(fnv(SEED.suffix, suffix, 0, suffix.length), REACH_SELF);
  into[at++] = written((SEED.shape ^ lengthClass(stem.length)) >>> 0, REACH_NEAR);
  let first = SEED.start;
  for (let n = 1; n <= 3 && n < stem.length; n++) {
    first = fnv(first, stem, n - 1, n);
    into[at++] = written(first, REACH_SELF);
    into[at++] = written(fnv(SEED.end, stem, stem.length - n, stem.length), REACH_SELF);
  }
  const lists = wordLists().get(stem) ?? 0;
  if (lists !== 0) {
    if (lists & LIST.given) into[at++] = written(FLAG.given, REACH_NEAR);
    if (lists & LIST.ambiguous) into[at++] = written(FLAG.ambiguous, REACH_NEAR);
    if (lists & LIST.title) into[at++] = written(FLAG.title, REACH_NEAR);
    if (lists & LIST.demonym) into[at++] = written(FLAG.demonym, REACH_NEAR);
    if (lists & LIST.organizationHead) into[at++] = written(FLAG.organizationHead, REACH_NEAR);
    if (lists & LIST.placeTrigger) into[at++] = written(FLAG.placeTrigger, REACH_NEAR);
  }
  return at;
}

/** An atom as wordAtoms writes it: the first row of its bucket times 4, plus its reach. */
const written = (hash: number, reach: number): number => (bucket(hash, 0) << 2) | reach;

/** Every feature of one word at every slot it reaches, in wordAtoms' order (the training's view). */
export function visitWordFeatures(token: Token, visit: FeatureVisitor): void {
  const atoms = new Uint32Array(MAX_WORD_ATOMS);
  const count = wordAtoms(token, atoms, 0);
  for (let k = 0; k < count; k++) {
    const row = atomRow(atoms[k]!);
    const reach = atomReach(atoms[k]!);
    for (let slot = CENTRE - reach; slot <= CENTRE + reach; slot++) visit(row + slot, slot);
  }
}

/** Slot s holds the buckets of a word's features as read by the token slotOffset(s) positions before it. */
export type WordFeatures = readonly Uint32Array[];

/** Token i reads the word at i + slotOffset(s) through that word's slot s. */
export const slotOffset = (slot: number): number => slot - CENTRE;

/** The buckets of a word's features at each of the three slots (the training's view). */
export function wordFeatures(token: Token): WordFeatures {
  const slots: number[][] = Array.from({ length: SLOT_COUNT }, () => []);
  visitWordFeatures(token, (b, slot) => slots[slot]!.push(b));
  return slots.map((buckets) => Uint32Array.from(buckets));
}

/** All feature buckets of token i, given every token's word features and its sequence's context (the training's view; EntityModel sums the same). */
export function tokenFeatures(words: readonly WordFeatures[], ctx: SequenceContext, i: number): Uint32Array {
  const parts: Uint32Array[] = [];
  for (let slot = 0; slot < SLOT_COUNT; slot++) {
    const word = words[i + slotOffset(slot)];
    if (word) parts.push(word[slot]!);
  }
  parts.push(contextFeatures(ctx, i));
  const all = new Uint32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/** What the model reads around each token beyond its words' own features: the rules' tags and the words' stems. */
export interface SequenceContext {
  /** Per token: 0 when no rule span covers it, else the span's category and begin/inside (1–10). */
  tags: Uint8Array;
  /** Per token: the strength of the rule person covering it (0 when none). */
  strengths: Uint8Array;
  /**
   * Per token: a hash of its stem (of its text for a non-word), for pairs of neighbouring words; as
   * signed ints, which pairRow reads only through Math.imul and ^ (both take a number's low 32 bits)
   * and which, unlike unsigned ones past 2^31, the compiled code keeps in integer registers.
   */
  stems: Int32Array;
}

export function sequenceContext(tokens: readonly Token[], spans: readonly RuleSpan[]): SequenceContext {
  const stems = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) stems[k] = stemHash(tokens[k]!);
  return { ...ruleTags(tokens.length, spans), stems };
}

/**
 * The rules' tags and people's strengths over a sequence of `n` tokens (SequenceContext), written
 * into `into` (n long) when given.
 */
export function ruleTags(
  n: number,
  spans: readonly RuleSpan[],
  into: Pick<SequenceContext, 'tags' | 'strengths'> = { tags: new Uint8Array(n), strengths: new Uint8Array(n) },
): Pick<SequenceContext, 'tags' | 'strengths'> {
  const { tags, strengths } = into;
  tags.fill(0);
  strengths.fill(0);
  for (const span of spans) {
    const code = 2 * RULE_CATEGORIES.indexOf(span.category) + 1;
    for (let k = span.firstToken; k < span.nextToken; k++) tags[k] = k === span.firstToken ? code : code + 1;
    if (span.category === 'people') strengths.fill(span.strength, span.firstToken, span.nextToken);
  }
  return into;
}

/** The first tag of a date's or a figure's span (RULE_CATEGORIES: dates, then figures, are last). */
const FIRST_NUMERIC_TAG = 2 * RULE_CATEGORIES.indexOf('dates') + 1;

/**
 * Tokens the model labels O without reading them (closed tokens): a number, a letter alone right after
 * a number (its unit or era: ٥ م، 1م، 30 ق), and a token of a date or a figure the rules found. The
 * model's spans may not overlap a date or a figure (extract/combine.ts), and a number within a name
 * (تي في 5) is rare in news, so the model has nothing to find there; training decodes with the same
 * constraint, so its weights never spend themselves on these tokens, and text dense with numbers
 * costs the model next to nothing. Writes 1 for each closed token into `into` (n long) and returns
 * how many there are.
 */
export function closedTokens(tokens: readonly Token[], tags: Uint8Array, into: Uint8Array): number {
  let count = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const closed =
      tags[k]! >= FIRST_NUMERIC_TAG || token.kind === 'number' || (token.kind === 'word' && token.norm.length === 1 && k > 0 && tokens[k - 1]!.kind === 'number') ? 1 : 0;
    into[k] = closed;
    count += closed;
  }
  return count;
}

/** The hash of a token's stem (of its text for a non-word) that pairs of neighbouring words are read by. */
export function stemHash(token: Token): number {
  return hashString(token.kind === 'word' ? token.stem : token.norm);
}

/** Tag of a position past either end of the sequence; tags and strengths take fewer values than TAG_VALUES. */
export const EDGE_TAG = 11;
export const TAG_VALUES = 16;

/**
 * The features of a token's context, each a bucket of one small value: its own rule tag, paired
 * with the tag before or after it, the tags two away, the rule person's strength, and a bias.
 */
export const ContextFeature = { own: 10, withBefore: 11, withAfter: 12, strength: 13, bias: 14, twoBefore: 17, twoAfter: 18 } as const;

export function contextBucket(feature: number, value: number): number {
  return bucket(Math.imul(CONTEXT_SALT + value, 0x9e3779b1) ^ feature, CENTRE);
}

/**
 * The first row of the pair of words at k and k + 1, from their stems' hashes (صحيفة غارديان). Token
 * k + 1 reads the pair before it at row + PAIR_BEFORE, token k the pair after it at row + PAIR_AFTER:
 * two features, one hash, and rows side by side.
 */
export function pairRow(stems: Int32Array, k: number): number {
  const left = k >= 0 ? stems[k]! : EDGE_TAG;
  const right = k + 1 < stems.length ? stems[k + 1]! : EDGE_TAG;
  return bucket((Math.imul(left, 0x2c1b3c6d) ^ right ^ PAIR_SALT) >>> 0, 0);
}
const PAIR_SALT = 15;
export const PAIR_BEFORE = CENTRE - 1;
export const PAIR_AFTER = CENTRE + 1;

/** The rule tag at position k, EDGE_TAG past the ends. */
export function tagAt(ctx: SequenceContext, k: number): number {
  return k >= 0 && k < ctx.tags.length ? ctx.tags[k]! : EDGE_TAG;
}

/** The buckets of the features of token `i` that are not a word's own (the training's view; EntityModel reads them from tables). */
export function contextFeatures(ctx: SequenceContext, i: number): Uint32Array {
  const own = ctx.tags[i]!;
  return Uint32Array.of(
    contextBucket(ContextFeature.own, own),
    contextBucket(ContextFeature.withBefore, TAG_VALUES * tagAt(ctx, i - 1) + own),
    contextBucket(ContextFeature.withAfter, TAG_VALUES * tagAt(ctx, i + 1) + own),
    contextBucket(ContextFeature.strength, ctx.strengths[i]!),
    contextBucket(ContextFeature.bias, 0),
    pairRow(ctx.stems, i - 1) + PAIR_BEFORE,
    pairRow(ctx.stems, i) + PAIR_AFTER,
    contextBucket(ContextFeature.twoBefore, tagAt(ctx, i - 2)),
    contextBucket(ContextFeature.twoAfter, tagAt(ctx, i + 2)),
  );
}
