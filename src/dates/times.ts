// Clock times: `09:30 م`, `20:36 بتوقيت طهران`, `الساعة 10 صباحا`, `الساعة الواحدة ظهراً`,
// `الساعة الثالثة والنصف عصرا`, `منتصف الليل`.
import type { ClockTime } from './expression';
import type { PartOfDay } from './types';
import { lazy } from '../text/lazy';
import { matchPartOfDayAdverb } from './parts-of-day';
import { matchTimeZone } from './time-zones';
import { PhraseIndex, integerOf, isPunctuation, wordSet, type TokenStream } from '../text/phrases';

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

/** ص / م after a clock time: صباحاً / مساءً. */
const MERIDIEM_LETTERS: ReadonlyArray<readonly [string, PartOfDay]> = [
  ['ص', 'morning'],
  ['م', 'evening'],
  ['AM', 'morning'],
  ['am', 'morning'],
  ['PM', 'evening'],
  ['pm', 'evening'],
];

const hourWords = lazy(() => new PhraseIndex(HOUR_WORDS));
const fractions = lazy(() => new PhraseIndex(HOUR_FRACTIONS));
export const namedTimes = lazy(() => new PhraseIndex(NAMED_TIMES));
const meridiemLetters = lazy(() => new PhraseIndex(MERIDIEM_LETTERS));
export const hourIntroducers = lazy(() => wordSet(['الساعة']));
const minuteWords = lazy(() => wordSet(['دقيقة', 'دقائق', 'دقيقه']));

export interface TimeMatch {
  time: ClockTime;
  partOfDay: PartOfDay | null;
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

/** Minutes after a spoken hour: والنصف، إلا ربعا، و10 دقائق. */
function spokenMinutes(stream: TokenStream, index: number): { minutes: number; next: number } {
  const fraction = fractions().match(stream, index);
  if (fraction !== null) return { minutes: fraction.value, next: fraction.next };
  const tokens = stream.tokens;
  const count = integerOf(tokens[index + 1]);
  if (tokens[index]?.norm === 'و' && count !== null && count.value < 60 && minuteWords().has(stream, index + 2)) {
    return { minutes: count.value, next: index + 3 };
  }
  return { minutes: 0, next: index };
}

/** Reads the part of day (ص/م, صباحاً, ظهراً …) and the zone after an hour, and builds the time. */
function finishTime(stream: TokenStream, hour: number, minutes: number, start: number, index: number): TimeMatch {
  const tokens = stream.tokens;
  let next = index;
  let partOfDay: PartOfDay | null = null;
  const part = meridiemLetters().match(stream, next) ?? matchPartOfDayAdverb(stream, next);
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
  // minutes may be negative (الرابعة إلا ربعا): count from the hour on a 24-hour dial
  const total = (((to24Hour(hour, partOfDay) * 60 + minutes) % 1440) + 1440) % 1440;
  const time: ClockTime = { hour: Math.floor(total / 60), minute: total % 60, zone };
  return { time, partOfDay, start, end: tokens[next - 1]!.end, next };
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
