import { normalize } from './normalize';

// Words of plain Arabic letters, one space between them: all lexicons are mostly made of these, and
// all normalize does to them is fold the hamza alefs, alef maksura and ta marbuta. Folding them
// directly keeps building the big lexicons (gazetteer, name words) cheap on the first call.
const PLAIN_ARABIC_WORDS = /^[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)*$/;
const HAMZA_ALEFS = /[\u0622\u0623\u0625]/g;

/** The fully folded form used as a lookup key for lexicons: the same folds tokens get. */
export function foldKey(s: string): string {
  if (PLAIN_ARABIC_WORDS.test(s)) return foldPlainLetters(s);
  return normalize(s).text;
}

/**
 * foldKey of plain Arabic words (letters, one space between words), for a whole packed table at once:
 * the folds change one letter for one letter and leave separators alone, so folding the table then
 * splitting it gives each name's foldKey. Only for tables whose names are all plain words (the
 * generated ones; a test checks it).
 */
export function foldPlainLetters(s: string): string {
  return s.replace(HAMZA_ALEFS, 'ا').replaceAll('ى', 'ي').replaceAll('ة', 'ه');
}
