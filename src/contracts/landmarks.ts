// Nouns of places built or settled (LANDMARK_HEADS), which the people and the dates recognizers both
// read: a name in construct after one is the place's, not a person in the news (`شارع الملك فهد`) nor
// a date (`ملعب 5 جويلية`).
import { LANDMARK_HEADS } from '../data/people/words';
import { foldKey } from '../text/fold-key';
import { lazy } from '../text/lazy';
import { hasArticle } from '../text/phrases';
import type { Token } from '../text/tokenize';

/** LANDMARK_HEADS folded, built on first use: parseDate's bundle carries no call at import. */
const landmarkHeads = lazy((): ReadonlySet<string> => new Set(LANDMARK_HEADS.map(foldKey)));

/**
 * Whether the token is a landmark's noun in construct, as a place's name follows it: one of
 * LANDMARK_HEADS without the article or a pronoun (`مطار`, `بمدينة`; not `المستشفى`, `ملعبه`).
 */
export function isLandmarkHead(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.suffix === '' && !hasArticle(token) && landmarkHeads().has(token.stem);
}
