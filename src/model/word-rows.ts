import type { Token, TokenKind } from '../text/tokenize';
import { atomReach, atomRow, CENTRE, MAX_WORD_ATOMS, SLOT_COUNT, stemHash, wordAtoms } from './features';
import { LABEL_COUNT as L } from './labels';
import { keptBefore, ROW_BYTES, type ModelWeights } from './weights';

/** Ints in one word's rows as summed (WordRows.spare): for each slot, its features' weights summed per label. */
export const WORD_ROWS = SLOT_COUNT * L;

/**
 * Labels a kept row holds: every label but O, each less O's weight. A word's rows add the same amount
 * to every label of a token when O's weight is taken from each, which changes no labelling's rank and
 * no margin; so a kept slot needs L − 1 sums, not L.
 */
export const KEPT_LABELS = L - 1;

/**
 * An entry of the memory, 64 bytes: one cache line for a word found. Its header and letters as ints
 * (the word's key: its length, split and kind; its stem's hash,
 * SequenceContext.stems; the letters a byte each, four to an int), then its rows as 16-bit sums,
 * KEPT_LABELS a slot, and in its last int the read that last found it (WordRows.read).
 */
const KEY = 0;
const STEM_HASH = 1;
const LETTERS = 2;
/** Letters an entry keeps: four ints of four. */
const MAX_LETTERS = 16;
/** Where the rows start, in 16-bit units from the entry's start. */
const ROWS = 2 * (LETTERS + MAX_LETTERS / 4);
const ENTRY_INTS = 16;
const ENTRY_SHORTS = 2 * ENTRY_INTS;
const READ_OF = ENTRY_INTS - 1;
if (ROWS + SLOT_COUNT * KEPT_LABELS > 2 * READ_OF) throw new Error("word-rows: a word's rows no longer fit its 64 bytes");

/** Entries in the memory: 32,768 in sets of sixteen, 2 MB. */
const ENTRY_BITS = 15;
const WAY_BITS = 4;
const WAYS = 1 << WAY_BITS;
const ENTRIES = 1 << ENTRY_BITS;
const SETS = ENTRIES / WAYS;
if (WAYS !== 16) throw new Error('word-rows: a set\'s tags are read as four ints of four (waysTagged)');

/**
 * A word described for a lookup (WordRows.prepare): its key (0 when no entry can hold the word), its
 * four ints of letters, its mix, and the entry it is likely at (WordRows.touchEntries).
 */
const DESCRIBED_KEY = 0;
const DESCRIBED_LETTERS = 1;
const DESCRIBED_MIX = 5;
const DESCRIBED_LIKELY = 6;
const DESCRIBED = 8;

/**
 * The most uses an entry counts (WordRows.uses). A word read in every article earns its place in a few
 * reads; a bound of three lets a word that has stopped coming give its place up after three misses
 * in its set.
 */
const MAX_USES = 3;

/** What a 16-bit sum holds; a word whose sums do not fit is summed each time (WordRows.spare). */
const SHORT_MAX = 0x7fff;

/**
 * A kind's code (never 0). A switch, not a record read by the kind: a property read by a key that
 * changes from token to token is a generic lookup in V8 (its keyed load goes megamorphic), and
 * every lookup of a word made one.
 */
function kindCode(kind: TokenKind): number {
  switch (kind) {
    case 'word':
      return 1;
    case 'latin':
      return 2;
    case 'number':
      return 3;
    case 'punctuation':
      return 4;
    case 'symbol':
      return 5;
    case 'url':
      return 6;
    case 'email':
      return 7;
    case 'other':
      return 8;
  }
}

/** What identifies a word's features besides its letters: its length, its split and its kind (never 0). */
function keyOf(token: Token): number {
  return (token.norm.length << 16) | (token.prefix.length << 8) | (token.suffix.length << 4) | kindCode(token.kind);
}

/** A word's key and letters mixed (murmur3's steps and finalizer): its set is the top bits (setOf), its tag the whole. */
function mixOf(key: number, q0: number, q1: number, q2: number, q3: number): number {
  let h = Math.imul(key ^ q0, 0xcc9e2d51);
  h = Math.imul(h ^ (h >>> 15) ^ q1, 0x1b873593);
  h = Math.imul(h ^ (h >>> 13) ^ q2, 0xcc9e2d51);
  h = Math.imul(h ^ (h >>> 15) ^ q3, 0x1b873593);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}

