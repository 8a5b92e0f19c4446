// Years and what marks a number as one: a year word (عام 2020، سنة 2021), an era letter or word
// (2021م، 2021ء، 1442هـ، 1442 هجرية), a preposition of time (في 2020، منذ 2014), or a range with
// another year. A number with none of these is a figure (`1960 عسكريا`), with one exception: a
// plausible year right after a word and right before a comma or full stop (`… استقلت الجزائر 1962، ثم …`).
import type { DateCalendar } from './types';
import { TIME_PREPOSITIONS } from '../data/dates/time-prepositions';
import { YEAR_NOUNS } from '../data/text/number-meem';
import { readMeemAfterNumber } from '../text/number-meem';
import { lazy } from '../text/lazy';
import { startingFromWords } from './relative';
import { fromDayNumber, toDayNumber } from './calendar';
import { dayOfHijri, hijriOfDay } from './hijri';
import { integerOf, isPunctuation, type PhraseMatch, type TokenStream } from '../text/phrases';
import {
  HUNDRED_MULTIPLIER_STEMS,
  HUNDRED_SPELLINGS,
  TEEN_ONLY_NUMBER_WORDS,
  TENS_NUMBER_WORDS,
  TWO_HUNDRED_WORDS,
  UNIT_NUMBER_WORDS,
} from '../data/figures/numbers';
import { dateIndex, dateWordSet } from './word-group';

const ERA_MARKERS: ReadonlyArray<readonly [string, DateCalendar]> = [
  ['م', 'gregory'],
  ['ء', 'gregory'],
  ['ميلادي', 'gregory'],
  ['ميلادية', 'gregory'],
  ['للميلاد', 'gregory'],
  ['هـ', 'islamic'],
  ['هجري', 'islamic'],
  ['هجرية', 'islamic'],
  ['للهجرة', 'islamic'],
];

/** Words before a number that make it a count even before a comma (بلغ عدد القتلى 2000،). */
const COUNT_CUES = [
  'عدد',
  'بلغ',
  'بلغت',
  'نحو',
  'حوالي',
  'قرابة',
  'أكثر',
  'أقل',
  'إلى',
  'من',
  'مجموع',
  'إجمالي',
  'ارتفع',
  'ارتفعت',
  'وصل',
  'وصلت',
  'تجاوز',
  'تجاوزت',
  'سجل',
  'سجلت',
  'مقابل',
  'بين',
];
/** How many words back a count cue is looked for. */
const COUNT_CUE_REACH = 3;

/** The years a bare number may be read as without a year word or era: modern news dates. */
const PLAUSIBLE_YEARS = { min: 1900, max: 2100 } as const;
/** Hijri years written after a Hijri month without هـ (رمضان 1444). */
const PLAUSIBLE_HIJRI_YEARS = { min: 1300, max: 1600 } as const;

const eraMarkers = lazy(() => dateIndex(ERA_MARKERS));
/** An era said by the year noun's adjective, before the number (العام الهجري 1446، السنة الميلادية 2025). */
const ERA_ADJECTIVES: ReadonlyArray<readonly [string, DateCalendar]> = [
  ['الهجري', 'islamic'],
  ['الهجرية', 'islamic'],
  ['الميلادي', 'gregory'],
  ['الميلادية', 'gregory'],
];
const eraAdjectives = lazy(() => dateIndex(ERA_ADJECTIVES));
export const yearNouns = lazy(() => dateWordSet(YEAR_NOUNS));
const timePrepositions = lazy(() => dateWordSet(TIME_PREPOSITIONS));
/** من as tokens have it (no letter of it folds): a constant, as a call at import would stay in every bundle. */
const FROM = 'من';
const countCues = lazy(() => dateWordSet(COUNT_CUES));

export interface YearMatch {
  year: number;
  /** The calendar an era marker says, or null when none is written. */
  era: DateCalendar | null;
  end: number;
  next: number;
}

