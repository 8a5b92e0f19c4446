// The model's training and evaluation, bundled and run by scripts/train.mjs (never part of the
// package: src/index.ts does not reach this file). Pure functions over strings; the script reads the
// corpus files and writes the weights module.
import { spansBesideRules } from '../src/extract/combine';
import { extractWith } from '../src/extract/extract';
import type { Extraction } from '../src/extract/output';
import type { Token } from '../src/text/tokenize';
import { decode } from '../src/model/decoder';
import { closedTokens, sequenceContext, tokenFeatures, wordFeatures, type RuleSpan } from '../src/model/features';
import { beginOf, insideOf, isInside, LABEL_COUNT as L, MODEL_CATEGORIES, OUTSIDE, typeOf } from '../src/model/labels';
import { EntityModel, type ModelReading, type ModelWithRules } from '../src/model/model';
import { codeOf, fromBase64, packWeights, toBase64, unpackWeights, type WeightCodes } from '../src/model/weights';
import { demonymCode } from '../src/contracts/demonyms';
import { NAME_DESCRIPTORS, ORGANIZATION_HEADS } from '../src/data/organizations/organizations-patterns';
import { foldKey } from '../src/text/fold-key';

/** Corpus tags mapped to the model's types; MISC and anything else is outside. */
const CORPUS_TYPES: Readonly<Record<string, number>> = { PERS: 0, PER: 0, LOC: 1, ORG: 2 };

export interface CorpusToken {
  word: string;
  /** -1 outside, else the type index; `begins` marks a B tag. */
  type: number;
  begins: boolean;
}

/** CoNLL lines `token TAG`, a blank line between sentences. */
export function readConll(text: string): CorpusToken[][] {
  const sentences: CorpusToken[][] = [];
  let current: CorpusToken[] = [];
  for (const line of text.split(/\r?\n/)) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 2 || parts[0] === '') {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    const tag = parts[parts.length - 1]!;
    const [bio, name] = tag.split('-') as [string, string | undefined];
    const type = name !== undefined && name in CORPUS_TYPES ? CORPUS_TYPES[name]! : -1;
    current.push({ word: parts[0]!, type, begins: bio === 'B' });
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** A stretch of corpus sentences as one text: words joined by spaces, sentences by line breaks. */
export interface CorpusDocument {
  text: string;
  /** Gold spans in character offsets: [start, end, type]. */
  gold: [number, number, number][];
  /** Character offset where each sentence starts. */
  sentenceStarts: number[];
}

export function documents(sentences: readonly CorpusToken[][], perDocument: number): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  for (let from = 0; from < sentences.length; from += perDocument) {
    let text = '';
    const gold: [number, number, number][] = [];
    const sentenceStarts: number[] = [];
    for (const sentence of sentences.slice(from, from + perDocument)) {
      if (text !== '') text += '\n';
      sentenceStarts.push(text.length);
      sentence.forEach((token, k) => {
        if (k > 0) text += ' ';
        const start = text.length;
        text += token.word;
        const open = gold[gold.length - 1];
        const continues = token.type >= 0 && !token.begins && open !== undefined && open[2] === token.type && k > 0 && sentence[k - 1]!.type === token.type;
        if (continues) open[1] = text.length;
        else if (token.type >= 0) gold.push([start, text.length, token.type]);
      });
    }
    docs.push({ text, gold, sentenceStarts });
  }
  return docs;
}

/** What the model reads in a document: khabar's tokens and the rules' spans (one piece: documents are short). */
export interface Observed {
  tokens: readonly Token[];
  rules: readonly RuleSpan[];
}

const RESOLVED = { referenceDate: new Date(Date.UTC(2007, 0, 1)), model: false };

/** Runs the rules over a document and records what the model would read. */
export function observe(text: string): Observed {
  let seen: Observed | null = null;
  const recorder: ModelWithRules = {
    reader: {
      read(tokens, rules): ModelReading {
        seen = { tokens, rules: [...rules] };
        return { spans: [], outsideMargin: () => -Infinity };
      },
    },
    veto: [Infinity],
    promote: Infinity,
  };
  extractWith(text, RESOLVED, recorder);
  if (!seen) throw new Error('the entity stage did not run');
  return seen;
}