/** The set of a word's entry, from its mix: the top bits. */
const setOf = (mix: number): number => mix >>> (32 - ENTRY_BITS + WAY_BITS);

/** An entry's tag, from its word's mix: its low eight bits, 1 for 0 (the tag of an empty entry). */
function tagOf(mix: number): number {
  const low = mix & 0xff;
  return low + ((low - 1) >>> 31);
}

/** Ints of a set's tags (WordRows.tags): four tags of eight bits to an int. */
const TAG_INTS = WAYS / 4;

/**
 * The ways of a set whose tag is `tag`, a bit each (way w is bit w), found without a branch: a word's
 * entry is mostly out of the processor's nearer caches when a read begins (the rules ran in between),
 * and a branch on which way matched, which the processor cannot foresee, would hold each word's load
 * of its entry back until the word before was found; found so, the loads of several words overlap. It
 * may hold a way whose tag is not `tag` (zeroBytes), never leaves one out.
 */
function waysTagged(tags: Int32Array, set: number, tag: number): number {
  const pattern = Math.imul(tag, 0x01010101);
  const at = set * TAG_INTS;
  return (
    zeroBytes(tags[at]! ^ pattern) | (zeroBytes(tags[at + 1]! ^ pattern) << 4) | (zeroBytes(tags[at + 2]! ^ pattern) << 8) | (zeroBytes(tags[at + 3]! ^ pattern) << 12)
  );
}

/**
 * A bit for each byte of x that is 0 (bit k for byte k, the lowest first), by the carry of subtracting
 * 1 from every byte at once: a byte just above a 0 may be marked too, never a 0 missed.
 */
function zeroBytes(x: number): number {
  const z = (x - 0x01010101) & ~x & 0x80808080;
  return ((z >>> 7) & 1) | ((z >>> 14) & 2) | ((z >>> 21) & 4) | ((z >>> 28) & 8);
}

/**
 * Writes a token's word as a lookup reads it into `into` from `at` (DESCRIBED ints): its key, its
 * letters a byte each, four to an int, and its mix; key 0 when no entry can hold it (longer than
 * MAX_LETTERS, or a letter with no byte), as such a word is summed at once.
 */
function describe(token: Token, into: Int32Array, at: number): void {
  const { norm } = token;
  const length = norm.length;
  into[at + DESCRIBED_KEY] = 0;
  // a word no entry holds reads the first set's line: a line as good as any
  into[at + DESCRIBED_MIX] = 0;
  if (length > MAX_LETTERS) return;
  // the letters held in registers and written once
  let q0 = 0;
  let q1 = 0;
  let q2 = 0;
  let q3 = 0;
  for (let k = 0; k < length; k++) {
    const b = letterByte(norm.charCodeAt(k));
    if (b === 0) return;
    const bits = b << (8 * (k & 3));
    if (k < 4) q0 |= bits;
    else if (k < 8) q1 |= bits;
    else if (k < 12) q2 |= bits;
    else q3 |= bits;
  }
  const key = keyOf(token);
  into[at + DESCRIBED_KEY] = key;
  into[at + DESCRIBED_LETTERS] = q0;
  into[at + DESCRIBED_LETTERS + 1] = q1;
  into[at + DESCRIBED_LETTERS + 2] = q2;
  into[at + DESCRIBED_LETTERS + 3] = q3;
  into[at + DESCRIBED_MIX] = mixOf(key, q0, q1, q2, q3);
}

