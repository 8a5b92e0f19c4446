import { LABEL_COUNT as L, mayFollow, MODEL_CATEGORIES, OUTSIDE } from './labels';

/**
 * The decode below is written out for the labels as they are, BIO over three types: O and every B
 * may follow any label, an I only its own type's B or I, and no I opens a sequence. Written out, a
 * token costs a few dozen additions and comparisons of numbers held in registers; a loop over the
 * labels that may come before each label spent most of its time reading its own tables. Should the
 * labels change, this says so at once rather than decoding wrongly.
 */
const WRITTEN_FOR = { labels: 7, types: 3 };
if (L !== WRITTEN_FOR.labels || MODEL_CATEGORIES.length !== WRITTEN_FOR.types || OUTSIDE !== 0) {
  throw new Error('decoder: written for BIO over three types; write it again for these labels');
}
for (let to = 0; to < L; to++) {
  for (let from = 0; from < L; from++) {
    const inside = to % 2 === 0 && to !== OUTSIDE;
    const expected = !inside || from === to || from === to - 1;
    if (mayFollow(from, to) !== expected) throw new Error('decoder: written for BIO over three types; write it again for these labels');
  }
}

export interface Decoded {
  /** The best label of each token. */
  labels: Uint8Array;
  /**
   * Max-marginals: `scores[i * L + y]` is the score of the best labelling that gives token i the
   * label y. The best labelling's score minus another label's is how much the model would have to
   * be wrong by to change its mind at that token. Without scores (`withScores` false), the forward
   * scores only.
   */
  scores: Float64Array;
}

/**
 * Viterbi over a linear chain: `emissions[i * L + y]` scores label y at token i, `transitions[a * L
 * + b]` scores b right after a, `starts[y]` scores y on the first token. A forward pass keeps the
 * best score of each label at each token; the best path is read back from those scores (the first of
 * equal labels wins, at the end and at each step back); a backward pass then adds the best score of
 * the tokens after each token and label, which gives the max-marginal of every token and label.
 * `into`: arrays to write into (at least n and n × L long), reused by a caller that decodes often;
 * by default new ones of the exact size. `from`: decode tokens from…n − 1 only (a segment of a longer
 * sequence, its results at the same places); `ends[y]`: a score added to label y on the last token
 * (the transition into what follows the segment).
 */
