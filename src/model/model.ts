import type { EntityCategory } from '../contracts/entity';
import type { Token } from '../text/tokenize';
import { decode, type Decoded } from './decoder';
import {
  ContextFeature,
  closedTokens,
  contextBucket,
  pairRow,
  ruleTags,
  CENTRE,
  TAG_VALUES,
  EDGE_TAG,
  PAIR_AFTER,
  PAIR_BEFORE,
  type RuleSpan,
} from './features';
import { beginOf, insideOf, LABEL_COUNT as L, MODEL_CATEGORIES, OUTSIDE, typeOf } from './labels';
import { rowAt, type ModelWeights } from './weights';
import { KEPT_LABELS, WORD_ROWS, WordRows } from './word-rows';

/** A span the model proposes: whole tokens, a category and how sure the model is (its weakest token's margin). */
export interface ModelSpan {
  category: EntityCategory;
  firstToken: number;
  nextToken: number;
  margin: number;
}

/** What the model read in one token sequence. */
export interface ModelReading {
  /** Its spans that clear their type's threshold, in text order (overlapping the rules' or not). */
  spans: readonly ModelSpan[];
  /** How strongly the model reads tokens first…next − 1 as outside any entity (its weakest token; negative when it does not). */
  outsideMargin(firstToken: number, nextToken: number): number;
}

interface ContextTables {
  withBefore: Int32Array;
  withAfter: Int32Array;
  strength: Int32Array;
  twoBefore: Int32Array;
  twoAfter: Int32Array;
  /** The sum of all five for a token with no rule span within two tokens. */
  quiet: Int32Array;
  /** The sum of all five for the token being read, when it has a rule span within two tokens. */
  context: Int32Array;
}

/** Per token, what a read marks before it reads anything: the rules' tags and strengths, and the closed tokens. */
interface TokenMarks {
  tags: Uint8Array;
  strengths: Uint8Array;
  closed: Uint8Array;
}

/** Arrays the reading of open tokens writes into, at least as long as the tokens (× L for scores). */
interface ScoreBuffers {
  emissions: Float64Array;
  decoded: Decoded;
  stems: Int32Array;
  /** Per token: where its word's rows are, a kept entry's in WordRows.rows, or ~k for the k-th spare word of the read (`spares`). */
  words: Int32Array;
  /** The tokens whose words a read looks up, in order. */
  looked: Int32Array;
  /** Per k, one more than the tokens: the row of the pair of words at k − 1 and k (pairRow(stems, k − 1)). */
  pairs: Int32Array;
  /** Per open token: where its pair before and its pair after are in the kept rows (rowAt), or -1 when they have no weight. */
  pairBefore: Int32Array;
  pairAfter: Int32Array;
}

/**
 * Arrays a read writes into, made for `size` tokens (at least 256), kept for the next read when at
 * most `keep` tokens long: a longer text's arrays go with it.
 */
class KeptArrays<T> {
  private kept: T | null = null;
  private keptSize = 0;
  constructor(
    private readonly make: (size: number) => T,
    private readonly keep: number,
  ) {}

  /** Arrays for n tokens: the kept ones when they are long enough, else new ones. */
  for(n: number): T {
    if (this.kept !== null && this.keptSize >= n) return this.kept;
    const size = Math.max(n, 256);
    const arrays = this.make(size);
    if (size <= this.keep) {
      this.kept = arrays;
      this.keptSize = size;
    }
    return arrays;
  }
}

/**
 * Tokens up to which the scores' arrays are kept: some 20,000 characters of news, 230 kB; the marks,
 * three bytes a token, are kept up to 65,536 tokens (192 kB), more than a piece of text has
 * (extract/pieces.ts), so text dense in numbers, whose tokens are all closed, allocates nothing.
 */
const KEPT_SCORE_TOKENS = 4096;
const KEPT_MARK_TOKENS = 65_536;

export interface ModelSettings {
  /** Per type, in MODEL_CATEGORIES order: the margin a span must clear. */
  thresholds: readonly number[];
}

/**
 * A trained sequence labeller over khabar's tokens: sums of hashed, quantized feature weights per
 * token and label, decoded by Viterbi with max-marginals.
 */
