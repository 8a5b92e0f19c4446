import { normalize } from './normalize';

// Words of plain Arabic letters, one space between them: all lexicons are mostly made of these, and
// all normalize does to them is fold the hamza alefs, alef maksura and ta marbuta. Folding them
// directly keeps building the big lexicons (gazetteer, name words) cheap on the first call.
const PLAIN_ARABIC_WORDS = /^[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)*$/;
const HAMZA_ALEFS = /[\u0622\u0623\u0625]/g;

/** The fully folded form used as a lookup key for lexicons: the same folds tokens get. */
export function foldKey(s: string): string {
  if (PLAIN_ARABIC_WORDS.test(s)) return s.replace(HAMZA_ALEFS, 'ا').replaceAll('ى', 'ي').replaceAll('ة', 'ه');
  return normalize(s).text;
}