export function decode(
  emissions: Float64Array,
  transitions: Float64Array,
  starts: ArrayLike<number>,
  n: number,
  withScores = true,
  into: Decoded = { labels: new Uint8Array(n), scores: new Float64Array(n * L) },
  from = 0,
  ends: ArrayLike<number> | null = null,
): Decoded {
  const { labels, scores } = into;
  if (n <= from) return into;
  const start = from * L;
  const t = transitions;
  // the transitions as locals, row x (from) and column y (into); an I follows only its own type's B or I,
  // so the transitions into an I from any other label are never read and not loaded
  const t00 = t[0]!, t01 = t[1]!, t03 = t[3]!, t05 = t[5]!;
  const t10 = t[7]!, t11 = t[8]!, t12 = t[9]!, t13 = t[10]!, t15 = t[12]!;
  const t20 = t[14]!, t21 = t[15]!, t22 = t[16]!, t23 = t[17]!, t25 = t[19]!;
  const t30 = t[21]!, t31 = t[22]!, t33 = t[24]!, t34 = t[25]!, t35 = t[26]!;
  const t40 = t[28]!, t41 = t[29]!, t43 = t[31]!, t44 = t[32]!, t45 = t[33]!;
  const t50 = t[35]!, t51 = t[36]!, t53 = t[38]!, t55 = t[40]!, t56 = t[41]!;
  const t60 = t[42]!, t61 = t[43]!, t63 = t[45]!, t65 = t[47]!, t66 = t[48]!;
  // forward: the best score of a labelling of tokens 0…i that gives token i label y (an I may not open)
  let f0 = emissions[start]! + starts[0]!;
  let f1 = emissions[start + 1]! + starts[1]!;
  let f2 = -Infinity;
  let f3 = emissions[start + 3]! + starts[3]!;
  let f4 = -Infinity;
  let f5 = emissions[start + 5]! + starts[5]!;
  let f6 = -Infinity;
  keepRow(scores, start, f0, f1, f2, f3, f4, f5, f6);
  for (let i = from + 1, row = start + L; i < n; i++, row += L) {
    const m0 = Math.max(f0 + t00, f1 + t10, f2 + t20, f3 + t30, f4 + t40, f5 + t50, f6 + t60);
    const m1 = Math.max(f0 + t01, f1 + t11, f2 + t21, f3 + t31, f4 + t41, f5 + t51, f6 + t61);
    const m2 = Math.max(f1 + t12, f2 + t22);
    const m3 = Math.max(f0 + t03, f1 + t13, f2 + t23, f3 + t33, f4 + t43, f5 + t53, f6 + t63);
    const m4 = Math.max(f3 + t34, f4 + t44);
    const m5 = Math.max(f0 + t05, f1 + t15, f2 + t25, f3 + t35, f4 + t45, f5 + t55, f6 + t65);
    const m6 = Math.max(f5 + t56, f6 + t66);
    f0 = m0 + emissions[row]!;
    f1 = m1 + emissions[row + 1]!;
    f2 = m2 + emissions[row + 2]!;
    f3 = m3 + emissions[row + 3]!;
    f4 = m4 + emissions[row + 4]!;
    f5 = m5 + emissions[row + 5]!;
    f6 = m6 + emissions[row + 6]!;
    keepRow(scores, row, f0, f1, f2, f3, f4, f5, f6);
  }
  readBestPath(scores, transitions, from, n, ends, labels);
  if (!withScores) return into;
  // backward: b[y] is the best score of tokens i+1… given label y at token i; an I after i is only
  // its own type's, so O reads the O and B after it, a B or I also its own type's I
  let b0 = ends ? ends[0]! : 0;
  let b1 = ends ? ends[1]! : 0;
  let b2 = ends ? ends[2]! : 0;
  let b3 = ends ? ends[3]! : 0;
  let b4 = ends ? ends[4]! : 0;
  let b5 = ends ? ends[5]! : 0;
  let b6 = ends ? ends[6]! : 0;
  for (let after = (n - 1) * L; after > start; after -= L) {
    // the row after i is final once b is known for it
    const a0 = emissions[after]! + b0;
    const a1 = emissions[after + 1]! + b1;
    const a2 = emissions[after + 2]! + b2;
    const a3 = emissions[after + 3]! + b3;
    const a4 = emissions[after + 4]! + b4;
    const a5 = emissions[after + 5]! + b5;
    const a6 = emissions[after + 6]! + b6;
    addToRow(scores, after, b0, b1, b2, b3, b4, b5, b6);
    b0 = Math.max(t00 + a0, t01 + a1, t03 + a3, t05 + a5);
    b1 = Math.max(t10 + a0, t11 + a1, t12 + a2, t13 + a3, t15 + a5);
    b2 = Math.max(t20 + a0, t21 + a1, t22 + a2, t23 + a3, t25 + a5);
    b3 = Math.max(t30 + a0, t31 + a1, t33 + a3, t34 + a4, t35 + a5);
    b4 = Math.max(t40 + a0, t41 + a1, t43 + a3, t44 + a4, t45 + a5);
    b5 = Math.max(t50 + a0, t51 + a1, t53 + a3, t55 + a5, t56 + a6);
    b6 = Math.max(t60 + a0, t61 + a1, t63 + a3, t65 + a5, t66 + a6);
  }
  addToRow(scores, start, b0, b1, b2, b3, b4, b5, b6);
  return into;
}

/** Adds seven amounts to one token's scores from `row`. */
function addToRow(scores: Float64Array, row: number, s0: number, s1: number, s2: number, s3: number, s4: number, s5: number, s6: number): void {
  scores[row] = scores[row]! + s0;
  scores[row + 1] = scores[row + 1]! + s1;
  scores[row + 2] = scores[row + 2]! + s2;
  scores[row + 3] = scores[row + 3]! + s3;
  scores[row + 4] = scores[row + 4]! + s4;
  scores[row + 5] = scores[row + 5]! + s5;
  scores[row + 6] = scores[row + 6]! + s6;
}

/** Writes one token's seven scores from `row`. */
function keepRow(scores: Float64Array, row: number, s0: number, s1: number, s2: number, s3: number, s4: number, s5: number, s6: number): void {
  scores[row] = s0;
  scores[row + 1] = s1;
  scores[row + 2] = s2;
  scores[row + 3] = s3;
  scores[row + 4] = s4;
  scores[row + 5] = s5;
  scores[row + 6] = s6;
}

/**
 * The best path of tokens from…n − 1, read back from the forward scores: the best last label (with
 * `ends`), then at each step back the label whose forward score plus the transition reaches the
 * label after it best (the first of equal ones).
 */
function readBestPath(forward: Float64Array, transitions: Float64Array, from: number, n: number, ends: ArrayLike<number> | null, labels: Uint8Array): void {
  let row = (n - 1) * L;
  let label = 0;
  let top = -Infinity;
  for (let y = 0; y < L; y++) {
    const s = forward[row + y]! + (ends ? ends[y]! : 0);
    if (s > top) {
      top = s;
      label = y;
    }
  }
  labels[n - 1] = label;
  for (let i = n - 1; i > from; i--) {
    row -= L;
    // an I follows only its own type's B or I; O and a B follow any label
    const inside = label !== OUTSIDE && label % 2 === 0;
    const first = inside ? label - 1 : 0;
    const last = inside ? label : L - 1;
    let best = -Infinity;
    let previous = 0;
    for (let x = first; x <= last; x++) {
      const s = forward[row + x]! + transitions[x * L + label]!;
      if (s > best) {
        best = s;
        previous = x;
      }
    }
    labels[i - 1] = previous;
    label = previous;
  }
}
