// Dates written with calendar fields: day-month(-year) in either calendar (`9 نوفمبر`, `20 من
// أيلول`, `12 ربيع الأول 1442هـ`), month-year (`نوفمبر 2020`), a month in context (`شهر رمضان`,
// `في مارس`, `نوفمبر الماضي`), years (see years.ts), numeric dates (`16/11/2020`) and ranges of
// any of these (`11-12 نوفمبر`, `من 5 إلى 7 مارس`, `2020 – 2022`, `بين 2020 و2022`).
import { isValidDay, toDayNumber } from './calendar';
import { calendarDay, type CalendarDay } from './expression';
import { TIME_PREPOSITIONS } from '../data/dates/time-prepositions';
import { lazy } from '../text/lazy';
import { matchMonth } from './months';
import { matchAnchor } from './relative';
import { DASHES, PhraseIndex, integerOf, isPunctuation, wordSet, type TokenStream } from '../text/phrases';
import { isPlausibleYear, markedYear, yearAfterMonth, yearNouns, yearPair, yearWithNoun } from './years';

/** Day ordinals before `من` + month: `الأول من نوفمبر`. */
const DAY_ORDINALS: ReadonlyArray<readonly [string, number]> = [
  ['الأول', 1],
  ['الثاني', 2],
  ['الثالث', 3],
  ['الرابع', 4],
  ['الخامس', 5],
  ['السادس', 6],
  ['السابع', 7],
  ['الثامن', 8],
  ['التاسع', 9],
  ['العاشر', 10],
];

const RANGE_WORDS = ['إلى', 'الى', 'حتى', 'لغاية'];
const OPENING_QUOTES = '“«"\'(';

export const dayOrdinals = lazy(() => new PhraseIndex(DAY_ORDINALS));
const rangeWords = lazy(() => wordSet(RANGE_WORDS));
export const monthNoun = lazy(() => wordSet(['شهر']));
/** Words before a bare month that make it one: شهر نوفمبر، في مارس، منذ أيار. */
const monthContext = lazy(() => wordSet(['شهر', ...TIME_PREPOSITIONS]));
const between = lazy(() => wordSet(['بين']));

/** صفر is also the word "zero" (فاز 2 صفر): as a Hijri month it needs a year or the word شهر. */
const HIJRI_MONTH_ALSO_A_NUMBER = 2;

export interface CalendarMatch {
  day: CalendarDay;
  rangeEnd: CalendarDay | null;
  start: number;
  end: number;
  next: number;
}

/** A calendar date or range of dates starting at `index`. */
export function matchCalendarDate(stream: TokenStream, index: number): CalendarMatch | null {
  const afterBetween = followsBetween(stream, index);
  const first = matchSingleDate(stream, index, afterBetween, false);
  return first === null ? null : extendToRange(stream, first, afterBetween);
}

function matchSingleDate(stream: TokenStream, index: number, afterBetween: boolean, closesRange: boolean): CalendarMatch | null {
  return (
    numericDate(stream, index) ??
    dayFirst(stream, index, afterBetween) ??
    monthFirst(stream, index) ??
    slashedYears(stream, index) ??
    yearFirst(stream, index, afterBetween || closesRange || opensYearRange(stream, index, afterBetween))
  );
}

/** `16/11/2020`, `16-11-2020`, `2020-11-16`, `16.11.2020` (one token): day first unless the year leads. */
function numericDate(stream: TokenStream, index: number): CalendarMatch | null {
  const tokens = stream.tokens;
  const token = tokens[index];
  if (token === undefined) return null;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(token.norm);
  if (token.kind === 'number' && dotted !== null) {
    return dateOfFields(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]), token.start, token.end, index + 1);
  }
  const a = integerOf(token);
  const b = integerOf(tokens[index + 2]);
  const c = integerOf(tokens[index + 4]);
  const separator = tokens[index + 1];
  if (a === null || b === null || c === null || separator === undefined || !isPunctuation(separator, '/-')) return null;
  if (tokens[index + 3]?.norm !== separator.norm) return null;
  const end = tokens[index + 4]!.end;
  if (a.digits === 4 && c.digits <= 2) return dateOfFields(a.value, b.value, c.value, token.start, end, index + 5);
  if (c.digits === 4 && a.digits <= 2) return dateOfFields(c.value, b.value, a.value, token.start, end, index + 5);
  return null;
}