export function extractRules(text: string): Extraction {
  return extractWith(text, RESOLVED, null);
}

export function extractCombined(text: string, model: ModelWithRules): Extraction {
  return extractWith(text, RESOLVED, model);
}

/**
 * Gold labels on khabar's tokens: a token takes the type of the corpus token it lies in, B on the
 * first khabar token of a B corpus token. Gold spans with no word token inside are unprojectable.
 */
export function project(doc: CorpusDocument, tokens: readonly Token[]): { labels: Uint8Array; unprojected: number } {
  const labels = new Uint8Array(tokens.length);
  let unprojected = 0;
  let k = 0;
  for (const [start, end, type] of doc.gold) {
    while (k < tokens.length && tokens[k]!.end <= start) k++;
    let first = true;
    let j = k;
    for (; j < tokens.length && tokens[j]!.start < end; j++) {
      labels[j] = first ? beginOf(type) : insideOf(type);
      first = false;
    }
    if (first) unprojected++;
    k = j;
  }
  return { labels, unprojected };
}

/** Token spans of BIO labels: [first, next, type]. */
export function spansOf(labels: ArrayLike<number>): [number, number, number][] {
  const spans: [number, number, number][] = [];
  for (let i = 0; i < labels.length; i++) {
    const type = typeOf(labels[i]!);
    if (type < 0 || labels[i] !== beginOf(type)) continue;
    let next = i + 1;
    while (next < labels.length && labels[next] === insideOf(type)) next++;
    spans.push([i, next, type]);
  }
  return spans;
}

/** The token span of each entity mention of an extraction. */
export function extractionSpans(extraction: Extraction, tokens: readonly Token[]): [number, number, number][] {
  const spans: [number, number, number][] = [];
  MODEL_CATEGORIES.forEach((category, type) => {
    for (const entity of extraction[category]) {
      for (const { start, end } of entity.mentions) {
        let first = 0;
        while (first < tokens.length && tokens[first]!.end <= start) first++;
        let next = first;
        while (next < tokens.length && tokens[next]!.start < end) next++;
        spans.push([first, next, type]);
      }
    }
  });
  return spans;
}

const ORGANIZATION = MODEL_CATEGORIES.indexOf('organizations');
/** Head nouns and outlets' descriptors of one word, folded as a token's stem is (حركه، فريق، صحيفه). */
const HEAD_WORDS = new Set([...ORGANIZATION_HEADS.map((h) => h.head), ...NAME_DESCRIPTORS.map((d) => d.word)].filter((w) => !w.includes(' ')).map(foldKey));

/**
 * Organization spans bounded alike for ANERcorp and khabar, for a strict score that leaves their
 * conventions aside: ANERcorp tags the name alone (`حماس`, `برشلونة`, `تايمز`), khabar, after its
 * devset guideline's longest name as written, the head noun the name is written with (`حركة حماس`,
 * `فريق برشلونة`) and a country's nisba after it (`تايمز البريطانية`, `وزارة الدفاع الروسية`). A head
 * noun or outlet's descriptor opening the span and definite nisbas closing it are left out (of a span
 * of two words or more, down to one word); other types' spans are returned as they are.
 */
export function withoutHeadAndNisba(spans: readonly [number, number, number][], tokens: readonly Token[]): [number, number, number][] {
  return spans.map(([first, next, type]) => {
    if (type !== ORGANIZATION) return [first, next, type];
    while (next - first > 1 && tokens[next - 1]!.prefix.endsWith('ال') && demonymCode(tokens[next - 1]) !== null) next--;
    if (next - first > 1 && HEAD_WORDS.has(tokens[first]!.stem)) first++;
    return [first, next, type];
  });
}

/**
 * A training sequence: one corpus sentence's tokens, with features read in its whole document. A
 * closed token (closedTokens) has no features and gold O, as the model labels it O unread.
 */
export interface Instance {
  features: Uint32Array[];
  gold: Uint8Array;
  closed: Uint8Array;
}

const LONGEST_SEQUENCE = 100;

