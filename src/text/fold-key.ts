import { normalize } from './normalize';

/** The fully folded form used as a lookup key for lexicons: the same folds tokens get. */
export function foldKey(s: string): string {
  return normalize(s).text;
}