/**
 * Each word's emission rows, its feature weights summed for every slot, remembered across calls. A
 * word's features depend on its token alone, never on its neighbours, so a word seen before costs one
 * block of sums instead of a dozen scattered rows of the weights (and one hash of its stem).
 * The features are a function of the normalized word, its kind and its split, and the tokenizer's
 * split is the word cut at two lengths (prefix, stem, suffix are slices of `norm`); so an entry is
 * keyed by the letters, the two lengths and the kind, all compared in full (the clitic splitter can
 * read one word two ways: الان as ال + ان and as الان). Sums are of integers, the same in any order.
 *
 * Memory is fixed: a table of 2^ENTRY_BITS entries of one cache line each, in sets of sixteen by hash.
 * A word not found replaces the least used entry of its set only when that entry's uses have run
 * out; otherwise it takes one use from it and is summed in passing. The one used longer ago was
 * replaced until session 7: when a set's words came round in turn, as the words of a stream of news
 * do between two mentions, each evicted the next and none was ever found (the bench's 249 articles
 * over and over: 14,075 of 124,625 lookups a pass summed anew, 9,633 after). Words news repeats stay;
 * a word seen once passes through. Sets of four, not two, since session 9: 27,428 words in 32,768
 * entries overflowed many a set of two (9,838 sums a pass there, 6,441 in sets of four); of sixteen
 * since session 20 (5,380 → 1,620 sums a pass, the read 7–10% faster inside extract, where each sum
 * reads rows of the weights out of the caches; in sets of eight 3,100). Words
 * longer than MAX_LETTERS, with a letter outside printable ASCII, the Arabic block's first half and a
 * few marks of typography (a byte each: letterByte), or whose sums do not fit 16 bits, are summed each time.
 */
export class WordRows {
  private readonly atoms = new Uint32Array(MAX_WORD_ATOMS);
  private readonly memory = new ArrayBuffer(ENTRIES * ENTRY_INTS * 4);
  /**
   * Per entry: its word's tag (tagOf), 0 when empty, a byte each, four to an int (way w in int w >> 2
   * from bit 8 × (w & 3)): a set's sixteen tags are 16 bytes, in 32 kB. A lookup compares them
   * (waysTagged) and reads the 2 MB of entries only at a way whose tag matches, one memory line, where
   * comparing each way's key read up to four (3,105 → 2,989 M instructions and 24.0 → 22.7 M
   * first-level misses a pass of the bench's news, cachegrind, in sets of four and tags of 32 bits).
   */
  private readonly tags = new Int32Array(SETS * TAG_INTS);
  /** The entries' headers and letters (ENTRY_INTS ints each). */
  private readonly keys = new Int32Array(this.memory);
  /** The entries' rows (from rowsOf(entry)): for slot s and label y > O, `+ s * KEPT_LABELS + y − 1`. */
  readonly rows = new Int16Array(this.memory);
  /**
   * Per entry: how often its word was found, up to MAX_USES, less one for each word of its set that
   * found no place while it was the set's less used entry; 0 for an empty entry or one whose word's
   * turn is over.
   */
  private readonly uses = new Uint8Array(SETS * WAYS);
  /**
   * The read (beginRead) that last found or kept an entry's word is in the entry (READ_OF), whose line a
   * lookup reads anyway. An entry of the current read is never replaced, so that every entry a read
   * has looked up holds its word until the read ends (EntityModel keeps where each word's rows are and
   * sums them later). Reads are counted 1 to 65,535 and round again, never 0, the mark of an entry no
   * read has used: an old read's entry taken for the current one's is only kept a read longer.
   */
  private read = 1;
  /** The rows of the last word looked up when it is not kept (find returned -1), from 0, every label: `s * L + y`. */
  readonly spare = new Int32Array(WORD_ROWS);
  /** Its stem's hash. */
  spareStemHash = 0;
  /** The words of the current read, described (DESCRIBED ints each) by prepare; grown when a read has more. */
  private described = new Int32Array(256 * DESCRIBED);
  /** The sum of what touchEntries loads, kept so that the compiler keeps the loads. */
  private touched = 0;

  constructor(private readonly weights: ModelWeights) {}

  /** Begins a read: the entries looked up from now on stay until the next beginRead. */
  beginRead(): void {
    this.read = (this.read % 0xffff) + 1;
  }

  /**
   * Describes the words of `tokens` at `positions` (the first `count`) for find, and loads the lines
   * of their likely entries. A lookup is two loads each likely to miss, a set's tags and then the
   * entry they point to: the rules, run between two reads, leave little of the memory in the
   * processor's caches. A lookup is a long run of instructions, so looked up one by one each word's
   * misses could not start before the word before was nearly done; loaded first in two short loops,
   * the tags of many words and then their entries, the misses of many words overlap, and find reads
   * lines already near (model.read right after a rules-only extract of the same article: 0.93 of the
   * time, median of 10 processes, 0.82–1.09). What find reads is the same either way: these loads
   * only bring lines in, and no lookup's result depends on them.
   */
  prepare(tokens: readonly Token[], positions: Int32Array, count: number): void {
    if (count * DESCRIBED > this.described.length) this.described = new Int32Array(2 * count * DESCRIBED);
    const described = this.described;
    for (let k = 0; k < count; k++) describe(tokens[positions[k]!]!, described, k * DESCRIBED);
    this.touchEntries(count);
  }

