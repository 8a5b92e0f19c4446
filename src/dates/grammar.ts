// How date words combine into one expression: [part of day] [يوم] (day after the last named |
// relative offset | relative day | weekday | calendar date | relative period) [part-of-day adverb] [digit clock], or a clock time alone. A weekday or
// relative day directly followed by a date joins it (`الإثنين، 16 نوفمبر 2020`, `اليوم الثلاثاء 11
// جمادى الآخرة 1447هـ`). A time introduced by الساعة stays a mention of its own.
import { matchCalendarDate, rangeWords, type CalendarMatch } from './calendar-dates';
import { calendarDay, type Anchor, type CalendarDay, type DateExpression, type DaySpec, type ListDay } from './expression';
import type { PartOfDay } from './types';
import { holidays } from './holidays';
import { SEPARATE_ARTICLE, matchCurrentPeriod, matchNamedCentury, matchNamedDecade, matchPeriodPart, matchRelativeLongPeriod, matchSeason, matchWeekend } from './periods';
import { lazy } from '../text/lazy';
import { matchPartOfDayAdverb, matchPartOfDayNoun, type PartOfDayPhrase } from './parts-of-day';
import { matchAnchor, matchDualAnchor, matchNeighbourDay, matchNow, matchRelativeDay, matchRelativePeriod } from './relative';
import { matchRelativeOffset } from './offsets';
import type { StartFamily } from './start-words';
import { hourWords, matchBareHour, matchBareHourAt, matchDigitClock, matchHourPhrase, withPartOfDay, type TimeMatch } from './times';
import { matchWeekday } from './weekdays';
import { matchYearPart } from './year-parts';
import { matchMonthPart } from './month-parts';
import { speaksOfFuture, speaksOfWeekdayAhead } from './tense';
import { readMeemAfterNumber } from '../text/number-meem';
import { ERA_ORDINAL_NOUNS } from '../data/text/number-meem';
import { hasArticle, integerOf, isPunctuation, type PhraseMatch, type TokenStream } from '../text/phrases';
import { dateWordSet } from './word-group';

const DAY_NOUN = ['يوم'];
/** What may stand between a weekday or relative day and the date it introduces. */
const DATE_JOINERS = ['الموافق', 'ال'];
const SEPARATORS = '،,-–—';

export const dayNoun = lazy(() => dateWordSet(DAY_NOUN));
const betweenWord = lazy(() => dateWordSet(['بين']));
const eraOrdinalNouns = lazy(() => dateWordSet(ERA_ORDINAL_NOUNS));
const dateJoiners = lazy(() => dateWordSet(DATE_JOINERS));

/** The expression starting at `index`, or null. */
export function matchExpression(stream: TokenStream, index: number, family: StartFamily): DateExpression | null {
  if (isFiguresMeasure(stream, index) || isCenturyNumber(stream, index)) return null;
  const time = matchTimeAlone(stream, index);
  if (time !== null || family === 'time') return time;
  // قبل، بعد، منذ open a day only as an offset or بعد غد: the rest of the grammar is not tried for them
  if (family === 'offset' && matchRelativeOffset(stream, index) === null && matchRelativeDay(stream, index) === null) return null;
  return matchDayExpression(stream, index);
}

/**
 * Whether token `index` is plain digits before a م that the shared rule reads as metres or an era
 * ordinal (سباق 100 م، القرن 20م): such a number is the figures' (see number-meem.ts), and no date or
 * time starts at it. (A dotted date, 16.11.2020 م, is no plain number: the grammar reads it.)
 */
function isFiguresMeasure(stream: TokenStream, index: number): boolean {
  if (integerOf(stream.tokens[index]) === null) return false;
  const reading = readMeemAfterNumber(stream, index);
  return reading === 'metres' || reading === 'era';
}

/**
 * Whether token `index` is a number right after a century's noun, or after its article written apart
 * (القرن 7 هـ، القرن الـ19): an ordinal, never a year (`7 هـ` there is no year 7 of the Hijra).
 */
function isCenturyNumber(stream: TokenStream, index: number): boolean {
  if (stream.tokens[index]?.kind !== 'number') return false;
  const before = stream.tokens[index - 1]?.norm === SEPARATE_ARTICLE ? index - 2 : index - 1;
  return eraOrdinalNouns().has(stream, before);
}

