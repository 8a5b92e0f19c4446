// Clock times: `09:30 م`, `20:36 بتوقيت طهران`, `الساعة 10 صباحا`, `الساعة الواحدة ظهراً`,
// `الساعة الثالثة والنصف عصرا`, `منتصف الليل`.
import type { ClockTime } from './expression';
import type { PartOfDay } from './types';
import { lazy } from '../text/lazy';
import { matchPartAfterHour } from './parts-of-day';
import { smallNumberWords } from './number-words';
import { HOUR_CUES } from '../data/dates/time-prepositions';
import { DAY_HEAD_WORDS, WEEKDAY_NAMES } from '../data/dates/weekdays';
import { matchTimeZone } from './time-zones';
import { isCuedDialHour, readMeemAfterNumber } from '../text/number-meem';
import { integerOf, isPunctuation, type PhraseMatch, type TokenStream } from '../text/phrases';
import { dateIndex, dateWordSet } from './word-group';

/** Feminine ordinals naming the hour after الساعة. */
const HOUR_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['الواحدة', 1],
  ['الثانية', 2],
  ['الثالثة', 3],
  ['الرابعة', 4],
  ['الخامسة', 5],
  ['السادسة', 6],
  ['السابعة', 7],
  ['الثامنة', 8],
  ['التاسعة', 9],
  ['العاشرة', 10],
  ['الحادية عشرة', 11],
  ['الثانية عشرة', 12],
];

/** Fractions after a word hour, in minutes: الثالثة والنصف، الرابعة إلا ربعا. */
const HOUR_FRACTIONS: ReadonlyArray<readonly [string, number]> = [
  ['والنصف', 30],
  ['ونصف', 30],
  ['والربع', 15],
  ['وربع', 15],
  ['والثلث', 20],
  ['وثلث', 20],
  ['إلا ربعا', -15],
  ['إلا الربع', -15],
  ['إلا ربع', -15],
  ['إلا ثلثا', -20],
  ['إلا الثلث', -20],
];

/** Times named without an hour. */
const NAMED_TIMES: ReadonlyArray<readonly [string, number]> = [
  ['منتصف الليل', 0],
  ['منتصف النهار', 12],
];

const MORNING_LETTER = 'ص';

/** ص / م after a clock time: صباحاً / مساءً. */
const MERIDIEM_LETTERS: ReadonlyArray<readonly [string, PartOfDay]> = [
  [MORNING_LETTER, 'morning'],
  ['م', 'evening'],
  ['AM', 'morning'],
  ['am', 'morning'],
  ['PM', 'evening'],
  ['pm', 'evening'],
];

export const hourWords = lazy(() => dateIndex(HOUR_WORDS));
/** Words before an hour written without الساعة that make it one: في السابعة، عند الثامنة والنصف. */
const bareHourCues = lazy(() => dateWordSet(HOUR_CUES));
/** Days a part of day can head (مساء الجمعة، صباح اليوم): a number before such a part is no hour. */
const dayHeads = lazy(() => dateWordSet([...WEEKDAY_NAMES.map(([name]) => name), ...DAY_HEAD_WORDS]));
function startsDay(stream: TokenStream, index: number): boolean {
  return dayHeads().has(stream, index);
}
const CLAUSE_ENDS = '.،,؛;!?؟)';
const fractions = lazy(() => dateIndex(HOUR_FRACTIONS));
export const namedTimes = lazy(() => dateIndex(NAMED_TIMES));
const meridiemLetters = lazy(() => dateIndex(MERIDIEM_LETTERS));
export const hourIntroducers = lazy(() => dateWordSet(['الساعة']));
const minuteWords = lazy(() => dateWordSet(['دقيقة', 'دقائق']));

export interface TimeMatch {
  time: ClockTime;
  partOfDay: PartOfDay | null;
  /** The hour and minutes as written, before the part of day made them 24-hour. */
  written: { hour: number; minutes: number };
  start: number;
  end: number;
  next: number;
}

/** A digit clock `HH:MM` (or `HH:MM:SS`) at `index`, with what follows it. */
export function matchDigitClock(stream: TokenStream, index: number): TimeMatch | null {
  const clock = digitClock(stream, index);
  return clock === null ? null : finishTime(stream, clock.hour, clock.minute, stream.tokens[index]!.start, clock.next);
}