  /**
   * The likely entry of each described word (the first way whose tag is its word's), then that entry's
   * first int and uses, loaded (see prepare).
   */
  private touchEntries(count: number): void {
    const described = this.described;
    const tags = this.tags;
    for (let at = 0; at < count * DESCRIBED; at += DESCRIBED) {
      const mix = described[at + DESCRIBED_MIX]!;
      const set = setOf(mix);
      const ways = waysTagged(tags, set, tagOf(mix));
      // no way tagged (ways 0) reads the way before the set: a line as good as any
      described[at + DESCRIBED_LIKELY] = (set * WAYS + 31 - Math.clz32(ways & -ways)) & (ENTRIES - 1);
    }
    const keys = this.keys;
    const uses = this.uses;
    let touched = 0;
    for (let at = 0; at < count * DESCRIBED; at += DESCRIBED) {
      const entry = described[at + DESCRIBED_LIKELY]!;
      touched += keys[entry * ENTRY_INTS]! + uses[entry]!;
    }
    this.touched = touched;
  }

  /**
   * The entry of the k-th word prepare described, its rows in `rows` from rowsOf(entry) until the next
   * beginRead, or -1 when the word is not kept: its rows are then in `spare`, until the next call.
   */
  find(token: Token, k: number): number {
    const described = this.described;
    const from = k * DESCRIBED;
    const key = described[from + DESCRIBED_KEY]!;
    if (key === 0) return this.sumSpare(token);
    const q0 = described[from + DESCRIBED_LETTERS]!;
    const q1 = described[from + DESCRIBED_LETTERS + 1]!;
    const q2 = described[from + DESCRIBED_LETTERS + 2]!;
    const q3 = described[from + DESCRIBED_LETTERS + 3]!;
    const mix = described[from + DESCRIBED_MIX]!;
    const set = setOf(mix);
    const tag = tagOf(mix);
    const keys = this.keys;
    const tags = this.tags;
    // the key and the four ints of letters (0 past the word's end) are the whole word: a matching tag
    // is confirmed by them, as two words may share a tag
    for (let ways = waysTagged(tags, set, tag); ways !== 0; ways &= ways - 1) {
      const entry = set * WAYS + 31 - Math.clz32(ways & -ways);
      const at = entry * ENTRY_INTS;
      if (keys[at + KEY] === key && keys[at + LETTERS] === q0 && keys[at + LETTERS + 1] === q1 && keys[at + LETTERS + 2] === q2 && keys[at + LETTERS + 3] === q3) {
        if (this.uses[entry]! < MAX_USES) this.uses[entry]!++;
        keys[at + READ_OF] = this.read;
        return entry;
      }
    }
    const sums = this.sum(token);
    if (!fitsShort(sums)) return this.spareOf(token);
    // the least used way (the first of equal ones), and only once its uses have run out
    const first = set * WAYS;
    let entry = first;
    for (let way = first + 1; way < first + WAYS; way++) if (this.uses[way]! < this.uses[entry]!) entry = way;
    const at = entry * ENTRY_INTS;
    if (keys[at + READ_OF] === this.read) return this.spareOf(token);
    if (this.uses[entry]! > 0) {
      this.uses[entry]!--;
      return this.spareOf(token);
    }
    this.uses[entry] = 1;
    keys[at + READ_OF] = this.read;
    const shift = 8 * (entry & 3);
    tags[entry >> 2] = (tags[entry >> 2]! & ~(0xff << shift)) | (tag << shift);
    keys[at + KEY] = key;
    keys[at + STEM_HASH] = stemHash(token);
    keys[at + LETTERS] = q0;
    keys[at + LETTERS + 1] = q1;
    keys[at + LETTERS + 2] = q2;
    keys[at + LETTERS + 3] = q3;
    const rows = this.rows;
    for (let slot = 0, to = this.rowsOf(entry); slot < SLOT_COUNT; slot++) {
      for (let y = 1; y < L; y++, to++) rows[to] = sums[slot * L + y]! - sums[slot * L]!;
    }
    return entry;
  }