/**
 * A clock time alone, maybe after the part of day it belongs to (بعد الظهر الساعة 7), maybe a range
 * of two (بين 5 و6 مساء، من الساعة 9 إلى الساعة 11): a part of day written once governs both ends.
 */
function matchTimeAlone(stream: TokenStream, index: number): DateExpression | null {
  // parts of day, الساعة and named times open with a word; a number opens only a clock (9:30، 7 مساء)
  const number = stream.tokens[index]?.kind === 'number';
  const before = number ? null : matchPartOfDayAdverb(stream, index);
  const at = before?.next ?? index;
  let time = number ? matchDigitClock(stream, at) ?? matchBareHour(stream, at) : matchClock(stream, at);
  // a range opens with a time, or with a bare number or hour word (بين 5 و6 مساء، بين الخامسة والسادسة)
  const mayOpenRange = time !== null || stream.tokens[at]?.kind === 'number' || hourWords().match(stream, at) !== null;
  const range = mayOpenRange ? matchTimeRange(stream, at, time) : null;
  if (time === null && range === null) return before === null ? null : matchPartOfDayAlone(stream, index, before);
  let timeEnd = range?.second ?? null;
  if (range !== null) time = range.first;
  if (before !== null) {
    time = withPartOfDay(time!, before.value.part);
    timeEnd = timeEnd && withPartOfDay(timeEnd, before.value.part);
  }
  const last = timeEnd ?? time!;
  return {
    firstToken: index,
    nextToken: last.next,
    start: before?.start ?? time!.start,
    end: last.end,
    day: null,
    rangeEnd: null,
    time: time!.time,
    timeEnd: timeEnd?.time ?? null,
    partOfDay: time!.partOfDay,
  };
}

/**
 * A part of the day with no clock after it: with the day it governs right after it (بعد صلاة المغرب
 * يوم الخميس), one mention of that day; alone (بعد صلاة العشاء، بعد الظهر), a time whose day is the
 * reference's or a neighbour's (see recognize.ts); the Friday prayer names Friday (عقب صلاة الجمعة).
 */
function matchPartOfDayAlone(stream: TokenStream, index: number, phrase: PhraseMatch<PartOfDayPhrase>): DateExpression | null {
  const { part, alone, friday } = phrase.value;
  const day = friday ? null : matchDayExpression(stream, phrase.next);
  if (day !== null && day.day !== null && namesOneDay(day.day) && day.rangeEnd === null && day.time === null) {
    return { ...day, firstToken: index, start: phrase.start, partOfDay: part };
  }
  if (alone === 'never') return null;
  // بعد العصر الحجري، قبل العصر الحديث: an era, not the prayer
  if (alone === 'bare' && hasArticle(stream.tokens[phrase.next] ?? { prefix: '' })) return null;
  const expression: DateExpression = {
    firstToken: index,
    nextToken: phrase.next,
    start: phrase.start,
    end: phrase.end,
    day: null,
    rangeEnd: null,
    time: null,
    timeEnd: null,
    partOfDay: part,
  };
  if (friday) {
    const anchor = matchAnchor(stream, phrase.next);
    // a prayer is a habit, which the imperfect tells too (يؤدي المصلون صلاة الجمعة): only a future marker puts it ahead
    expression.day = { type: 'weekday', weekday: FRIDAY, anchor: anchor?.value === 'current' ? null : anchor?.value ?? null, future: anchor === null && speaksOfFuture(stream, index) };
    if (anchor !== null && anchor.value !== 'current') {
      expression.end = anchor.end;
      expression.nextToken = anchor.next;
    }
  }
  return expression;
}

const FRIDAY = 5;

function matchClock(stream: TokenStream, index: number): TimeMatch | null {
  return matchHourPhrase(stream, index) ?? matchDigitClock(stream, index) ?? matchBareHour(stream, index);
}

/**
 * Two clock times joined as a range: after بين with و, or with إلى/حتى/a dash. The first may be a
 * bare number when the second has a part of day (بين 5 و6 مساء); the part of day of either end goes
 * to the other when it has none.
 */