/**
 * A time introduced by الساعة (`الساعة 10`, `الساعة الواحدة ظهراً`, `الساعة 09:30`) or a named
 * time (`منتصف الليل`). A bare number is never a time without الساعة.
 */
export function matchHourPhrase(stream: TokenStream, index: number): TimeMatch | null {
  const named = namedTimes().match(stream, index);
  if (named !== null) return finishTime(stream, named.value, 0, named.start, named.next);
  const introducer = hourIntroducers().match(stream, index);
  if (introducer === null) return null;
  const clock = digitClock(stream, introducer.next);
  if (clock !== null) return finishTime(stream, clock.hour, clock.minute, introducer.start, clock.next);
  const number = integerOf(stream.tokens[introducer.next]);
  if (number !== null && number.value <= 24 && number.digits <= 2) {
    const minutes = spokenMinutes(stream, introducer.next + 1);
    return finishTime(stream, number.value, minutes.minutes, introducer.start, minutes.next);
  }
  const word = hourWords().match(stream, introducer.next);
  if (word === null) return null;
  const minutes = spokenMinutes(stream, word.next);
  return finishTime(stream, word.value, minutes.minutes, introducer.start, minutes.next);
}

/**
 * An hour written without الساعة: an hour word after a preposition of time, with a part of day, a
 * fraction or minutes after it, or closing its clause (في السابعة، عند الثامنة والنصف، حتى الخامسة
 * إلا ربعا، في السابعة مساء); or digits 1–12 right before a part of day (7 مساء، 3 العصر) or, after
 * such a preposition, before a meridiem letter (في 7 م، من 9 ص). An hour word followed by anything
 * else is an ordinal (في الثالثة من عمره).
 */
export function matchBareHour(stream: TokenStream, index: number): TimeMatch | null {
  const tokens = stream.tokens;
  const number = integerOf(tokens[index]);
  if (number !== null) {
    if (number.digits > 2 || number.value < 1 || number.value > 12) return null;
    const part = matchPartAfterHour(stream, index + 1);
    // 7 مساء الجمعة counts seven on Friday evening: مساء heads the day after it
    if (part === null ? !meridiemLetterAfter(stream, index) : startsDay(stream, part.next)) return null;
    return finishTime(stream, number.value, 0, tokens[index]!.start, index + 1);
  }
  const word = hourWords().match(stream, index);
  if (word === null || word.start !== tokens[index]!.start || !bareHourCues().has(stream, index - 1)) return null;
  const time = matchBareHourAt(stream, word);
  const after = tokens[time.next];
  const closes = after === undefined || isPunctuation(after, CLAUSE_ENDS) || stream.source.slice(tokens[time.next - 1]!.end, after.start).includes('\n');
  return time.partOfDay !== null || time.written.minutes !== 0 || closes ? time : null;
}

/**
 * ص or م after the cued hour of the dial at `index` (في 7 م، من 9 ص): the م only where the shared rule
 * reads it مساء, for it also abbreviates metres and the era.
 */
function meridiemLetterAfter(stream: TokenStream, index: number): boolean {
  if (readMeemAfterNumber(stream, index) === 'evening') return true;
  return stream.tokens[index + 1]?.norm === MORNING_LETTER && isCuedDialHour(stream, index);
}

/** The time an hour word found at `word` gives with the minutes and part of day after it. */
export function matchBareHourAt(stream: TokenStream, word: PhraseMatch<number>): TimeMatch {
  const minutes = spokenMinutes(stream, word.next);
  return finishTime(stream, word.value, minutes.minutes, word.start, minutes.next);
}

/** The time read again with a part of day it lacked (بين 5 و6 مساء: 5 takes the evening of 6). */
export function withPartOfDay(time: TimeMatch, partOfDay: PartOfDay): TimeMatch {
  if (time.partOfDay !== null) return time;
  const total = toMinutes(time.written.hour, time.written.minutes, partOfDay);
  return { ...time, partOfDay, time: { ...time.time, hour: Math.floor(total / 60), minute: total % 60 } };
}

function digitClock(stream: TokenStream, index: number): { hour: number; minute: number; next: number } | null {
  const tokens = stream.tokens;
  const hour = integerOf(tokens[index]);
  const minute = integerOf(tokens[index + 2]);
  if (hour === null || minute === null || !isPunctuation(tokens[index + 1], ':')) return null;
  if (hour.digits > 2 || hour.value > 24 || minute.digits !== 2 || minute.value > 59) return null;
  let next = index + 3;
  const seconds = integerOf(tokens[next + 1]);
  if (isPunctuation(tokens[next], ':') && seconds !== null && seconds.digits === 2) next += 2;
  return { hour: hour.value % 24, minute: minute.value, next };
}