function dateOfFields(year: number, month: number, day: number, start: number, end: number, next: number): CalendarMatch | null {
  if (!isValidDay(year, month, day)) return null;
  return { day: calendarDay('gregory', year, month, day), rangeEnd: null, start, end, next };
}

/** `9 نوفمبر`, `20 من أيلول`, `11-12 نوفمبر 2020`, `من 5 إلى 7 مارس`, `الأول من يناير`. */
function dayFirst(stream: TokenStream, index: number, afterBetween: boolean): CalendarMatch | null {
  const tokens = stream.tokens;
  const number = integerOf(tokens[index]);
  let firstDay: number;
  let at: number;
  if (number !== null) {
    if (number.digits > 2 || number.value < 1 || number.value > 31) return null;
    firstDay = number.value;
    at = index + 1;
  } else {
    const ordinal = dayOrdinals().match(stream, index);
    if (ordinal === null || tokens[ordinal.next]?.norm !== 'من') return null;
    firstDay = ordinal.value;
    at = ordinal.next;
  }
  let lastDay: number | null = null;
  const separator = rangeSeparator(stream, at, afterBetween);
  const secondNumber = separator === null ? null : integerOf(tokens[separator]);
  if (secondNumber !== null && secondNumber.digits <= 2 && secondNumber.value > firstDay && secondNumber.value <= 31) {
    lastDay = secondNumber.value;
    at = separator! + 1;
  }
  if (tokens[at]?.norm === 'من') at++;
  const month = matchMonth(stream, at);
  if (month === null) return null;
  const year = yearAfterMonth(stream, month.next, month.calendar);
  const calendar = month.calendar;
  const latestDay = lastDay ?? firstDay;
  const exists = calendar === 'islamic' ? latestDay <= 30 : isValidDay(year?.year ?? null, month.month, latestDay);
  if (!exists || (calendar === 'islamic' && year === null && month.month === HIJRI_MONTH_ALSO_A_NUMBER)) return null;
  const day = calendarDay(calendar, year?.year ?? null, month.month, firstDay);
  day.conflictingMonth = month.conflictingMonth;
  let end = year?.end ?? month.end;
  let next = year?.next ?? month.next;
  if (year === null) {
    const anchor = matchAnchor(stream, next);
    if (anchor !== null) {
      day.anchor = anchor.value;
      end = anchor.end;
      next = anchor.next;
    }
  }
  const rangeEnd = lastDay === null ? null : { ...day, day: lastDay };
  return { day, rangeEnd, start: tokens[index]!.start, end, next };
}

/** `نوفمبر 2020`, `شهر رمضان`, `في مارس`, `نوفمبر الماضي`: a month without a day. */
function monthFirst(stream: TokenStream, index: number): CalendarMatch | null {
  const noun = monthNoun().match(stream, index);
  const month = matchMonth(stream, noun?.next ?? index);
  if (month === null) return null;
  const year = yearAfterMonth(stream, month.next, month.calendar);
  const anchor = year === null ? matchAnchor(stream, month.next) : null;
  const inContext = noun !== null || year !== null || anchor !== null || monthContext().has(stream, index - 1);
  if (!inContext) return null;
  if (month.calendar === 'islamic' && month.month === HIJRI_MONTH_ALSO_A_NUMBER && noun === null && year === null) return null;
  const day = calendarDay(month.calendar, year?.year ?? null, month.month, null);
  day.conflictingMonth = month.conflictingMonth;
  day.anchor = anchor?.value ?? null;
  const tail = year ?? anchor ?? month;
  return { day, rangeEnd: null, start: noun?.start ?? month.start, end: tail.end, next: tail.next };
}