export class EntityModel {
  private tables: ContextTables | null = null;
  private readonly marks = new KeptArrays<TokenMarks>(
    (size) => ({ tags: new Uint8Array(size), strengths: new Uint8Array(size), closed: new Uint8Array(size) }),
    KEPT_MARK_TOKENS,
  );
  private readonly scores = new KeptArrays<ScoreBuffers>(
    (size) => ({
      emissions: new Float64Array(size * L),
      decoded: { labels: new Uint8Array(size), scores: new Float64Array(size * L) },
      stems: new Int32Array(size),
      words: new Int32Array(size),
      looked: new Int32Array(size),
      pairs: new Int32Array(size + 1),
      pairBefore: new Int32Array(size),
      pairAfter: new Int32Array(size),
    }),
    KEPT_SCORE_TOKENS,
  );
  /** Each word's summed rows, remembered across calls (bounded). */
  private readonly words: WordRows;
  /** The rows of the words a read finds not kept (WordRows.spare), WORD_ROWS each; grown when a read has more. */
  private spares: Int32Array = new Int32Array(16 * WORD_ROWS);
  /** What findPairs loads, folded and kept so that the compiler keeps the loads. */
  private touched = 0;
  /** The transitions from O into each label, and from each label into O. */
  private readonly fromOutside: Float64Array;
  private readonly toOutside: Float64Array;
  constructor(
    private readonly weights: ModelWeights,
    private readonly settings: ModelSettings,
  ) {
    this.words = new WordRows(weights);
    this.fromOutside = weights.transitions.slice(OUTSIDE * L, OUTSIDE * L + L);
    this.toOutside = Float64Array.from({ length: L }, (_, y) => weights.transitions[y * L + OUTSIDE]!);
  }

  /**
   * What the model reads in `tokens`, with the rules' spans as features. The reading's
   * `outsideMargin` is good until the model's next read: its scores live in arrays the model reuses.
   */
  read(tokens: readonly Token[], rules: readonly RuleSpan[]): ModelReading {
    const n = tokens.length;
    const marked = this.mark(tokens, rules);
    // text made of numbers and the rules' dates and figures: nothing to read, every token O for sure
    if (marked.closedCount === n) return ALL_CLOSED;
    const work = this.scores.for(n);
    const emissions = this.emissions(tokens, rules, marked, work);
    const { labels, scores } = this.decodeOpen(emissions, marked.closed, n, work.decoded);
    /** How far the best labelling is ahead of any labelling that changes token i. */
    const marginAt = (i: number): number => {
      const row = i * L;
      const best = scores[row + labels[i]!]!;
      let rival = -Infinity;
      for (let y = 0; y < L; y++) if (y !== labels[i] && scores[row + y]! > rival) rival = scores[row + y]!;
      return best - rival;
    };
    const spans: ModelSpan[] = [];
    for (let i = 0; i < n; i++) {
      if (labels[i] === OUTSIDE) continue;
      const type = typeOf(labels[i]!);
      if (labels[i] !== beginOf(type)) continue;
      let next = i + 1;
      while (next < n && labels[next] === insideOf(type)) next++;
      const threshold = this.settings.thresholds[type]!;
      // a type the model never proposes (its threshold is infinite) needs no margin
      if (threshold === Infinity) continue;
      let margin = Infinity;
      for (let k = i; k < next; k++) margin = Math.min(margin, marginAt(k));
      if (margin >= threshold) spans.push({ category: MODEL_CATEGORIES[type]!, firstToken: i, nextToken: next, margin });
    }
    return {
      spans,
      outsideMargin(first, next) {
        let margin = Infinity;
        for (let k = first; k < next; k++) {
          let rival = -Infinity;
          for (let y = 1; y < L; y++) rival = Math.max(rival, scores[k * L + y]!);
          margin = Math.min(margin, scores[k * L + OUTSIDE]! - rival);
        }
        return margin;
      },
    };
  }