/**
 * The era written right after a number or an ordinal, as a marker (`م`، `هـ`، `للهجرة`: the whole next
 * word, never what is left after a clitic) or an adjective (`الهجري`، `الميلادي`).
 */
export function eraAfter(stream: TokenStream, index: number): PhraseMatch<DateCalendar> | null {
  const marker = eraMarkers().match(stream, index);
  if (marker !== null) return marker.start === stream.tokens[index]!.start ? marker : null;
  return eraAdjectives().match(stream, index);
}

/** A year number at `index` with its era marker, if any (`2021م`, `2021 م`, `1442هـ`). */
function yearNumber(stream: TokenStream, index: number): YearMatch | null {
  const token = stream.tokens[index];
  const number = integerOf(token);
  if (token === undefined || number === null) return null;
  const era = eraMarkers().match(stream, index + 1);
  // an era letter must be the whole next word (م، ء، هـ), never what is left after a clitic
  if (era !== null && era.start === stream.tokens[index + 1]!.start) {
    return { year: number.value, era: era.value, end: era.end, next: era.next };
  }
  return { year: number.value, era: null, end: token.end, next: index + 1 };
}

/**
 * A year written after a month (نوفمبر 2020، رمضان 1444هـ), optionally introduced by من/عام/من عام. A
 * Hijri month (`hijriMonth`, its number) with a Gregorian year, marked so or a plausible one of four
 * digits (رمضان 2025، شهر رمضان من عام 2024، رمضان 2025م), is the one that begins in that year: the
 * match carries its Hijri year (hijriYearStartingIn).
 */
export function yearAfterMonth(stream: TokenStream, index: number, calendar: DateCalendar, hijriMonth?: number): YearMatch | null {
  let at = index;
  if (stream.tokens[at]?.norm === 'من') at++;
  const noun = yearNouns().match(stream, at);
  if (noun !== null) at = noun.next;
  const year = yearNumber(stream, at);
  if (year === null) return null;
  const fourDigits = stream.tokens[at]!.norm.length === 4;
  if (calendar === 'islamic') {
    const gregorian = year.era === 'gregory' || (year.era === null && fourDigits && year.year >= PLAUSIBLE_YEARS.min && year.year <= PLAUSIBLE_YEARS.max);
    if (gregorian) {
      const hijri = hijriMonth === undefined ? null : hijriYearStartingIn(year.year, hijriMonth);
      return hijri === null ? null : { year: hijri, era: 'islamic', end: year.end, next: year.next };
    }
    if (year.era !== null) return year;
    return year.year >= PLAUSIBLE_HIJRI_YEARS.min && year.year <= PLAUSIBLE_HIJRI_YEARS.max ? year : null;
  }
  // a Gregorian month with a Hijri year (مارس 1445هـ) has no year that fits: the month stands alone
  if (year.era !== null) return year.era === 'gregory' ? year : null;
  return fourDigits ? year : null;
}

/**
 * The Hijri year whose month `month` begins in Gregorian year `gregorianYear`: the first such, where a
 * Gregorian year holds two beginnings of the month (2030 holds two of Ramadan).
 */
function hijriYearStartingIn(gregorianYear: number, month: number): number | null {
  const atNewYear = hijriOfDay(toDayNumber(gregorianYear, 1, 1)).year;
  for (const year of [atNewYear, atNewYear + 1]) {
    const first = dayOfHijri(year, month, 1);
    if (first !== null && fromDayNumber(first).year === gregorianYear) return year;
  }
  return null;
}

/**
 * Two consecutive years joined by a slash, one season or fiscal year across both: `2025/2026`,
 * `1447 / 1448هـ` (the era after the second year marks both). Without an era both must be plausible
 * Gregorian years.
 */
