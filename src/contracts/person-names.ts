// Words used in people's names (Wikidata, see scripts/generate-given-names.mjs), shared by the
// recognizers: a place name that is also a person's name needs more evidence, and a person's name
// may start with one.
import { lazy } from '../text/lazy';
import { PACKED_PERSON_NAME_WORDS } from '../data/people/given-names.generated';
import { foldPlainLetters } from '../text/fold-key';
import { swapArabicAscii } from '../text/packed-arabic';
import { filteredSet, type FilteredWords } from '../text/word-shapes';

/** Folded words used in three or more people's names. Built on first use, the list folded at once (its words are plain). */
export const personNameWords = lazy((): FilteredWords<true> => filteredSet(foldPlainLetters(swapArabicAscii(PACKED_PERSON_NAME_WORDS)).split(' ')));