function matchTimeRange(stream: TokenStream, index: number, first: TimeMatch | null): { first: TimeMatch; second: TimeMatch } | null {
  const opening = first ?? bareNumberHour(stream, index) ?? rangeEndHour(stream, index);
  if (opening === null) return null;
  const secondAt = secondHourAt(stream, index, opening.next);
  if (secondAt < 0) return null;
  const second = matchHourPhrase(stream, secondAt) ?? matchDigitClock(stream, secondAt) ?? matchBareHour(stream, secondAt) ?? rangeEndHour(stream, secondAt);
  if (second === null) return null;
  const part = second.partOfDay ?? opening.partOfDay;
  if (part === null) return first === null ? null : { first, second };
  return { first: withPartOfDay(opening, part), second: withPartOfDay(second, part) };
}

/**
 * Where the second time of a range opened at token `index` starts, the first ending before token
 * `next`: past the joiner at `next` (a dash, إلى, or و after بين), or at `next` itself for an hour word
 * that carries its و (بين الخامسة والسادسة); -1 when no joiner is there.
 */
function secondHourAt(stream: TokenStream, index: number, next: number): number {
  const joiner = stream.tokens[next];
  // only و needs بين before the range (بين 5 و6 مساء): the word before is asked only then
  const afterBetween = joiner !== undefined && joiner.norm.startsWith('و') && betweenWord().has(stream, index - 1);
  if (afterBetween && joiner?.norm === 'و') return next + 1;
  if (afterBetween && joiner?.kind === 'word' && joiner.norm.startsWith('و') && hourWords().match(stream, next) !== null) return next;
  if (isPunctuation(joiner, '-–—') || rangeWords().has(stream, next)) return next + 1;
  return -1;
}

/**
 * A number 1–12 that opens a range of hours (بين 5 و6 مساء): asked of every number, so the joiner after
 * it is looked for before any match is made.
 */
function bareNumberHour(stream: TokenStream, index: number): TimeMatch | null {
  const number = integerOf(stream.tokens[index]);
  if (number === null || number.digits > 2 || number.value < 1 || number.value > 12) return null;
  if (secondHourAt(stream, index, index + 1) < 0) return null;
  const token = stream.tokens[index]!;
  return { time: { hour: number.value, minute: 0, zone: null }, partOfDay: null, written: { hour: number.value, minutes: 0 }, start: token.start, end: token.end, next: index + 1 };
}

/** An hour word as an end of a range of hours, whatever follows it (بين الخامسة والسادسة مساء). */
function rangeEndHour(stream: TokenStream, index: number): TimeMatch | null {
  const word = hourWords().match(stream, index);
  return word === null ? null : matchBareHourAt(stream, word);
}

interface Core {
  day: DaySpec;
  rangeEnd: CalendarDay | null;
  start: number;
  end: number;
  next: number;
  listDays?: readonly ListDay[];
}

function matchDayExpression(stream: TokenStream, index: number): DateExpression | null {
  // a number opens only a calendar date (9 نوفمبر، 16/11/2020، 2021م): every other opener is a word,
  // so text dense in numbers does not ask a dozen word tables about each one
  if (stream.tokens[index]?.kind === 'number') return dayExpressionOf(stream, index, matchCalendarDate(stream, index), null, null);
  const weekend = matchWeekend(stream, index);
  if (weekend !== null) {
    return { firstToken: index, nextToken: weekend.next, start: weekend.start, end: weekend.end, day: weekend.value, rangeEnd: null, time: null, timeEnd: null, partOfDay: null };
  }
  const part = matchPeriodPart(stream, index);
  // a part word with ب or ل is the object of a verb more often than a time (احتفلوا بنهاية العام): it
  // may open a named period (بنهاية 2024) but not the bare current one
  const adverbial = part !== null && !/^و?[بل]/.test(stream.tokens[index]!.prefix);
  const ofPeriod = part === null ? null : (adverbial ? matchCurrentPeriod(stream, part.next) : null) ?? periodCore(stream, part.next);
  if (ofPeriod !== null) {
    const core = 'day' in ofPeriod ? ofPeriod : { day: ofPeriod.value, rangeEnd: null, end: ofPeriod.end, next: ofPeriod.next };
    return { firstToken: index, nextToken: core.next, start: part!.start, end: core.end, day: core.day, rangeEnd: core.rangeEnd, time: null, timeEnd: null, partOfDay: null };
  }
  const partNoun = matchPartOfDayNoun(stream, index);
  // يوم opens some holidays' names (يوم عرفة): there it is no day noun
  const dayWord = holidays().match(stream, partNoun?.next ?? index) === null ? dayNoun().match(stream, partNoun?.next ?? index) : null;
  const introduced = partNoun !== null || dayWord !== null;
  const core = matchCore(stream, dayWord?.next ?? partNoun?.next ?? index, introduced);
  // the part-of-day noun may be a relative day's own first word (الليلة الماضية): read from it, whole
  if (core === null && partNoun !== null && dayWord === null) return dayExpressionOf(stream, index, matchCore(stream, index, false), null, null);
  return dayExpressionOf(stream, index, core, partNoun, dayWord);
}