export function yearPair(stream: TokenStream, index: number): { first: YearMatch; second: YearMatch } | null {
  const tokens = stream.tokens;
  const firstNumber = integerOf(tokens[index]);
  if (firstNumber === null || firstNumber.digits !== 4 || !isPunctuation(tokens[index + 1], '/')) return null;
  const shortSecond = shortSecondYear(stream, index, firstNumber.value);
  if (shortSecond !== null) return { first: { year: firstNumber.value, era: null, end: tokens[index]!.end, next: index + 1 }, second: shortSecond };
  const second = yearNumber(stream, index + 2);
  if (second === null || second.year !== firstNumber.value + 1 || tokens[index + 2]!.norm.length !== 4) return null;
  if (second.era === null && !(isPlausibleYear(stream, index) && isPlausibleYear(stream, index + 2))) return null;
  const first: YearMatch = { year: firstNumber.value, era: second.era, end: tokens[index]!.end, next: index + 1 };
  return { first, second };
}

/** The thousands a year in words opens with (ألف وتسعمئة، ألفين وعشرين). */
const YEAR_THOUSANDS: ReadonlyArray<readonly [string, number]> = [
  ['ألف', 1000],
  ['ألفين', 2000],
  ['ألفان', 2000],
];
const TEN_WORDS = ['عشر', 'عشرة'];

export const yearThousands = lazy(() => dateIndex(YEAR_THOUSANDS));
const tenWords = lazy(() => dateWordSet(TEN_WORDS));
/** The terms a year in words adds after its thousands, each joined by و: hundreds, tens, units (and teen heads). */
const yearTerms = lazy(() => {
  const entries: [string, number][] = [];
  for (const [value, forms] of [...UNIT_NUMBER_WORDS, ...TEEN_ONLY_NUMBER_WORDS, ...TENS_NUMBER_WORDS]) {
    for (const form of forms) if (value > 0) entries.push([form, value]);
  }
  for (const form of HUNDRED_SPELLINGS) entries.push([form, 100]);
  for (const form of TWO_HUNDRED_WORDS) entries.push([form, 200]);
  for (const [unit, stem] of HUNDRED_MULTIPLIER_STEMS) for (const hundred of HUNDRED_SPELLINGS) entries.push([stem + hundred, unit * 100]);
  return dateIndex(entries);
});

/**
 * A year written in words (`ألفين وعشرين` = 2020, `ألف وتسعمئة وتسعين` = 1990, `ألفين وأربعة عشر`):
 * thousands, then terms joined by و, each smaller than the one before; a unit before عشر is a teen.
 */
function yearInWords(stream: TokenStream, index: number): YearMatch | null {
  const tokens = stream.tokens;
  const thousands = yearThousands().match(stream, index);
  if (thousands === null || thousands.start !== tokens[index]!.start) return null;
  let year = thousands.value;
  let smallest = thousands.value;
  let next = thousands.next;
  let end = thousands.end;
  for (;;) {
    const lone = tokens[next]?.norm === 'و';
    const at = lone ? next + 1 : next;
    const term = yearTerms().match(stream, at);
    const joined = term !== null && (lone ? term.start === tokens[at]!.start : tokens[at]!.norm.startsWith('و'));
    if (!joined) break;
    let value = term.value;
    let after = term.next;
    if (value < 10 && tenWords().has(stream, after)) {
      value += 10;
      after++;
    }
    if (value >= smallest) break;
    year += value;
    smallest = value;
    next = after;
    end = tokens[after - 1]!.end;
  }
  return year > thousands.value || thousands.value === 2000 ? { year, era: null, end, next } : null;
}

/** Words a season or fiscal year written `2024/25` follows (موسم 2024/25، السنة المالية 2025/26). */
const SEASON_CUES = ['موسم', 'الموسم', 'المالي', 'المالية', 'الدراسي', 'الدراسية'];
const seasonCues = lazy(() => dateWordSet([...SEASON_CUES, ...YEAR_NOUNS, ...TIME_PREPOSITIONS]));

/**
 * The second year of a pair written with its last two digits (`2024/25`), the year after the first:
 * only after a season or year word or a preposition of time, since elsewhere `2024/25` is as often
 * the number of a decision or a file.
 */