/** Minutes after a spoken hour: والنصف، إلا ربعا، و10 دقائق، وعشر دقائق، وخمس وعشرون دقيقة. */
function spokenMinutes(stream: TokenStream, index: number): { minutes: number; next: number } {
  const fraction = fractions().match(stream, index);
  if (fraction !== null) return { minutes: fraction.value, next: fraction.next };
  const tokens = stream.tokens;
  const count = integerOf(tokens[index + 1]);
  if (tokens[index]?.norm === 'و' && count !== null && count.value < 60 && minuteWords().has(stream, index + 2)) {
    return { minutes: count.value, next: index + 3 };
  }
  const inWords = minutesInWords(stream, index);
  return inWords !== null && minuteWords().has(stream, inWords.next) ? { minutes: inWords.minutes, next: inWords.next + 1 } : { minutes: 0, next: index };
}

/** وعشر، وخمس وعشرون: number words each joined by و, adding up to less than an hour. */
function minutesInWords(stream: TokenStream, index: number): { minutes: number; next: number } | null {
  const tokens = stream.tokens;
  let minutes = 0;
  let at = index;
  for (let terms = 0; terms < 2; terms++) {
    const term = smallNumberWords().match(stream, at);
    if (term === null || !tokens[at]!.norm.startsWith('و') || term.start === tokens[at]!.start) break;
    minutes += term.value;
    at = term.next;
  }
  return at > index && minutes > 0 && minutes < 60 ? { minutes, next: at } : null;
}

/** Reads the part of day (ص/م, صباحاً, ظهراً …) and the zone after an hour, and builds the time. */
function finishTime(stream: TokenStream, hour: number, minutes: number, start: number, index: number): TimeMatch {
  const tokens = stream.tokens;
  let next = index;
  let partOfDay: PartOfDay | null = null;
  const part = meridiemLetters().match(stream, next) ?? matchPartAfterHour(stream, next);
  if (part !== null) {
    partOfDay = part.value;
    next = part.next;
  }
  let zone: string | null = null;
  // the zone may stand in parentheses: 10:00 (بتوقيت غرينتش)
  const parenthesized = isPunctuation(tokens[next], '(');
  const zoneMatch = matchTimeZone(stream, parenthesized ? next + 1 : next);
  if (zoneMatch !== null && (!parenthesized || isPunctuation(tokens[zoneMatch.next], ')'))) {
    zone = zoneMatch.zone;
    next = parenthesized ? zoneMatch.next + 1 : zoneMatch.next;
  }
  const total = toMinutes(hour, minutes, partOfDay);
  const time: ClockTime = { hour: Math.floor(total / 60), minute: total % 60, zone };
  return { time, partOfDay, written: { hour, minutes }, start, end: tokens[next - 1]!.end, next };
}

/** Minutes since midnight; minutes may be negative (الرابعة إلا ربعا): count from the hour on a 24-hour dial. */
function toMinutes(hour: number, minutes: number, partOfDay: PartOfDay | null): number {
  return (((to24Hour(hour, partOfDay) * 60 + minutes) % 1440) + 1440) % 1440;
}

/**
 * A 12-hour reading made 24-hour by its part of day: morning/dawn keep 1–11 and make 12 midnight;
 * evening/afternoon add 12; noon (ظهراً) adds 12 to 1–5 only (الثانية عشرة ظهراً is 12:00, الحادية
 * عشرة ظهراً is late morning); night adds 12 to 6–11 and makes 12 midnight (الثانية ليلاً is 02:00).
 */
function to24Hour(hour: number, partOfDay: PartOfDay | null): number {
  if (partOfDay === null || hour > 12) return hour;
  switch (partOfDay) {
    case 'dawn':
    case 'morning':
      return hour === 12 ? 0 : hour;
    case 'afternoon':
    case 'evening':
      return hour === 12 ? 12 : hour + 12;
    case 'noon':
      return hour >= 1 && hour <= 5 ? hour + 12 : hour;
    case 'night':
      if (hour === 12) return 0;
      return hour >= 6 ? hour + 12 : hour;
  }
}
