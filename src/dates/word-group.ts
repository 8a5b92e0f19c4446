import { lazy } from '../text/lazy';
import { PhraseIndexGroup } from '../text/phrases';

/**
 * The date lexicons, asked together: the grammar tries some eighteen of them at each word that may
 * open a date, and the words around it, so each token is looked up once in all their words
 * (PhraseIndexGroup). Every phrase index of dates/ joins it when made.
 */
export const dateWords = lazy(() => new PhraseIndexGroup());
