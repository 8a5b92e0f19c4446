// Choosing the day a year-less or relative expression means, given the reference day. The rules:
// - a day-month without a year takes the year that puts it nearest the reference (28 December in a
//   3 January article is last year's); a month alone likewise by months; when its clause speaks of
//   the future (ستعقد، من المقرر, see tense.ts) the first year that puts it on or after the reference
//   (ستعقد القمة في 10 نوفمبر seen from 5 December is next year's), when it speaks of the past (كان،
//   قد، منذ) the last that puts it on or before it (منذ 7 أكتوبر seen from 1 May is last year's);
// - with الماضي it is the latest such date before the reference, with المقبل the first after it,
//   with الجاري/الحالي the reference's own year;
// - a bare weekday is the most recent such day on or before the reference (news reports the past),
//   or the first on or after it when its clause speaks of the future (ستعقد، سوف، من المقرر, see
//   tense.ts); الماضي makes it strictly before, المقبل/القادم strictly after;
// - a weekday written with a year-less day-month keeps the nearest year when the two agree there,
//   else takes the latest earlier year in which they agree (الأحد 14 مارس, news reports the past), or
//   the first later one when its clause speaks of the future or the weekday is المقبل.
import { daysInMonth, fromDayNumber, isValidDay, toDayNumber, weekdayOf } from './calendar';
import type { Anchor } from './expression';
import type { Tense } from './tense';
import { hijriOfDay } from './hijri';

/** A position in a calendar as a number, so candidate years can be compared with the reference. */
type Position = (year: number, month: number, day: number | null) => number;

const gregorianPosition: Position = (year, month, day) =>
  day === null ? year * 12 + month : toDayNumber(year, month, Math.min(day, daysInMonth(year, month)));

// Hijri months are 29 or 30 days: a mean-length position orders dates as well as the true one
const hijriPosition: Position = (year, month, day) =>
  day === null ? year * 12 + month : Math.floor((year * 12 + month - 1) * 29.530589) + day;

function chooseYear(
  position: Position,
  reference: { year: number; month: number; day: number },
  month: number,
  day: number | null,
  anchor: Anchor | null,
  tense: Tense,
): number {
  if (anchor === 'current') return reference.year;
  const target = position(reference.year, reference.month, day === null ? null : reference.day);
  const candidates = [reference.year - 1, reference.year, reference.year + 1];
  if (anchor === 'past') {
    return candidates.filter((year) => position(year, month, day) < target).pop() ?? reference.year - 1;
  }
  if (anchor === 'next') {
    return candidates.find((year) => position(year, month, day) > target) ?? reference.year + 1;
  }
  if (tense === 'future') return candidates.find((year) => position(year, month, day) >= target) ?? reference.year + 1;
  if (tense === 'past') return candidates.filter((year) => position(year, month, day) <= target).pop() ?? reference.year - 1;
  let best = reference.year;
  let bestDistance = Infinity;
  for (const year of candidates) {
    // ascending order and a strict comparison: an exact tie goes to the earlier year
    const distance = Math.abs(position(year, month, day) - target);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The Gregorian year of a year-less day-month (day null: a month alone) against the reference day,
 * given the tense of its clause.
 */
export function gregorianYearFor(referenceDay: number, month: number, day: number | null, anchor: Anchor | null, tense: Tense): number {
  return chooseYear(gregorianPosition, fromDayNumber(referenceDay), month, day, anchor, tense);
}

/** The Hijri year of a year-less Hijri day-month against the reference day, as gregorianYearFor. */
export function hijriYearFor(referenceDay: number, month: number, day: number | null, anchor: Anchor | null, tense: Tense): number {
  return chooseYear(hijriPosition, hijriOfDay(referenceDay), month, day, anchor, tense);
}

/** The day a weekday names, seen from the reference day; `future` when its clause speaks of the future. */
export function weekdayDay(referenceDay: number, weekday: number, anchor: Anchor | null, future: boolean): number {
  const back = (weekdayOf(referenceDay) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(referenceDay) + 7) % 7;
  if (anchor === 'next') return referenceDay + (ahead || 7);
  if (anchor === 'past') return referenceDay - (back || 7);
  return future ? referenceDay + ahead : referenceDay - back;
}

// Every day-month falls on every weekday within this many years in either direction (29 February within 28).
const WEEKDAY_AGREEMENT_REACH = 28;

/**
 * `year` when day/month falls on `weekday` in it (الخميس 14 مارس 2024), else the nearest year before it
 * in which it does, or with `ahead` the nearest after it (الأحد 14 مارس without a year: 2021 in a past
 * report of 2024, 2027 in a future one; the nearest either way was 2027 or 2021 by a tie), or `year`
 * itself when none within reach does (a weekday that contradicts the date).
 */
export function yearWhereWeekdayAgrees(year: number, month: number, day: number, weekday: number, ahead: boolean): number {
  const step = ahead ? 1 : -1;
  for (let distance = 0; distance <= WEEKDAY_AGREEMENT_REACH; distance++) {
    const candidate = year + step * distance;
    if (isValidDay(candidate, month, day) && weekdayOf(toDayNumber(candidate, month, day)) === weekday) return candidate;
  }
  return year;
}
