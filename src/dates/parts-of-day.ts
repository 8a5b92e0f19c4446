// Named parts of the day: a noun before a day (صباح الجمعة، ظهر يوم أمس، ليلة السبت) or an adverb
// after a day or an hour (الجمعة صباحا، الساعة الواحدة ظهراً).
import type { PartOfDay } from './types';
import { lazy } from '../text/lazy';
import { type PhraseMatch, type TokenStream } from '../text/phrases';
import { dateIndex } from './word-group';

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
  ['عصرا', 'afternoon'],
  ['مساء', 'evening'],
  ['مساءا', 'evening'],
  ['ليلا', 'night'],
];

/**
 * The prayers mark the day's parts (بعد المغرب، قبيل صلاة الفجر، عقب صلاة الجمعة): a prayer names a
 * moment, and a word before it puts the time in the part that follows it, ends at it or holds it.
 * The Friday prayer is held at noon on Friday.
 */
const PRAYERS: ReadonlyArray<readonly [string, { after: PartOfDay; before: PartOfDay; at: PartOfDay }]> = [
  ['الفجر', { after: 'dawn', before: 'night', at: 'dawn' }],
  ['الظهر', { after: 'afternoon', before: 'morning', at: 'noon' }],
  ['العصر', { after: 'afternoon', before: 'afternoon', at: 'afternoon' }],
  ['المغرب', { after: 'evening', before: 'afternoon', at: 'evening' }],
  ['العشاء', { after: 'night', before: 'evening', at: 'night' }],
  ['الجمعة', { after: 'afternoon', before: 'morning', at: 'noon' }],
];
const PRAYER_RELATIONS: ReadonlyArray<readonly [string, 'after' | 'before' | 'at']> = [
  ['بعد', 'after'], ['عقب', 'after'], ['بعيد', 'after'], ['قبل', 'before'], ['قبيل', 'before'],
  ['عند', 'at'], ['أثناء', 'at'], ['خلال', 'at'],
];
/** Words before the prayer's name that make it the prayer: صلاة المغرب, أذان المغرب. */
const PRAYER_NOUNS = ['صلاة', 'أذان'];

/** A part of the day written as an adverb or around a prayer, and whether it can stand as a time alone. */
export interface PartOfDayPhrase {
  part: PartOfDay;
  /**
   * `alone`: it names a time by itself (بعد صلاة المغرب، بعد الظهر); `bare`: a prayer named without
   * صلاة or أذان, a time by itself unless an adjective follows (بعد العصر الحجري is an era);
   * `never`: only beside a day or an hour (صباحا; بعد المغرب, which is as often "after Morocco").
   */
  alone: 'alone' | 'bare' | 'never';
  /** The Friday prayer: the phrase also names the day (Friday). */
  friday: boolean;
}

/** The adverbs and every prayer phrase: relation, then صلاة/أذان or not, then the prayer. */
function partOfDayPhrases(): [string, PartOfDayPhrase][] {
  const phrases: [string, PartOfDayPhrase][] = PART_OF_DAY_ADVERBS.map(([word, part]) => [word, { part, alone: 'never', friday: false }]);
  for (const [prayer, parts] of PRAYERS) {
    const friday = prayer === 'الجمعة';
    for (const [relation, side] of PRAYER_RELATIONS) {
      const part = parts[side];
      for (const noun of PRAYER_NOUNS) phrases.push([`${relation} ${noun} ${prayer}`, { part, alone: 'alone', friday }]);
      // الجمعة alone after بعد is the day, not its prayer; المغرب alone is as often Morocco
      if (!friday) phrases.push([`${relation} ${prayer}`, { part, alone: prayer === 'المغرب' ? 'never' : prayer === 'الظهر' ? 'alone' : 'bare', friday }]);
    }
  }
  return phrases;
}

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

export const partOfDayNouns = lazy(() => dateIndex(PART_OF_DAY_NOUNS));
export const partOfDayAdverbs = lazy(() => dateIndex(partOfDayPhrases()));
const partsAfterHour = lazy(() =>
  dateIndex<PartOfDay>([...partOfDayPhrases().map(([phrase, { part }]) => [phrase, part] as const), ...PARTS_AFTER_HOUR]),
);

export function matchPartOfDayNoun(stream: TokenStream, index: number): PhraseMatch<PartOfDay> | null {
  return partOfDayNouns().match(stream, index);
}

/** A part-of-day adverb or prayer phrase (الجمعة صباحا، بعد صلاة العشاء). */
export function matchPartOfDayAdverb(stream: TokenStream, index: number): PhraseMatch<PartOfDayPhrase> | null {
  return partOfDayAdverbs().match(stream, index);
}

/** A part of the day after a clock hour: an adverb, or a definite noun (الساعة 3 العصر). */
export function matchPartAfterHour(stream: TokenStream, index: number): PhraseMatch<PartOfDay> | null {
  return partsAfterHour().match(stream, index);
}
