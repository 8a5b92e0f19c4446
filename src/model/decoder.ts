import { LABEL_COUNT as L, mayFollow } from './labels';

/** -Infinity for label pairs BIO forbids (an I after O or after another type), 0 otherwise. */
const FORBIDDEN = (() => {
  const table = new Float64Array(L * L);
  for (let from = 0; from < L; from++) for (let to = 0; to < L; to++) table[from * L + to] = mayFollow(from, to) ? 0 : -Infinity;
  return table;
})();
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
      for (let x = 0; x < L; x++) {
        const s = forward[prev + x]! + transitions[x * L + y]! + FORBIDDEN[x * L + y]!;
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
  // backward[i][y]: the best score of tokens after i given label y at i; forward + backward = max-marginal
  const scores = forward;
  let backward = new Float64Array(L);
  let next = new Float64Array(L);
  for (let i = n - 2; i >= 0; i--) {
    const row = i * L;
    const after = row + L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      for (let z = 0; z < L; z++) {
        const s = transitions[y * L + z]! + FORBIDDEN[y * L + z]! + emissions[after + z]! + backward[z]!;
        if (s > best) best = s;
      }
      next[y] = best;
    }
    // the row after i is final once backward for i is known
    for (let z = 0; z < L; z++) scores[after + z] = scores[after + z]! + backward[z]!;
    [backward, next] = [next, backward];
  }
  for (let y = 0; y < L; y++) scores[y] = scores[y]! + backward[y]!;
  return { labels, scores };
}