  /**
   * The decode of the open tokens, run by run. A closed token is O, so the chain parts there: each
   * run of open tokens is decoded alone, entered from O (or the start) and left to O (or the end),
   * which gives the labels and the margins a decode of the whole sequence gives. A closed token's
   * scores say O alone.
   */
  private decodeOpen(emissions: Float64Array, closed: Uint8Array, n: number, into: Decoded): Decoded {
    const { transitions, starts } = this.weights;
    const { labels, scores } = into;
    for (let first = 0; first < n; ) {
      if (closed[first] === 1) {
        labels[first] = OUTSIDE;
        closeRow(scores, first * L);
        first++;
        continue;
      }
      let next = first + 1;
      while (next < n && closed[next] === 0) next++;
      decode(emissions, transitions, first === 0 ? starts : this.fromOutside, next, true, into, first, next === n ? null : this.toOutside);
      first = next;
    }
    return into;
  }

  /** The rules' tags and people's strengths at each token, and the closed tokens and how many (closedTokens). */
  private mark(tokens: readonly Token[], rules: readonly RuleSpan[]): TokenMarks & { closedCount: number } {
    const n = tokens.length;
    const marks = this.marks.for(n);
    const { tags, strengths } = ruleTags(n, rules, { tags: marks.tags.subarray(0, n), strengths: marks.strengths.subarray(0, n) });
    const closed = marks.closed.subarray(0, n);
    return { tags, strengths, closed, closedCount: closedTokens(tokens, tags, closed) };
  }

