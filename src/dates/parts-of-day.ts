// Named parts of the day: a noun before a day (صباح الجمعة، ظهر يوم أمس، ليلة السبت) or an adverb
// after a day or an hour (الجمعة صباحا، الساعة الواحدة ظهراً).
import type { PartOfDay } from './types';
import { lazy } from '../text/lazy';
import { PhraseIndex, type PhraseMatch, type TokenStream } from '../text/phrases';

const PART_OF_DAY_NOUNS: ReadonlyArray<readonly [string, PartOfDay]> = [
  ['فجر', 'dawn'],
  ['صباح', 'morning'],
  ['ظهر', 'noon'],
  ['ظهيرة', 'noon'],
  ['عصر', 'afternoon'],
  ['مساء', 'evening'],
  ['ليلة', 'night'],
  ['ليل', 'night'],
];

const PART_OF_DAY_ADVERBS: ReadonlyArray<readonly [string, PartOfDay]> = [
  ['فجرا', 'dawn'],
  ['صباحا', 'morning'],
  ['ظهرا', 'noon'],
  ['بعد الظهر', 'afternoon'],
  ['عصرا', 'afternoon'],
  ['مساء', 'evening'],
  ['مساءا', 'evening'],
  ['ليلا', 'night'],
];

export const partOfDayNouns = lazy(() => new PhraseIndex(PART_OF_DAY_NOUNS));
const adverbs = lazy(() => new PhraseIndex(PART_OF_DAY_ADVERBS));

export function matchPartOfDayNoun(stream: TokenStream, index: number): PhraseMatch<PartOfDay> | null {
  return partOfDayNouns().match(stream, index);
}

export function matchPartOfDayAdverb(stream: TokenStream, index: number): PhraseMatch<PartOfDay> | null {
  return adverbs().match(stream, index);
}
