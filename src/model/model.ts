import type { EntityCategory } from '../contracts/entity';
import type { Token } from '../text/tokenize';
import { decode } from './decoder';
import {
  ContextFeature,
  contextBucket,
  pairBucket,
  sequenceContext,
  SLOT_COUNT,
  slotOffset,
  TAG_VALUES,
  EDGE_TAG,
  visitWordFeatures,
  type RuleSpan,
} from './features';
import { beginOf, insideOf, LABEL_COUNT as L, MODEL_CATEGORIES, OUTSIDE, typeOf } from './labels';
import type { ModelWeights } from './weights';

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
  spans: ModelSpan[];
  /** How strongly the model reads tokens first…next − 1 as outside any entity (its weakest token; negative when it does not). */
  outsideMargin(firstToken: number, nextToken: number): number;
}

/** Words whose feature sums are kept (about 150 bytes each). */
const WORD_MEMO = 30_000;

interface ContextTables {
  withBefore: Int32Array;
  withAfter: Int32Array;
  strength: Int32Array;
  twoBefore: Int32Array;
  twoAfter: Int32Array;
}

export interface ModelSettings {
  /** Per type, in MODEL_CATEGORIES order: the margin a span must clear. */
  thresholds: readonly number[];
}

/**
 * A trained sequence labeller over khabar's tokens. Features of each distinct word are summed once
 * (see wordSums), so a token costs five small vector additions, its context and the decoding.
 */
export class EntityModel {
  /**
   * Each word's feature weights summed by slot, kept across texts: news repeats its vocabulary, and
   * summing a word's features costs a dozen scattered memory reads. Bounded (emptied when full); the
   * sums depend on the word alone, so what is kept never changes a result.
   */
  private readonly wordSums = new Map<string, Int32Array>();
  private tables: ContextTables | null = null;
  constructor(
    private readonly weights: ModelWeights,
    private readonly settings: ModelSettings,
  ) {}

  read(tokens: readonly Token[], rules: readonly RuleSpan[]): ModelReading {
    const n = tokens.length;
    const emissions = this.emissions(tokens, rules);
    const { labels, scores } = decode(emissions, this.weights.transitions, this.weights.starts, n);
    const best = new Float64Array(n);
    for (let i = 0; i < n; i++) best[i] = scores[i * L + labels[i]!]!;
    /** How far the best labelling is ahead of any labelling that changes token i. */
    const marginAt = (i: number): number => {
      let rival = -Infinity;
      for (let y = 0; y < L; y++) if (y !== labels[i] && scores[i * L + y]! > rival) rival = scores[i * L + y]!;
      return best[i]! - rival;
    };
    const spans: ModelSpan[] = [];
    for (let i = 0; i < n; i++) {
      const type = typeOf(labels[i]!);
      if (type < 0 || labels[i] !== beginOf(type)) continue;
      let next = i + 1;
      while (next < n && labels[next] === insideOf(type)) next++;
      let margin = Infinity;
      for (let k = i; k < next; k++) margin = Math.min(margin, marginAt(k));
      if (margin >= this.settings.thresholds[type]!) spans.push({ category: MODEL_CATEGORIES[type]!, firstToken: i, nextToken: next, margin });
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

  /** Emission scores of every token and label: its neighbours' word features by slot, and its context. */
  private emissions(tokens: readonly Token[], rules: readonly RuleSpan[]): Float64Array {
    const n = tokens.length;
    const { emissions: table, values } = this.weights;
    const byWord = this.wordSums;
    const sums: Int32Array[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const token = tokens[i]!;
      const key = token.kind === 'word' ? token.norm : token.kind + ' ' + token.norm;
      let sum = byWord.get(key);
      if (!sum) {
        const into = new Int32Array(SLOT_COUNT * L);
        visitWordFeatures(token, (b, slot) => {
          for (let y = 0; y < L; y++) into[slot * L + y]! += values[table[b * L + y]!]!;
        });
        sum = into;
        if (byWord.size >= WORD_MEMO) byWord.clear();
        byWord.set(key, sum);
      }
      sums[i] = sum;
    }
    const ctx = sequenceContext(tokens, rules);
    const emissions = new Float64Array(n * L);
    const { withBefore, withAfter, strength, twoBefore, twoAfter } = this.contextTables();
    const { tags, strengths } = ctx;
    for (let i = 0; i < n; i++) {
      const row = i * L;
      for (let slot = 0; slot < SLOT_COUNT; slot++) {
        const j = i + slotOffset(slot);
        if (j < 0 || j >= n) continue;
        const sum = sums[j]!;
        const from = slot * L;
        for (let y = 0; y < L; y++) emissions[row + y]! += sum[from + y]!;
      }
      const own = tags[i]!;
      const before = (TAG_VALUES * (i > 0 ? tags[i - 1]! : EDGE_TAG) + own) * L;
      const after = (TAG_VALUES * (i + 1 < n ? tags[i + 1]! : EDGE_TAG) + own) * L;
      const person = strengths[i]! * L;
      const twoBack = (i > 1 ? tags[i - 2]! : EDGE_TAG) * L;
      const twoAhead = (i + 2 < n ? tags[i + 2]! : EDGE_TAG) * L;
      const pairBefore = pairBucket(ctx, i - 1, false) * L;
      const pairAfter = pairBucket(ctx, i, true) * L;
      for (let y = 0; y < L; y++) {
        emissions[row + y]! +=
          withBefore[before + y]! +
          withAfter[after + y]! +
          strength[person + y]! +
          twoBefore[twoBack + y]! +
          twoAfter[twoAhead + y]! +
          values[table[pairBefore + y]!]! +
          values[table[pairAfter + y]!]!;
      }
    }
    return emissions;
  }

  /**
   * The weights of the context features by value, gathered once from the hash table: a token then
   * reads a few small, hot arrays instead of scattered buckets. `withBefore` also holds the token's
   * own tag and the bias.
   */
  private contextTables(): ContextTables {
    if (this.tables) return this.tables;
    const { emissions: table, values } = this.weights;
    const row = (feature: number, value: number, into: Int32Array, at: number) => {
      const b = contextBucket(feature, value);
      for (let y = 0; y < L; y++) into[at * L + y]! += values[table[b * L + y]!]!;
    };
    const pairs = TAG_VALUES * TAG_VALUES;
    const t: ContextTables = {
      withBefore: new Int32Array(pairs * L),
      withAfter: new Int32Array(pairs * L),
      strength: new Int32Array(TAG_VALUES * L),
      twoBefore: new Int32Array(TAG_VALUES * L),
      twoAfter: new Int32Array(TAG_VALUES * L),
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
    this.tables = t;
    return t;
  }
}

/**
 * What the entity stage reads with: the shipped model, or in training a model being learned or a
 * stand-in with the same face. `veto`: the margin by which the model must read a guessed person's
 * words as no entity to set the guess aside.
 */
export interface ModelWithRules {
  reader: Pick<EntityModel, 'read'>;
  veto: number;
}