  /**
   * Emission scores of every token and label: the features of the words up to one away, each read
   * through the slot of its distance, and the token's context. Each word's rows for every slot come
   * summed (WordRows) and are added to the tokens that read them. The scores of one token may all be
   * off by one amount (a kept word's rows leave out O's weight): only their differences count. A
   * closed token (closedTokens) scores O alone, and a word that only closed tokens read is not looked up.
   */
  private emissions(
    tokens: readonly Token[],
    rules: readonly RuleSpan[],
    { tags, strengths, closed, closedCount } = this.mark(tokens, rules),
    work = this.scores.for(tokens.length),
  ): Float64Array {
    const n = tokens.length;
    const { rows: kept, values } = this.weights;
    // the scores are integers: their sums are exact in any order
    const emissions = work.emissions.subarray(0, n * L);
    const stems = work.stems.subarray(0, n);
    const words = this.words;
    const kept16 = words.rows;
    // each word an open token reads, looked up once: where its rows are (WordRows.find)
    const at = work.words.subarray(0, n);
    const looked = work.looked;
    let count = 0;
    for (let j = 0; j < n; j++) if (closedCount === 0 || readByOpen(closed, Math.max(0, j - CENTRE), Math.min(n - 1, j + CENTRE))) looked[count++] = j;
    words.beginRead();
    words.prepare(tokens, looked, count);
    let spares = this.spares;
    let spareCount = 0;
    for (let k = 0; k < count; k++) {
      const j = looked[k]!;
      const entry = words.find(tokens[j]!, k);
      if (entry >= 0) {
        stems[j] = words.stemHashOf(entry);
        at[j] = words.rowsOf(entry);
        continue;
      }
      // a word not kept (too long, or sums beyond 16 bits): its rows, the spare's, copied aside for this read
      if ((spareCount + 1) * WORD_ROWS > spares.length) spares = this.spares = grown(spares);
      spares.set(words.spare, spareCount * WORD_ROWS);
      stems[j] = words.spareStemHash;
      at[j] = ~spareCount++;
    }
    this.findPairs(stems, closed, work);
    const { pairBefore, pairAfter } = work;
    const { withBefore, withAfter, strength, twoBefore, twoAfter, quiet, context } = this.contextTables();
    for (let i = 0; i < n; i++) {
      const row = i * L;
      if (closed[i] === 1) {
        closeRow(emissions, row);
        continue;
      }
      // the token's scores summed in registers and written once: the words up to one away, each
      // through the slot of its distance (token i reads word j through slot j − i + CENTRE), its pairs and its context
      let e0 = 0;
      let e1 = 0;
      let e2 = 0;
      let e3 = 0;
      let e4 = 0;
      let e5 = 0;
      let e6 = 0;
      for (let j = Math.max(0, i - CENTRE), last = Math.min(n - 1, i + CENTRE); j <= last; j++) {
        const slot = j - i + CENTRE;
        const rows = at[j]!;
        if (rows >= 0) {
          // a kept row holds every label but O, less O's weight (KEPT_LABELS)
          const from = rows + slot * KEPT_LABELS;
          e1 += kept16[from]!;
          e2 += kept16[from + 1]!;
          e3 += kept16[from + 2]!;
          e4 += kept16[from + 3]!;
          e5 += kept16[from + 4]!;
          e6 += kept16[from + 5]!;
        } else {
          const from = ~rows * WORD_ROWS + slot * L;
          e0 += spares[from]!;
          e1 += spares[from + 1]!;
          e2 += spares[from + 2]!;
          e3 += spares[from + 3]!;
          e4 += spares[from + 4]!;
          e5 += spares[from + 5]!;
          e6 += spares[from + 6]!;
        }
      }
      // most pairs of words are in no row with a weight (findPairs)
      const before = pairBefore[i]!;
      if (before >= 0) {
        e0 += values[kept[before]!]!;
        e1 += values[kept[before + 1]!]!;
        e2 += values[kept[before + 2]!]!;
        e3 += values[kept[before + 3]!]!;
        e4 += values[kept[before + 4]!]!;
        e5 += values[kept[before + 5]!]!;
        e6 += values[kept[before + 6]!]!;
      }
      const after = pairAfter[i]!;
      if (after >= 0) {
        e0 += values[kept[after]!]!;
        e1 += values[kept[after + 1]!]!;
        e2 += values[kept[after + 2]!]!;
        e3 += values[kept[after + 3]!]!;
        e4 += values[kept[after + 4]!]!;
        e5 += values[kept[after + 5]!]!;
        e6 += values[kept[after + 6]!]!;
      }
      // most tokens have no rule span within two tokens: their context is the same every time (quiet);
      // the others' is the sum of the five tables' rows, gathered in `context`
      let ctx = quiet;
      if (!(i > 1 && i + 2 < n && (tags[i - 2]! | tags[i - 1]! | tags[i]! | tags[i + 1]! | tags[i + 2]! | strengths[i]!) === 0)) {
        const own = tags[i]!;
        const withTagBefore = (TAG_VALUES * (i > 0 ? tags[i - 1]! : EDGE_TAG) + own) * L;
        const withTagAfter = (TAG_VALUES * (i + 1 < n ? tags[i + 1]! : EDGE_TAG) + own) * L;
        const person = strengths[i]! * L;
        const twoBack = (i > 1 ? tags[i - 2]! : EDGE_TAG) * L;
        const twoAhead = (i + 2 < n ? tags[i + 2]! : EDGE_TAG) * L;
        for (let y = 0; y < L; y++) {
          context[y] = withBefore[withTagBefore + y]! + withAfter[withTagAfter + y]! + strength[person + y]! + twoBefore[twoBack + y]! + twoAfter[twoAhead + y]!;
        }
        ctx = context;
      }
      emissions[row] = e0 + ctx[0]!;
      emissions[row + 1] = e1 + ctx[1]!;
      emissions[row + 2] = e2 + ctx[2]!;
      emissions[row + 3] = e3 + ctx[3]!;
      emissions[row + 4] = e4 + ctx[4]!;
      emissions[row + 5] = e5 + ctx[5]!;
      emissions[row + 6] = e6 + ctx[6]!;
    }
    return emissions;
  }

  /**
   * Where each open token's pairs of words are in the kept rows (rowAt), written into `work`'s
   * pairBefore and pairAfter. After the rules the index and the rows are mostly out of the
   * processor's caches, and a probe inside the long loop over the tokens waited for its misses
   * nearly alone. So two short loops do the probes first: one finds the row of every pair and loads
   * its index word, many misses in flight at once; the next probes with the index near and loads the
   * first byte of each kept row found, for the token loop to read near (model.read right after a
   * rules-only extract: 0.95 of the time, median of 10 processes, 0.86–1.13). What the token loop
   * sums is the same. A pair no open token reads (a closed token's, whose stem may be an earlier
   * read's) is loaded all the same: a few wasted loads cost less than a test per pair.
   */
  private findPairs(stems: Int32Array, closed: Uint8Array, { pairs, pairBefore, pairAfter }: ScoreBuffers): void {
    const { index, rows } = this.weights;
    const n = stems.length;
    let touched = 0;
    for (let k = 0; k <= n; k++) {
      const row = pairRow(stems, k - 1);
      pairs[k] = row;
      touched ^= index[2 * (row >>> 5)]!;
    }
    for (let i = 0; i < n; i++) {
      if (closed[i] === 1) continue;
      const before = rowAt(index, pairs[i]! + PAIR_BEFORE);
      const after = rowAt(index, pairs[i + 1]! + PAIR_AFTER);
      pairBefore[i] = before;
      pairAfter[i] = after;
      // a pair with no weight loads the first row: a line as good as any
      touched ^= rows[before < 0 ? 0 : before]! ^ rows[after < 0 ? 0 : after]!;
    }
    this.touched = touched;
  }

