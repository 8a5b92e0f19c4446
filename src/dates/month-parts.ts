// Parts of a month named by their days: halves (النصف الأول من نوفمبر: days 1–15, النصف الثاني or
// الأخير: 16 to the month's end), weeks (الأسبوع الأول من مارس: 1–7 … الرابع: 22–28, الأخير: the last
// seven days; counted from the 1st, not ISO weeks, which start on a Monday that may be in the month
// before) and tens (العشر الأوائل or الأولى من ذي الحجة: 1–10, العشر الأواخر or الأخيرة من رمضان: from the
// 21st to the end, as the phrase counts a Hijri month's last ten nights even in a month of 29). The
// month is a named one (in its year, or without one by the clause's tense, as a day-month) or الشهر
// (الجاري، الماضي، المقبل): the reference's, or the one before or after it.
import { LAST_PART, ORDINAL_UNITS, definiteMonthNoun, matchWholeMonth } from './calendar-dates';
import type { MonthPart } from './expression';
import { PLURAL_FIRST, PLURAL_LAST } from './periods';
import { lazy } from '../text/lazy';
import { type PhraseMatch, type TokenStream } from '../text/phrases';
import { ANCHOR_OFFSETS, WEEK_NOUN, matchAnchor } from './relative';
import { HALF_NOUN } from './year-parts';
import { clauseTense } from './tense';
import { dateIndex } from './word-group';

type Days = readonly [first: number, last: number];

/** The days of each half and week by its ordinal (الأول، الثاني …); a day ≤ 0 counts back from the month's last (0). */
const HALVES: readonly Days[] = [[1, 15], [16, 0]];
const WEEKS: readonly Days[] = [[1, 7], [8, 14], [15, 21], [22, 28]];
const LAST_WEEK: Days = [-6, 0];
/** The tens by the adjectives news gives them: first, middle and last. */
const TENS: ReadonlyArray<readonly [string, Days]> = [
  ['الأوائل', [1, 10]],
  [PLURAL_FIRST, [1, 10]],
  ['الأواخر', [21, 0]],
  [PLURAL_LAST, [21, 0]],
];

function monthPartEntries(): [string, Days][] {
  const entries: [string, Days][] = [];
  for (const [noun, parts, last] of [[HALF_NOUN, HALVES, HALVES[1]!], [WEEK_NOUN, WEEKS, LAST_WEEK]] as const) {
    parts.forEach((days, k) => entries.push([`${noun} ${ORDINAL_UNITS[k]![0]}`, days]));
    entries.push([`${noun} ${LAST_PART}`, last]);
  }
  for (const [adjective, days] of TENS) entries.push([`العشر ${adjective}`, days]);
  return entries;
}

export const monthParts = lazy(() => dateIndex(monthPartEntries()));

/** A part of a month followed by من and its month (see above); without a month (النصف الثاني من المباراة) none. */
export function matchMonthPart(stream: TokenStream, index: number): PhraseMatch<MonthPart> | null {
  const part = monthParts().match(stream, index);
  if (part === null || stream.tokens[part.next]?.norm !== 'من') return null;
  const [first, last] = part.value;
  const at = part.next + 1;
  const relative = definiteMonthNoun().match(stream, at);
  if (relative !== null) {
    const anchor = matchAnchor(stream, relative.next);
    const tail = anchor ?? relative;
    const value: MonthPart = { type: 'month-part', month: null, offset: anchor === null ? 0 : ANCHOR_OFFSETS[anchor.value], first, last };
    return { value, start: part.start, end: tail.end, next: tail.next };
  }
  const month = matchWholeMonth(stream, at);
  if (month === null) return null;
  if (month.day.year === null && month.day.anchor === null) month.day.tense = clauseTense(stream, index);
  return { value: { type: 'month-part', month: month.day, offset: 0, first, last }, start: part.start, end: month.end, next: month.next };
}