/** `عام 2020`, `2021م`, `1442هـ`, `في 2020`, or a year opening a range. */
function yearFirst(stream: TokenStream, index: number, opensRange: boolean): CalendarMatch | null {
  const withNoun = yearWithNoun(stream, index);
  const year = withNoun ?? markedYear(stream, index, opensRange);
  if (year === null) return null;
  const day = calendarDay(year.era ?? 'gregory', year.year, null, null);
  return { day, rangeEnd: null, start: withNoun?.start ?? stream.tokens[index]!.start, end: year.end, next: year.next };
}

/** `2025/2026`, `العام 1447 / 1448هـ`: a season or fiscal year written as the two years it spans. */
function slashedYears(stream: TokenStream, index: number): CalendarMatch | null {
  const noun = yearNouns().match(stream, index);
  const pair = yearPair(stream, noun?.next ?? index);
  if (pair === null) return null;
  const calendar = pair.second.era ?? 'gregory';
  const day = calendarDay(calendar, pair.first.year, null, null);
  const rangeEnd = calendarDay(calendar, pair.second.year, null, null);
  return { day, rangeEnd, start: noun?.start ?? stream.tokens[index]!.start, end: pair.second.end, next: pair.second.next };
}

/** A year number that a dash, إلى or (after بين) و joins to a later year: `2020 – 2022`. */
function opensYearRange(stream: TokenStream, index: number, afterBetween: boolean): boolean {
  const separator = rangeSeparator(stream, index + 1, afterBetween);
  if (separator === null || !isPlausibleYear(stream, index) || !isPlausibleYear(stream, separator)) return false;
  return integerOf(stream.tokens[separator])!.value > integerOf(stream.tokens[index])!.value;
}

/** The token after a range separator at `index` (a dash, إلى/حتى, or و after بين), or null. */
function rangeSeparator(stream: TokenStream, index: number, afterBetween: boolean): number | null {
  const token = stream.tokens[index];
  if (token === undefined) return null;
  if (isPunctuation(token, DASHES)) return index + 1;
  if (afterBetween && token.norm === 'و') return index + 1;
  const word = rangeWords().match(stream, index);
  return word === null ? null : word.next;
}

/** Whether the expression at `index` follows بين (quotes may stand between: بين “2020 و2022”). */
function followsBetween(stream: TokenStream, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && isPunctuation(stream.tokens[at], OPENING_QUOTES)) at--;
  return at >= 0 && between().has(stream, at);
}

/** A date followed by a separator and a later date of the same precision is a range. */
function extendToRange(stream: TokenStream, first: CalendarMatch, afterBetween: boolean): CalendarMatch {
  if (first.rangeEnd !== null) return first;
  const separator = rangeSeparator(stream, first.next, afterBetween);
  if (separator === null) return first;
  const second = matchSingleDate(stream, separator, false, true);
  if (second === null || second.rangeEnd !== null) return first;
  const start = { ...first.day };
  const end = second.day;
  const samePrecision = (start.month === null) === (end.month === null) && (start.day === null) === (end.day === null);
  if (!samePrecision || start.calendar !== end.calendar || (end.year === null && start.year !== null)) return first;
  if (start.year === null && end.year !== null) {
    // من 5 مارس إلى 7 أبريل 2021: the start takes the end's year, or the one before if its month is later
    start.year = (start.month ?? 0) > (end.month ?? 0) ? end.year - 1 : end.year;
  }
  if (ordinal(start) >= ordinal(end)) return first;
  return { day: start, rangeEnd: end, start: first.start, end: second.end, next: second.next };
}

/** Orders two dates of the same precision; an unknown year counts as the same year. */
function ordinal(day: CalendarDay): number {
  return toDayNumber(day.year ?? 2000, day.month ?? 1, day.day ?? 1);
}