  /**
   * The weights of the context features by value, gathered once from the weight rows: a token then
   * reads a few small, hot arrays instead of scattered buckets. `withBefore` also holds the token's
   * own tag and the bias.
   */
  private contextTables(): ContextTables {
    if (this.tables) return this.tables;
    const { index, rows: kept, values } = this.weights;
    const row = (feature: number, value: number, into: Int32Array, at: number) => {
      const from = rowAt(index, contextBucket(feature, value));
      if (from >= 0) for (let y = 0; y < L; y++) into[at * L + y]! += values[kept[from + y]!]!;
    };
    const pairs = TAG_VALUES * TAG_VALUES;
    const t: ContextTables = {
      withBefore: new Int32Array(pairs * L),
      withAfter: new Int32Array(pairs * L),
      strength: new Int32Array(TAG_VALUES * L),
      twoBefore: new Int32Array(TAG_VALUES * L),
      twoAfter: new Int32Array(TAG_VALUES * L),
      quiet: new Int32Array(L),
      context: new Int32Array(L),
    };
    for (let value = 0; value < pairs; value++) {
      const own = value % TAG_VALUES;
      row(ContextFeature.withBefore, value, t.withBefore, value);
      row(ContextFeature.own, own, t.withBefore, value);
      row(ContextFeature.bias, 0, t.withBefore, value);
      row(ContextFeature.withAfter, value, t.withAfter, value);
    }
    for (let value = 0; value < TAG_VALUES; value++) {
      row(ContextFeature.strength, value, t.strength, value);
      row(ContextFeature.twoBefore, value, t.twoBefore, value);
      row(ContextFeature.twoAfter, value, t.twoAfter, value);
    }
    for (let y = 0; y < L; y++) t.quiet[y] = t.withBefore[y]! + t.withAfter[y]! + t.strength[y]! + t.twoBefore[y]! + t.twoAfter[y]!;
    this.tables = t;
    return t;
  }
}

/**
 * The reading of a sequence of closed tokens only: no span, and each token O by an infinite margin
 * (a closed token's scores are O's 0 and −∞ for every other label, closeRow).
 */
// a plain literal, no call (Object.freeze), so that a bundle without the model drops it; its spans are readonly
const ALL_CLOSED: ModelReading = { spans: [], outsideMargin: () => Infinity };

/** A closed token's scores from `row`: O alone (0), every other label −∞. */
function closeRow(scores: Float64Array, row: number): void {
  scores[row] = 0;
  for (let y = 1; y < L; y++) scores[row + y] = -Infinity;
}

/** A copy of `rows` twice as long. */
function grown(rows: Int32Array): Int32Array {
  const longer = new Int32Array(rows.length * 2);
  longer.set(rows);
  return longer;
}

/** Whether any of tokens first…last (those in the sequence) is open. */
function readByOpen(closed: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (closed[i] === 0) return true;
  return false;
}

/**
 * What the entity stage reads with: the shipped model, or in training a model being learned or a
 * stand-in with the same face. `veto[strength − 1]`: the margin by which the model must read a
 * questionable person's words as no entity to set the reading aside, by the rules' strength (ModelData);
 * `promote`: the margin by which it must read a person over exactly a weakest guess's words to make
 * the guess a name.
 */
export interface ModelWithRules {
  reader: Pick<EntityModel, 'read'>;
  veto: readonly number[];
  promote: number;
}
