import type { Token, TokenKind } from '../text/tokenize';
import { atomReach, atomRow, CENTRE, MAX_WORD_ATOMS, SLOT_COUNT, stemHash, wordAtoms } from './features';
import { LABEL_COUNT as L } from './labels';
import { keptBefore, ROW_BYTES, type ModelWeights } from './weights';

/** Ints in one word's rows: for each of the five slots, its features' weights summed per label. */
export const WORD_ROWS = SLOT_COUNT * L;

/**
 * An entry of the memory, in one Int32Array: the word's key (its length, split and kind, the hash of
 * its letters, the letters themselves two to an int), its stem's hash (SequenceContext.stems), then its
 * rows. 48 ints: three cache lines.
 */
const KEY = 0;
const HASH = 1;
const STEM_HASH = 2;
const LETTERS = 3;
const MAX_LETTERS = 16;
const ROWS = LETTERS + MAX_LETTERS / 2;
const ENTRY = 48;

/** Entries in the memory: 8192 in sets of two, 1.5 MB (ENTRY ints each). */
const ENTRY_BITS = 13;
const WAYS = 2;

const KIND_CODES: Readonly<Record<TokenKind, number>> = { word: 1, latin: 2, number: 3, punctuation: 4, symbol: 5, url: 6, email: 7, other: 8 };

/** What identifies a word's features besides its letters: its length, its split and its kind (never 0). */
function keyOf(token: Token): number {
  return (token.norm.length << 16) | (token.prefix.length << 8) | (token.suffix.length << 4) | KIND_CODES[token.kind];
}

/** 32-bit FNV-1a of the letters and the key. */
function hashOf(norm: string, key: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < norm.length; k++) {
    h ^= norm.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  h ^= key;
  h = Math.imul(h, 0x01000193);
  return (h ^ (h >>> 15)) | 0;
}

/**
 * Each word's emission rows, its feature weights summed for every slot, remembered across calls. A
 * word's features depend on its token alone, never on its neighbours, so a word seen before costs one
 * block of L × 5 sums instead of a dozen scattered rows of the weights (and one hash of its stem).
 * The features are a function of the normalized word, its kind and its split, and the tokenizer's
 * split is the word cut at two lengths (prefix, stem, suffix are slices of `norm`); so an entry is
 * keyed by the letters, the two lengths and the kind, all compared in full (the clitic splitter can
 * read one word two ways: الان as ال + ان and as الان). Sums are of integers, the same in any order.
 *
 * Memory is fixed: a table of 2^ENTRY_BITS entries, in sets of two by hash, the one used longer ago
 * replaced. Words news repeats stay; a word seen once passes through. Words longer than MAX_LETTERS
 * are summed each time.
 */
export class WordRows {
  private readonly atoms = new Uint32Array(MAX_WORD_ATOMS);
  /** The entries, ENTRY ints each, then one scratch entry for a word too long to keep. */
  readonly entries = new Int32Array(((1 << ENTRY_BITS) + 1) * ENTRY);
  /** Per set: the way used last. */
  private readonly recent = new Uint8Array((1 << ENTRY_BITS) / WAYS);

  constructor(private readonly weights: ModelWeights) {}

  /**
   * Where this token's word's entry starts in `entries`: its rows from `+ rowsAt`, slot s and label y
   * at `+ s * L + y`; its stem's hash at `+ stemHashAt`. Valid until the next call.
   */
  entryOf(token: Token): number {
    const { norm } = token;
    const entries = this.entries;
    if (norm.length > MAX_LETTERS) return this.fill(token, (1 << ENTRY_BITS) * ENTRY, 0, 0);
    const key = keyOf(token);
    const hash = hashOf(norm, key);
    const set = (hash >>> (32 - ENTRY_BITS + 1)) & ((1 << ENTRY_BITS) / WAYS - 1);
    for (let way = 0; way < WAYS; way++) {
      const at = (set * WAYS + way) * ENTRY;
      if (entries[at + KEY] === key && entries[at + HASH] === hash && sameLetters(entries, at + LETTERS, norm)) {
        this.recent[set] = way;
        return at;
      }
    }
    const way = 1 - this.recent[set]!;
    this.recent[set] = way;
    return this.fill(token, (set * WAYS + way) * ENTRY, key, hash);
  }

  /** Writes a word's entry at `at`: its key, letters, stem hash and summed rows. */
  private fill(token: Token, at: number, key: number, hash: number): number {
    const { index, rows: kept, values } = this.weights;
    const entries = this.entries;
    const { norm } = token;
    entries[at + KEY] = key;
    entries[at + HASH] = hash;
    for (let k = 0; k < MAX_LETTERS; k += 2) {
      entries[at + LETTERS + (k >> 1)] = k < norm.length ? norm.charCodeAt(k) | ((k + 1 < norm.length ? norm.charCodeAt(k + 1) : 0) << 16) : 0;
    }
    entries[at + STEM_HASH] = stemHash(token);
    const rows = at + ROWS;
    entries.fill(0, rows, rows + WORD_ROWS);
    const atoms = this.atoms;
    const count = wordAtoms(token, atoms, 0);
    for (let k = 0; k < count; k++) {
      const atom = atoms[k]!;
      const reach = atomReach(atom);
      // the atom's rows, one per slot it reaches, are neighbours in the index and in the kept rows
      let row = atomRow(atom) + CENTRE - reach;
      let has = index[2 * (row >>> 5)]!;
      let from = keptBefore(index, row);
      for (let to = rows + (CENTRE - reach) * L, last = rows + (CENTRE + reach) * L; to <= last; to += L, row++) {
        if ((row & 31) === 0) has = index[2 * (row >>> 5)]!;
        if ((has & (1 << (row & 31))) === 0) continue;
        entries[to]! += values[kept[from]!]!;
        entries[to + 1]! += values[kept[from + 1]!]!;
        entries[to + 2]! += values[kept[from + 2]!]!;
        entries[to + 3]! += values[kept[from + 3]!]!;
        entries[to + 4]! += values[kept[from + 4]!]!;
        entries[to + 5]! += values[kept[from + 5]!]!;
        entries[to + 6]! += values[kept[from + 6]!]!;
        from += ROW_BYTES;
      }
    }
    return at;
  }
}

/** Offsets within an entry (see WordRows.entryOf). */
export const rowsAt = ROWS;
export const stemHashAt = STEM_HASH;

/** Whether the letters kept from `at` are `norm`'s (its length is part of the key, already compared). */
function sameLetters(entries: Int32Array, at: number, norm: string): boolean {
  for (let k = 0; k < norm.length; k += 2) {
    const pair = norm.charCodeAt(k) | ((k + 1 < norm.length ? norm.charCodeAt(k + 1) : 0) << 16);
    if (entries[at + (k >> 1)] !== pair) return false;
  }
  return true;
}
