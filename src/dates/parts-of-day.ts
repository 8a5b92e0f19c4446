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
  // the prayers mark the day's parts: بعد المغرب، بعد صلاة العشاء
  ['بعد الفجر', 'dawn'],
  ['بعد صلاة الفجر', 'dawn'],
  ['بعد صلاة الظهر', 'afternoon'],
  ['بعد العصر', 'afternoon'],
  ['بعد صلاة العصر', 'afternoon'],
  ['بعد المغرب', 'evening'],
  ['بعد صلاة المغرب', 'evening'],
  ['بعد العشاء', 'night'],
  ['بعد صلاة العشاء', 'night'],
];

/** Parts of the day after a clock hour, with the article as speech puts them (الساعة 3 العصر، 7 المسا). */
const PARTS_AFTER_HOUR: ReadonlyArray<readonly [string, PartOfDay]> = [
  ['الفجر', 'dawn'],
  ['الصبح', 'morning'],
  ['الصباح', 'morning'],
  ['الظهر', 'noon'],
  ['العصر', 'afternoon'],
  ['المغرب', 'evening'],
  ['المساء', 'evening'],
  ['المسا', 'evening'],
  ['العشاء', 'night'],
  ['الليل', 'night'],
];

export const partOfDayNouns = lazy(() => new PhraseIndex(PART_OF_DAY_NOUNS));
export const partOfDayAdverbs = lazy(() => new PhraseIndex(PART_OF_DAY_ADVERBS));
const partsAfterHour = lazy(() => new PhraseIndex(PART_OF_DAY_ADVERBS.concat(PARTS_AFTER_HOUR)));

export function matchPartOfDayNoun(stream: TokenStream, index: number): PhraseMatch<PartOfDay> | null {
  return partOfDayNouns().match(stream, index);
}

export function matchPartOfDayAdverb(stream: TokenStream, index: number): PhraseMatch<PartOfDay> | null {
  return partOfDayAdverbs().match(stream, index);
}

/** A part of the day after a clock hour: an adverb, or a definite noun (الساعة 3 العصر). */
export function matchPartAfterHour(stream: TokenStream, index: number): PhraseMatch<PartOfDay> | null {
  return partsAfterHour().match(stream, index);
}
