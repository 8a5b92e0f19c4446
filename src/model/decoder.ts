import { LABEL_COUNT as L, mayFollow } from './labels';

/**
 * The labels that may come right before each label form a range (BIO: any label before O or a B; only
 * its own type's B or I before an I): `FIRST_BEFORE[y]…LAST_BEFORE[y]`. Decoding reads only those.
 */
const FIRST_BEFORE = new Uint8Array(L);
const LAST_BEFORE = new Uint8Array(L);
for (let to = 0; to < L; to++) {
  let first: number = L;
  let last = -1;
  for (let from = 0; from < L; from++) {
    if (!mayFollow(from, to)) continue;
    first = Math.min(first, from);
    last = Math.max(last, from);
  }
  for (let from = first; from <= last; from++) if (!mayFollow(from, to)) throw new Error('labels: the labels before a label must form a range');
  FIRST_BEFORE[to] = first;
  LAST_BEFORE[to] = last;
}
/** An I cannot open a sequence either: the virtual label before the first token is O. */
const OPENING = Float64Array.from({ length: L }, (_, to) => (mayFollow(0, to) ? 0 : -Infinity));

export interface Decoded {
  /** The best label of each token. */
  labels: Uint8Array;
  /**
   * Max-marginals: `scores[i * L + y]` is the score of the best labelling that gives token i the
   * label y. The best labelling's score minus another label's is how much the model would have to
   * be wrong by to change its mind at that token.
   */
  scores: Float64Array;
}

/**
 * Viterbi over a linear chain: `emissions[i * L + y]` scores label y at token i, `transitions[a * L
 * + b]` scores b right after a, `starts[y]` scores y on the first token. Forward and backward passes
 * give the best path and the max-marginal of every token and label.
 */
export function decode(emissions: Float64Array, transitions: Float64Array, starts: Float64Array, n: number, withScores = true): Decoded {
  const labels = new Uint8Array(n);
  if (n === 0) return { labels, scores: new Float64Array(0) };
  const forward = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) forward[y] = emissions[y]! + starts[y]! + OPENING[y]!;
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const prev = row - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let x = FIRST_BEFORE[y]!, last = LAST_BEFORE[y]!; x <= last; x++) {
        const s = forward[prev + x]! + transitions[x * L + y]!;
        if (s > best) {
          best = s;
          arg = x;
        }
      }
      forward[row + y] = best + emissions[row + y]!;
      back[row + y] = arg;
    }
  }
  const lastRow = (n - 1) * L;
  let end = 0;
  for (let y = 1; y < L; y++) if (forward[lastRow + y]! > forward[lastRow + end]!) end = y;
  labels[n - 1] = end;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + labels[i]!]!;
  if (!withScores) return { labels, scores: forward };
  // backward[y]: the best score of the tokens after i given label y at i; forward + backward = max-marginal
  const scores = forward;
  let backward = new Float64Array(L);
  let next = new Float64Array(L);
  const ahead = new Float64Array(L);
  for (let i = n - 2; i >= 0; i--) {
    const after = i * L + L;
    for (let z = 0; z < L; z++) {
      ahead[z] = emissions[after + z]! + backward[z]!;
      next[z] = -Infinity;
    }
    for (let z = 0; z < L; z++) {
      for (let y = FIRST_BEFORE[z]!, last = LAST_BEFORE[z]!; y <= last; y++) {
        const s = transitions[y * L + z]! + ahead[z]!;
        if (s > next[y]!) next[y] = s;
      }
    }
    // the row after i is final once backward for i is known
    for (let z = 0; z < L; z++) scores[after + z] = scores[after + z]! + backward[z]!;
    const done = backward;
    backward = next;
    next = done;
  }
  for (let y = 0; y < L; y++) scores[y] = scores[y]! + backward[y]!;
  return { labels, scores };
}