/** The expression of a day `core` opened at token `index`, maybe after a part of day or يوم, with the time of day after it. */
function dayExpressionOf(
  stream: TokenStream,
  index: number,
  core: Core | null,
  partNoun: PhraseMatch<PartOfDay> | null,
  dayWord: PhraseMatch<unknown> | null,
): DateExpression | null {
  if (core === null) return null;
  const expression: DateExpression = {
    firstToken: index,
    nextToken: core.next,
    start: partNoun?.start ?? dayWord?.start ?? core.start,
    end: core.end,
    day: core.day,
    rangeEnd: core.rangeEnd,
    time: null,
    timeEnd: null,
    partOfDay: partNoun?.value ?? null,
  };
  if (core.listDays !== undefined) {
    // the word that opens a list (يوم 21 و22 أغسطس) goes with its first day: mentions do not overlap
    const [first, ...rest] = core.listDays;
    expression.listDays = [{ ...first!, start: partNoun?.start ?? dayWord?.start ?? first!.start }, ...rest];
    expression.start = core.start;
  }
  if (namesOneDay(core.day) && core.rangeEnd === null) addTimeOfDay(stream, expression);
  return expression;
}

/** A part-of-day adverb (الجمعة صباحاً) and a digit clock (16 نوفمبر 2020 09:30 م) after a day. */
function addTimeOfDay(stream: TokenStream, expression: DateExpression): void {
  if (expression.partOfDay === null) {
    const adverb = matchPartOfDayAdverb(stream, expression.nextToken);
    if (adverb !== null && !adverb.value.friday) {
      expression.partOfDay = adverb.value.part;
      expression.end = adverb.end;
      expression.nextToken = adverb.next;
    }
  }
  const at = expression.nextToken;
  const separated = isPunctuation(stream.tokens[at], SEPARATORS);
  const clock = matchDigitClock(stream, at) ?? (separated ? matchDigitClock(stream, at + 1) : null);
  if (clock === null) return;
  expression.time = clock.time;
  expression.partOfDay ??= clock.partOfDay;
  expression.end = clock.end;
  expression.nextToken = clock.next;
}

function namesOneDay(day: DaySpec): boolean {
  return day.type === 'relative-day' || day.type === 'weekday' || (day.type === 'calendar' && day.day !== null);
}

/** A period a part word can open (مطلع شوال، أواخر العام الماضي، منتصف 2024): a core with no single day. */
function periodCore(stream: TokenStream, index: number): Core | null {
  const core = matchCore(stream, index, false);
  // a range of whole periods is one period here (منتصف التسعينيات، مطلع موسم 2024/2025)
  if (core === null || (core.rangeEnd !== null && core.rangeEnd.day !== null)) return null;
  const day = core.day;
  const wholePeriod = (day.type === 'calendar' && day.day === null) || day.type === 'period' || day.type === 'season' || day.type === 'year-part';
  return wholePeriod ? core : null;
}