function shortSecondYear(stream: TokenStream, index: number, first: number): YearMatch | null {
  const token = stream.tokens[index + 2];
  const second = integerOf(token);
  if (second === null || second.digits !== 2 || second.value !== (first + 1) % 100) return null;
  if (!isPlausibleYear(stream, index) || !seasonCues().has(stream, index - 1)) return null;
  return { year: first + 1, era: null, end: token!.end, next: index + 3 };
}

/**
 * A year introduced by a year noun: `عام 2020`, `العام 1990م`, `لعام 2021`, and with the era as the
 * noun's adjective, `العام الهجري 1446`. The noun is part of the mention.
 */
export function yearWithNoun(stream: TokenStream, index: number): (YearMatch & { start: number }) | null {
  const noun = yearNouns().match(stream, index);
  if (noun === null) return null;
  const era = eraAdjectives().match(stream, noun.next);
  const at = era?.next ?? noun.next;
  let year = yearInWords(stream, at);
  if (year === null) {
    year = yearNumber(stream, at);
    if (year === null || stream.tokens[at]!.norm.length < 3) return null;
  }
  // written out, not spread: a spread copy given a field more took a new hidden class nearly every call
  return { year: year.year, era: year.era ?? era?.value ?? null, end: year.end, next: year.next, start: noun.start };
}

/** A number marked as a year by its era (`2021م`) or by where it stands (`في 2020`, `الجزائر 1962،`). */
export function markedYear(stream: TokenStream, index: number, opensRange: boolean): YearMatch | null {
  // في ألفين وعشرين: a year in words after a preposition of time (looked for only at a word: this is
  // asked at every number)
  if (stream.tokens[index]?.kind === 'word' && timePrepositions().has(stream, index - 1)) {
    const inWords = yearInWords(stream, index);
    if (inWords !== null) return inWords;
  }
  // 1950م is a year, سباق 100 م a length, الساعة 7 م an hour: the shared rule tells them apart (asked
  // first: م is an era marker, and in text dense in measures most numbers before it are no year)
  const meem = readMeemAfterNumber(stream, index);
  if (meem !== undefined && meem !== 'year') return null;
  const year = yearNumber(stream, index);
  if (year === null || year.era !== null) return year;
  if (!isPlausibleYear(stream, index)) return null;
  if (opensRange || timePrepositions().has(stream, index - 1) || followsStartingFrom(stream, index)) return year;
  return isBareYear(stream, index) ? year : null;
}

/** `اعتبارا من 2026`, `ابتداء من 2026`: من after a word of a starting point (STARTING_FROM_WORDS), right before `index`. */
function followsStartingFrom(stream: TokenStream, index: number): boolean {
  return stream.tokens[index - 1]?.norm === FROM && startingFromWords().has(stream, index - 2);
}

/** A four-digit number in the plausible span, not the start of a clock time or a decimal. */
export function isPlausibleYear(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index];
  const number = integerOf(token);
  return (
    token !== undefined &&
    number !== null &&
    number.digits === 4 &&
    number.value >= PLAUSIBLE_YEARS.min &&
    number.value <= PLAUSIBLE_YEARS.max &&
    !isPunctuation(stream.tokens[index + 1], ':%')
  );
}

/**
 * The one reading of a number with no marker as a year: right after a word, right before a comma,
 * full stop or semicolon, and no count cue (عدد، بلغ، نحو …) just before. A count takes its noun
 * after the number (`1960 عسكريا`), so a year-like number closing a clause is a year.
 */
function isBareYear(stream: TokenStream, index: number): boolean {
  const tokens = stream.tokens;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (previous === undefined || previous.kind !== 'word') return false;
  if (next !== undefined && !isPunctuation(next, '،,.؛;')) return false;
  for (let back = 1; back <= COUNT_CUE_REACH && index - back >= 0; back++) {
    if (countCues().has(stream, index - back)) return false;
  }
  return true;
}
