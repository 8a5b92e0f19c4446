import { lazy } from '../text/lazy';
import { PhraseIndex, PhraseIndexGroup, wordSet } from '../text/phrases';

/**
 * The date lexicons, asked together: the grammar tries some eighteen of them at each word that may
 * open a date, and the words around it, so each token is looked up once in all their words
 * (PhraseIndexGroup). Every phrase index of dates/ is made by dateIndex or dateWordSet, and so joins it,
 * except start-words' index of all their first words: it is asked by token, with no stream to keep masks in.
 */
export const dateWords = lazy(() => new PhraseIndexGroup());

/** A date lexicon of phrases with their values, in dateWords. */
export function dateIndex<V>(entries: Iterable<readonly [string, V]>): PhraseIndex<V> {
  return new PhraseIndex(entries, { group: dateWords() });
}

/** A date lexicon of words, in dateWords. */
export function dateWordSet(words: readonly string[]): PhraseIndex<true> {
  return wordSet(words, dateWords());
}