/** The day itself; after a part of day or يوم only a single day will do (not صباح الأسبوع، يوم 2020). */
function matchCore(stream: TokenStream, index: number, introduced: boolean): Core | null {
  const neighbour = matchNeighbourDay(stream, index);
  if (neighbour !== null) {
    const day: DaySpec = { type: 'relative-day', offset: neighbour.value, fromPrevious: true };
    return { day, rangeEnd: null, start: neighbour.start, end: neighbour.end, next: neighbour.next };
  }
  const offset = introduced ? null : matchRelativeOffset(stream, index);
  if (offset !== null) return { day: offset.value, rangeEnd: null, start: offset.start, end: offset.end, next: offset.next };
  const relative = matchRelativeDay(stream, index);
  if (relative !== null) {
    const weekday = matchWeekday(stream, relative.next);
    const last = weekday ?? relative;
    const dated = dateAfter(stream, last.next);
    if (dated !== null) {
      if (weekday !== null) {
        dated.day.weekday = weekday.value;
        dated.day.weekdayAhead = relative.value > 0;
      }
      return { ...dated, start: relative.start };
    }
    const day: DaySpec = { type: 'relative-day', offset: relative.value, fromPrevious: false };
    return { day, rangeEnd: null, start: relative.start, end: last.end, next: last.next };
  }
  const now = introduced ? null : matchNow(stream, index);
  if (now !== null) {
    const day: DaySpec = { type: 'relative-day', offset: now.value, fromPrevious: false };
    return { day, rangeEnd: null, start: now.start, end: now.end, next: now.next };
  }
  const weekday = matchWeekday(stream, index);
  if (weekday !== null) {
    // الأحد الماضي / المقبل; الجاري says nothing about a weekday
    const found = matchAnchor(stream, weekday.next) ?? pairAnchor(stream, weekday.next);
    const anchor = found !== null && found.value !== 'current' ? found : null;
    const dated = dateAfter(stream, anchor?.next ?? weekday.next);
    if (dated !== null) {
      dated.day.weekday = weekday.value;
      dated.day.weekdayAhead = anchor === null ? speaksOfWeekdayAhead(stream, index) : anchor.value === 'next';
      return { ...dated, start: weekday.start };
    }
    const last = anchor ?? weekday;
    const future = anchor === null && speaksOfWeekdayAhead(stream, index);
    const day: DaySpec = { type: 'weekday', weekday: weekday.value, anchor: anchor?.value ?? null, future };
    return { day, rangeEnd: null, start: weekday.start, end: last.end, next: last.next };
  }
  const calendar = matchCalendarDate(stream, index);
  if (calendar !== null) return introduced && calendar.day.day === null ? null : calendar;
  if (introduced) return null;
  const years = matchNamedDecade(stream, index) ?? matchNamedCentury(stream, index);
  if (years !== null) {
    const { first, last, calendar } = years.value;
    return { day: calendarDay(calendar, first, null, null), rangeEnd: calendarDay(calendar, last, null, null), start: years.start, end: years.end, next: years.next };
  }
  const period =
    matchRelativePeriod(stream, index) ?? matchSeason(stream, index) ?? matchRelativeLongPeriod(stream, index) ?? matchYearPart(stream, index) ?? matchMonthPart(stream, index);
  return period === null ? null : { day: period.value, rangeEnd: null, start: period.start, end: period.end, next: period.next };
}

/**
 * The anchor in the dual that two weekdays joined by و share (`يومي الجمعة والسبت المقبلين`): after the
 * second weekday, or right after the first when it is the second (`والسبت المقبلين`). Its span ends
 * the second weekday's reading only, so each day keeps its own mention.
 */
function pairAnchor(stream: TokenStream, index: number): PhraseMatch<Anchor> | null {
  const dual = matchDualAnchor(stream, index);
  if (dual !== null) return dual;
  const second = stream.tokens[index]?.prefix.startsWith('و') === true ? matchWeekday(stream, index) : null;
  const shared = second === null ? null : matchDualAnchor(stream, second.next);
  return shared === null ? null : { ...shared, start: stream.tokens[index - 1]!.end, end: stream.tokens[index - 1]!.end, next: index };
}

/** A full day-month date right after a weekday or relative day, across a comma, dash, الموافق or الـ. */
function dateAfter(stream: TokenStream, index: number): CalendarMatch | null {
  let at = index;
  if (isPunctuation(stream.tokens[at], SEPARATORS)) at++;
  while (dateJoiners().has(stream, at)) at++;
  const date = matchCalendarDate(stream, at);
  // a weekday before a list of days (الأحد 9 و10 نوفمبر) is the first day's, which is no full date
  return date !== null && date.day.day !== null && date.listDays === undefined ? date : null;
}
