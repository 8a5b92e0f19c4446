// A bit filter in front of a big table of words. Nearly every token is looked up in several big
// tables (given names, start words, gazetteer names), and most of the lookups miss: a Map of thousands
// of strings costs a cache miss or two at each, while one bit of a small typed array says "not here"
// for nearly every word that is not listed, before any Map is probed or key sliced.
import { rememberedShape, type Token } from './tokenize';

/**
 * A word's first four letters, last two letters and length, hashed to 32 bits (a letter outside a
 * short word counts as 0, see codeAt): the whole of most words of news, which have six
 * letters or fewer, so that two words seldom share a shape. Fewer letters let too many through: most
 * words start with the article, and with three letters and the last one, المتحدة had the shape of
 * المدينة, and the gazetteer's filter passed one word in six that it does not hold.
 */
export function shapeHash(first: number, second: number, third: number, fourth: number, secondLast: number, last: number, length: number): number {
  let h = Math.imul(((first & 0xffff) << 16) | (second & 0xffff), 0x9e3779b1) ^ Math.imul(length, 0x85ebca6b);
  h ^= Math.imul(((third & 0xffff) << 16) | (last & 0xffff), 0xcc9e2d51);
  h ^= Math.imul(((fourth & 0xffff) << 16) | (secondLast & 0xffff), 0x1b873593);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d);
}

/**
 * The UTF-16 code at `index`, 0 outside the word, as shapeHash counts it. Reading past a string's end
 * (NaN) would throw away the optimized code of the reader (an out-of-bounds deopt) and of shapeHash
 * (NaN is not a small integer), again for each reader, in the first pass of a fresh process.
 */
export const codeAt = (word: string, index: number): number => (index >= 0 && index < word.length ? word.charCodeAt(index) : 0);

/** shapeHash of a word. */
export const shapeOf = (word: string): number =>
  shapeHash(codeAt(word, 0), codeAt(word, 1), codeAt(word, 2), codeAt(word, 3), codeAt(word, word.length - 2), codeAt(word, word.length - 1), word.length);

/** shapeOf(token.norm), worked out once a token (for all the tables asked about it). */
export const normShape = (token: Token): number => rememberedShape(token, false, shapeOf);

/** shapeOf(token.stem), worked out once a token; the norm's when the splitter took nothing off the word. */
export const stemShape = (token: Token): number => rememberedShape(token, true, shapeOf);

/**
 * One bit per bucket of word shapes (shapeHash), about sixteen buckets a word so that few words
 * pass that are not listed, even among tens of thousands: a clear bit proves a word absent.
 *
 * The bits are set only after as many lookups as there are words, every lookup passing until then.
 * The filter is a shortcut and never an answer (a word it passes is looked up in the table, whose
 * answer stands), so its absence changes no result; but shaping thousands of words on the first
 * extract, before the engine has compiled shapeOf, cost more than the rest of building the tables
 * (about 7,000 instructions a word for the people's name words). Deferred, the words are shaped by
 * compiled code, the tokens having been shaped by then, and lookups that found no filter cost a
 * table probe each, no more than the shaping they spared. Measured (cachegrind, session 10): the
 * first extract 883 → 772 M instructions, but a whole cold pass over 249 articles about 0.25 G (2%)
 * more, for reasons not found (not the small tables: setting theirs at once kept the cost).
 */
export class ShapeFilter {
  // until the bits are set, one word of them all set, which every shape reads (shape >>> 27 >>> 5 is
  // 0): every lookup takes the one path, before and after
  private bits = Int32Array.of(-1);
  private shift = 27;
  /** Lookups left until the bits are set; 0 once they are. */
  private lookupsLeft: number;

  /** `words`: the listed words, read when the bits are set; `count`: how many distinct words they are. */
  constructor(
    private readonly words: () => Iterable<string>,
    count: number,
  ) {
    this.lookupsLeft = Math.max(1, count);
  }

  /** Whether a word of this shape may be listed (false: it is not). */
  mayHold(shape: number): boolean {
    if (this.lookupsLeft !== 0 && --this.lookupsLeft === 0) this.setBits();
    const bucket = shape >>> this.shift;
    return ((this.bits[bucket >>> 5]! >>> (bucket & 31)) & 1) !== 0;
  }

  private setBits(): void {
    const words = [...this.words()];
    // 2^bits buckets: at least 256, at most 2^20 (128 kB)
    const bits = Math.min(20, Math.max(8, Math.ceil(Math.log2(words.length * 16 + 1))));
    const shift = 32 - bits;
    const table = new Int32Array(1 << (bits - 5));
    for (let k = 0; k < words.length; k++) {
      const bucket = shapeOf(words[k]!) >>> shift;
      table[bucket >>> 5]! |= 1 << (bucket & 31);
    }
    this.shift = shift;
    this.bits = table;
  }
}

/**
 * A read-only Map of words with a ShapeFilter in front: `get` and `has` of an unlisted word cost one
 * hash of four letters and one bit, not a Map probe.
 */
export class FilteredWords<V> {
  private readonly filter: ShapeFilter;

  constructor(private readonly entries: ReadonlyMap<string, V>) {
    this.filter = new ShapeFilter(() => entries.keys(), entries.size);
  }

  /** `shape`: the word's shapeOf when known already (a token's: normShape, stemShape). */
  get(word: string, shape = shapeOf(word)): V | undefined {
    return this.filter.mayHold(shape) ? this.entries.get(word) : undefined;
  }

  has(word: string, shape = shapeOf(word)): boolean {
    return this.filter.mayHold(shape) && this.entries.has(word);
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** The words, as a Set gives them. */
  [Symbol.iterator](): IterableIterator<string> {
    return this.entries.keys();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A set of words as FilteredWords (a Set's lookups, behind the filter). */
export function filteredSet(words: readonly string[]): FilteredWords<true> {
  const entries = new Map<string, true>();
  for (let k = 0; k < words.length; k++) entries.set(words[k]!, true);
  return new FilteredWords(entries);
}