  /** Where an entry's rows start in `rows`. */
  rowsOf(entry: number): number {
    return entry * ENTRY_SHORTS + ROWS;
  }

  /** The hash of an entry's stem. */
  stemHashOf(entry: number): number {
    return this.keys[entry * ENTRY_INTS + STEM_HASH]!;
  }

  /** A word not kept: its rows summed into `spare`. */
  private sumSpare(token: Token): number {
    this.sum(token);
    return this.spareOf(token);
  }

  private spareOf(token: Token): number {
    this.spareStemHash = stemHash(token) | 0;
    return -1;
  }

  /** A word's rows, its features' weights summed per slot and label, into `spare`. */
  private sum(token: Token): Int32Array {
    const { index, rows: kept, values } = this.weights;
    const sums = this.spare;
    sums.fill(0);
    const atoms = this.atoms;
    const count = wordAtoms(token, atoms, 0);
    for (let k = 0; k < count; k++) {
      const atom = atoms[k]!;
      const reach = atomReach(atom);
      // the atom's rows, one per slot it reaches, are neighbours in the index and in the kept rows
      let row = atomRow(atom) + CENTRE - reach;
      let has = index[2 * (row >>> 5)]!;
      let from = keptBefore(index, row);
      for (let to = (CENTRE - reach) * L, last = (CENTRE + reach) * L; to <= last; to += L, row++) {
        if ((row & 31) === 0) has = index[2 * (row >>> 5)]!;
        if ((has & (1 << (row & 31))) === 0) continue;
        sums[to]! += values[kept[from]!]!;
        sums[to + 1]! += values[kept[from + 1]!]!;
        sums[to + 2]! += values[kept[from + 2]!]!;
        sums[to + 3]! += values[kept[from + 3]!]!;
        sums[to + 4]! += values[kept[from + 4]!]!;
        sums[to + 5]! += values[kept[from + 5]!]!;
        sums[to + 6]! += values[kept[from + 6]!]!;
        from += ROW_BYTES;
      }
    }
    return sums;
  }
}

/** Whether every sum, less O's of its slot (KEPT_LABELS), fits a 16-bit entry. */
function fitsShort(sums: Int32Array): boolean {
  for (let k = 0; k < sums.length; k++) {
    const relative = sums[k]! - sums[k - (k % L)]!;
    if (relative > SHORT_MAX || relative < -SHORT_MAX - 1) return false;
  }
  return true;
}

/**
 * A letter as an entry keeps it, one byte: printable ASCII as itself, U+0600–U+067F (Arabic's letters,
 * digits and marks, all that normalized Arabic news holds) from 0x80, a few marks of typography in the
 * control characters' bytes (punctuationByte); 0 for any other, which no kept word has (so the 0 that
 * pads an entry's last four letters stands for no letter).
 */
function letterByte(c: number): number {
  if (c >= 0x20 && c < 0x80) return c;
  if (c >= 0x600 && c < 0x680) return c - 0x580;
  return c < 0x20 ? 0 : punctuationByte(c);
}

/**
 * The byte of a mark of typography news uses outside ASCII (« » · • and curly quotes and dashes), in
 * the control characters' place (letterByte keeps no word with one): such a mark is a token of its own
 * read as a word, and was summed every time it came (789 sums a pass of the bench's news, 13% of all).
 */
function punctuationByte(c: number): number {
  switch (c) {
    case 0x00ab: // «
      return 1;
    case 0x00bb: // »
      return 2;
    case 0x00b7: // ·
      return 3;
    case 0x2022: // •
      return 4;
    case 0x2018: // ‘
      return 5;
    case 0x2019: // ’
      return 6;
    case 0x201c: // “
      return 7;
    case 0x201d: // ”
      return 8;
    case 0x2013: // –
      return 9;
    case 0x2014: // —
      return 10;
    case 0x2026: // …
      return 11;
    default:
      return 0;
  }
}