export function instances(doc: CorpusDocument, seen: Observed, gold: Uint8Array): Instance[] {
  const { tokens, rules } = seen;
  const words = tokens.map(wordFeatures);
  const context = sequenceContext(tokens, rules);
  const closed = new Uint8Array(tokens.length);
  closedTokens(tokens, context.tags, closed);
  const open = openGold(gold, closed);
  const features = tokens.map((_, i) => (closed[i] === 1 ? new Uint32Array(0) : tokenFeatures(words, context, i)));
  const out: Instance[] = [];
  let from = 0;
  for (let s = 1; s <= doc.sentenceStarts.length; s++) {
    const boundary = doc.sentenceStarts[s] ?? Infinity;
    let to = from;
    while (to < tokens.length && tokens[to]!.start < boundary) to++;
    // a long run with no sentence end (a list, a table) is cut between entities: one such sequence,
    // guessed as one long span, would swing the transition weights by its length in a single step
    for (let at = from; at < to; ) {
      let end = Math.min(to, at + LONGEST_SEQUENCE);
      while (end < to && end > at + 1 && open[end] !== OUTSIDE) end--;
      out.push({ features: features.slice(at, end), gold: open.slice(at, end), closed: closed.slice(at, end) });
      at = end;
    }
    from = to;
  }
  return out;
}

/** Gold labels with closed tokens O: a span they cut goes on as a new span after them (an I there becomes a B). */
function openGold(gold: Uint8Array, closed: Uint8Array): Uint8Array {
  const open = gold.slice();
  for (let i = 0; i < open.length; i++) {
    if (closed[i] === 1) open[i] = OUTSIDE;
    else if (isInside(open[i]!) && (i === 0 || open[i - 1] === OUTSIDE)) open[i] = open[i]! - 1;
  }
  return open;
}

/** A seeded generator (mulberry32), so shuffles and hence weights are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FloatWeights {
  emissions: Float64Array;
  transitions: Float64Array;
  starts: Float64Array;
}

/**
 * Averaged structured perceptron: decode each sentence with the current weights, move the weights
 * toward the gold labelling and away from the guess, and return the average of the weights over
 * all steps (kept with the usual running-sum trick).
 */
export function trainPerceptron(data: readonly Instance[], buckets: number, epochs: number, seed: number): FloatWeights {
  const w = { emissions: new Float64Array(buckets * L), transitions: new Float64Array(L * L), starts: new Float64Array(L) };
  const u = { emissions: new Float64Array(buckets * L), transitions: new Float64Array(L * L), starts: new Float64Array(L) };
  const order = data.map((_, k) => k);
  const next = random(seed);
  let step = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(next() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const index of order) {
      const { features, gold, closed } = data[index]!;
      const n = gold.length;
      const emissions = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        // a closed token scores O alone, as EntityModel scores it
        if (closed[i] === 1) emissions.fill(-Infinity, i * L + 1, i * L + L);
        for (const b of features[i]!) for (let y = 0; y < L; y++) emissions[i * L + y]! += w.emissions[b * L + y]!;
      }
      const guess = decode(emissions, w.transitions, w.starts, n, false).labels;
      const bump = (table: keyof FloatWeights, at: number, by: number) => {
        w[table][at]! += by;
        u[table][at]! += step * by;
      };
      for (let i = 0; i < n; i++) {
        if (guess[i] !== gold[i]) {
          for (const b of features[i]!) {
            bump('emissions', b * L + gold[i]!, 1);
            bump('emissions', b * L + guess[i]!, -1);
          }
        }
        const goldPair = i === 0 ? -1 : gold[i - 1]! * L + gold[i]!;
        const guessPair = i === 0 ? -1 : guess[i - 1]! * L + guess[i]!;
        if (i === 0 && guess[0] !== gold[0]) {
          bump('starts', gold[0]!, 1);
          bump('starts', guess[0]!, -1);
        } else if (goldPair !== guessPair) {
          bump('transitions', goldPair, 1);
          bump('transitions', guessPair, -1);
        }
      }
      step++;
    }
  }
  const average = (table: keyof FloatWeights) => w[table].map((v, k) => v - u[table][k]! / step);
  return { emissions: average('emissions'), transitions: average('transitions'), starts: average('starts') };
}

/** The weights' average, entry by entry: several perceptrons, trained in different orders, as one. */
export function averageOf(models: readonly FloatWeights[]): FloatWeights {
  const mean = (table: keyof FloatWeights) => models[0]![table].map((_, k) => models.reduce((sum, m) => sum + m[table][k]!, 0) / models.length);
  return { emissions: mean('emissions'), transitions: mean('transitions'), starts: mean('starts') };
}

/**
 * Leaves out the weights of feature rows that fewer than `times` training tokens read: a word seen
 * once or twice in the corpus teaches little beyond it, and each row shipped costs bytes (the
 * usual count cut-off of feature-based taggers).
 */
export function withoutRareRows(weights: FloatWeights, data: readonly Instance[], times: number): FloatWeights {
  const seen = new Uint16Array(weights.emissions.length / L);
  for (const { features } of data) for (const row of features) for (const b of row) if (seen[b]! < times) seen[b]!++;
  const emissions = weights.emissions.map((v, k) => (seen[Math.floor(k / L)]! < times ? 0 : v));
  return { ...weights, emissions };
}

/** Leaves out the emission weights smaller than `share` of the largest weight of any table. */
export function withoutSmallWeights(weights: FloatWeights, share: number): FloatWeights {
  const smallest = share * largestOf(weights);
  return { ...weights, emissions: weights.emissions.map((v) => (Math.abs(v) < smallest ? 0 : v)) };
}

function largestOf(weights: FloatWeights): number {
  let largest = 0;
  for (const table of [weights.emissions, weights.transitions, weights.starts]) for (const v of table) largest = Math.max(largest, Math.abs(v));
  return largest;
}

/** Codes of the weights on the shipped logarithmic scale, the largest weight taking the largest code. */
export function quantize(weights: FloatWeights): WeightCodes {
  const largest = largestOf(weights);
  const code = (v: number) => codeOf(v, largest);
  return {
    emissions: Int8Array.from(weights.emissions, code),
    transitions: Int8Array.from(weights.transitions, code),
    starts: Int8Array.from(weights.starts, code),
  };
}

export function packed(weights: WeightCodes): string {
  return toBase64(packWeights(weights));
}

/** The model as the package will run it: the packed weights read back, so scores here are the shipped model's. */
export function runtimeModel(weights: string, thresholds: readonly number[]): EntityModel {
  return new EntityModel(unpackWeights(fromBase64(weights)), { thresholds });
}

/** Per-type counts for precision and recall. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function emptyCounts(): Counts[] {
  return MODEL_CATEGORIES.map(() => ({ tp: 0, fp: 0, fn: 0 }));
}

/**
 * Scores predicted spans against gold spans per type: strict counts a prediction right when its
 * tokens and type equal a gold span's; relaxed when it overlaps a gold span of its type (each gold
 * span matched once).
 */
export function score(gold: readonly [number, number, number][], predicted: readonly [number, number, number][], strict: Counts[], relaxed: Counts[]): void {
  const unique = dedupe(predicted);
  for (let type = 0; type < MODEL_CATEGORIES.length; type++) {
    const g = gold.filter((s) => s[2] === type);
    const p = unique.filter((s) => s[2] === type);
    const exact = p.filter((s) => g.some((t) => t[0] === s[0] && t[1] === s[1])).length;
    strict[type]!.tp += exact;
    strict[type]!.fp += p.length - exact;
    strict[type]!.fn += g.length - exact;
    const used = new Set<number>();
    let hits = 0;
    for (const s of p) {
      const k = g.findIndex((t, idx) => !used.has(idx) && t[0] < s[1] && s[0] < t[1]);
      if (k >= 0) {
        used.add(k);
        hits++;
      }
    }
    relaxed[type]!.tp += hits;
    relaxed[type]!.fp += p.length - hits;
    relaxed[type]!.fn += g.length - hits;
  }
}

function dedupe(spans: readonly [number, number, number][]): [number, number, number][] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = s.join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Spans a reading adds to the rules, as the entity stage takes them. */
export function addedSpans(reading: ModelReading, rules: readonly RuleSpan[], tokens: readonly Token[], source: string): { span: [number, number, number]; margin: number }[] {
  return spansBesideRules(reading.spans, rules, tokens, source).map((s) => ({
    span: [s.firstToken, s.nextToken, MODEL_CATEGORIES.indexOf(s.category)],
    margin: s.margin,
  }));
}

export { FEATURE_ROWS } from '../src/model/features';
export { EntityModel } from '../src/model/model';
