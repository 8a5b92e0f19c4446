// Dates written with calendar fields: day-month(-year) in either calendar (`9 نوفمبر`, `20 من
// أيلول`, `12 ربيع الأول 1442هـ`), month-year (`نوفمبر 2020`), a month in context (`شهر رمضان`,
// `في مارس`, `نوفمبر الماضي`), years (see years.ts), numeric dates (`16/11/2020`) and ranges of
// any of these (`11-12 نوفمبر`, `من 5 إلى 7 مارس`, `2020 – 2022`, `بين 2020 و2022`).
import { isValidDay, toDayNumber } from './calendar';
import { calendarDay, type CalendarDay, type ListDay } from './expression';
import type { DateCalendar } from './types';
import { TIME_PREPOSITIONS } from '../data/dates/time-prepositions';
import { lazy } from '../text/lazy';
import { matchHoliday } from './holidays';
import { matchMonth, type MonthMatch } from './months';
import { clauseTense } from './tense';
import { matchWeekday } from './weekdays';
import { ANCHOR_OFFSETS, matchAnchor, matchRelativePeriod } from './relative';
import { DASHES, hasArticle, integerOf, isPunctuation, type PhraseMatch, type TokenStream } from '../text/phrases';
import { isPlausibleYear, markedYear, yearAfterMonth, yearNouns, yearPair, yearWithNoun } from './years';
import type { Token } from '../text/tokenize';
import { dateIndex, dateWordSet } from './word-group';

/** Masculine ordinals 1–10 (the day, يوم, is masculine); الحادي stands for 1 inside a compound. */
export const ORDINAL_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['الأول', 1],
  ['الثاني', 2],
  ['الثالث', 3],
  ['الرابع', 4],
  ['الخامس', 5],
  ['السادس', 6],
  ['السابع', 7],
  ['الثامن', 8],
  ['التاسع', 9],
];
/** The ordinal of the last of the parts of a period (الربع الأخير، الأسبوع الأخير من مارس). */
export const LAST_PART = 'الأخير';
const ORDINAL_TENS: ReadonlyArray<readonly [string, number]> = [
  ['العشرين', 20],
  ['الثلاثين', 30],
];

/**
 * Day ordinals 1–31 before `من` + month (`الأول من نوفمبر`، `الحادي والعشرين من مايو`), and أول or
 * غرة before the month itself (`أول يناير`, `غرة رمضان`).
 */
function dayOrdinalEntries(): [string, number][] {
  const entries: [string, number][] = [
    ...ORDINAL_UNITS.map(([word, value]) => [word, value] as [string, number]),
    ['العاشر', 10],
    // the Maghreb's and Libya's first (الفاتح من سبتمبر)
    ['الفاتح', 1],
    ...FIRST_BEFORE_MONTH.map((word) => [word, 1] as [string, number]),
  ];
  const compoundUnits: ReadonlyArray<readonly [string, number]> = [['الحادي', 1], ...ORDINAL_UNITS.slice(1)];
  for (const [unit, value] of compoundUnits) entries.push([`${unit} عشر`, 10 + value]);
  for (const [tens, tensValue] of ORDINAL_TENS) {
    entries.push([tens, tensValue]);
    for (const [unit, value] of compoundUnits) {
      if (tensValue + value <= 31) entries.push([`${unit} و${tens}`, tensValue + value]);
    }
  }
  return entries;
}

/**
 * أول، غرة and the Maghreb's فاتح stand right before the month (أول يناير، غرة شوال، غرة شهر رمضان، فاتح
 * ماي); the other ordinals take من (الأول من يناير).
 */
const FIRST_BEFORE_MONTH = ['أول', 'غرة', 'فاتح'];

/** Month ordinals after الشهر, with the year they are of (الشهر الثامن من العام): 1–12. */
function monthOrdinalEntries(): [string, number][] {
  const entries: [string, number][] = ORDINAL_UNITS.map(([word, value]) => [word, value] as [string, number]);
  entries.push(['العاشر', 10], ['الحادي عشر', 11], ['الثاني عشر', 12]);
  return entries;
}

// إلى غاية, the Maghreb's "until" (من 11 إلى غاية 14 يونيو), as لغاية
const RANGE_WORDS = ['إلى', 'حتى', 'لغاية', 'إلى غاية', 'حتى غاية'];
const OPENING_QUOTES = '“«"\'(';

export const dayOrdinals = lazy(() => dateIndex(dayOrdinalEntries()));
const monthOrdinals = lazy(() => dateIndex(monthOrdinalEntries()));
const firstBeforeMonth = lazy(() => dateWordSet(FIRST_BEFORE_MONTH));
/** The one definite noun a definite day ordinal may follow (اليوم الأول من يناير). */
const dayNounDefinite = lazy(() => dateWordSet(['اليوم']));
/** Words that close a range of dates or of times (من 5 إلى 7 مارس، من الساعة 9 حتى 11). */
export const rangeWords = lazy(() => dateWordSet(RANGE_WORDS));
export const monthNoun = lazy(() => dateWordSet(['شهر', 'الشهر']));
/** The dual before two month names (شهري يوليو وأغسطس); not before a number, where it is the adjective "monthly". */
export const monthNounDual = lazy(() => dateWordSet(['شهري']));
/** الشهر as tokens have it (no letter of it folds). */
const DEFINITE_MONTH = 'الشهر';
export const definiteMonthNoun = lazy(() => dateWordSet([DEFINITE_MONTH]));
const indefiniteMonthNoun = lazy(() => dateWordSet(['شهر']));
/** The current year without a number: الشهر الثامن من العام الجاري، من هذا العام. */
const currentYearWords = lazy(() => dateWordSet(['العام', 'العام الجاري', 'العام الحالي', 'السنة الجارية', 'السنة الحالية', 'هذا العام', 'هذه السنة']));

/**
 * The current year written without a number at `index` (see currentYearWords). العام before a
 * definite adjective is another year (العام المالي، العام الدراسي), not the calendar one, and before
 * نفسه the year the text named last (الربع الأول من العام نفسه).
 */
export function currentYearAt(stream: TokenStream, index: number): PhraseMatch<true> | null {
  const words = currentYearWords().match(stream, index);
  const after = words === null ? undefined : stream.tokens[words.next];
  if (after === undefined || after.kind !== 'word') return words;
  return hasArticle(after) || sameWords().has(stream, words!.next) ? null : words;
}

/** نفسه، ذاته after a period noun: the period the text named last (الشهر نفسه), not the current one. */
export const sameWords = lazy(() => dateWordSet(['نفسه', 'ذاته']));
/** Words before a bare month that make it one: شهر نوفمبر، في مارس، منذ أيار. */
const monthContext = lazy(() => dateWordSet(['شهر', ...TIME_PREPOSITIONS]));
const between = lazy(() => dateWordSet(['بين']));
const dayWords = lazy(() => dateWordSet(['يوم', 'يومي']));
/** Words that put two slashed numbers in time (في 22/4، يوم 22/4، بتاريخ 22/4). */
// غاية: the Maghreb's إلى غاية, until
const dateCue = lazy(() => dateWordSet([...TIME_PREPOSITIONS, 'يوم', 'بتاريخ', 'تاريخ', 'الموافق', 'بين', 'إلى', 'من', 'غاية']));
/** منه after a day: of the month named before it (إلى غاية 14 منه), as normalized (no letter folds). */
const OF_IT = 'منه';

/** صفر is also the word "zero" (فاز 2 صفر): as a Hijri month it needs a year or the word شهر. */
const HIJRI_MONTH_ALSO_A_NUMBER = 2;

export interface CalendarMatch {
  day: CalendarDay;
  rangeEnd: CalendarDay | null;
  start: number;
  end: number;
  next: number;
  /** The days listed before `day` (`9 و10 نوفمبر`: 9), which take its month and year. */
  listDays?: readonly ListDay[];
}

/** A calendar date or range of dates starting at `index`. */
export function matchCalendarDate(stream: TokenStream, index: number): CalendarMatch | null {
  const afterBetween = followsBetween(stream, index);
  const list = afterBetween ? null : dayList(stream, index);
  const first = list === null ? matchSingleDate(stream, index, afterBetween, false) : null;
  const match = list ?? (first === null ? null : extendToRange(stream, first, afterBetween));
  if (match !== null && match.day.year === null && match.rangeEnd === null && match.day.month !== null) borrowYear(stream, match);
  // a missing year follows the clause's tense (see resolve-year.ts); asked only when the year is missing
  if (match !== null && match.day.year === null && match.day.month !== null && match.day.anchor === null) {
    match.day.tense = clauseTense(stream, index);
    if (match.rangeEnd !== null) match.rangeEnd.tense = match.day.tense;
  }
  return match;
}

/**
 * A year-less date joined by و to a date of the same precision that has its year (`أكتوبر ونوفمبر
 * 2025`, `9 نوفمبر و10 ديسمبر 2025`) is of that year, or of the year before when it falls later in the
 * year (`ديسمبر ويناير 2025`). The second date stays a mention of its own.
 */
function borrowYear(stream: TokenStream, match: CalendarMatch): void {
  const joiner = stream.tokens[match.next];
  if (joiner === undefined) return;
  const at = joiner.norm === 'و' ? match.next + 1 : joiner.kind === 'word' && joiner.prefix.startsWith('و') ? match.next : -1;
  if (at < 0 || match.day.anchor !== null) return;
  const second = matchSingleDate(stream, at, false, false);
  if (second === null || second.rangeEnd !== null) return;
  const { day } = match;
  const other = second.day;
  if (other.year === null || other.calendar !== day.calendar || other.month === null || (other.day === null) !== (day.day === null)) return;
  day.year = ordinal({ ...day, year: other.year }) > ordinal(other) ? other.year - 1 : other.year;
}

/** What joins the days of a list (`9 و10`, `9 أو 10`, `9، 10 و11`, `الـ9 والـ10`); a dash joins a range instead. */
const listJoiners = lazy(() => dateWordSet(['و', 'أو', 'والـ']));
const LIST_MARKS = '،,';

/**
 * Days listed before one day-month (`9 و10 نوفمبر`, `يومي 21 و22 أغسطس`, `9، 10 و11 نوفمبر 2025`,
 * `9 أو 10 نوفمبر`, `التاسع والعاشر من نوفمبر`): the match of the last day, with the earlier ones as
 * its list. The days must rise, as a list of dates does: `3 و2 نوفمبر` is no list. After بين, و
 * makes a range (see rangeSeparator), so the caller does not ask.
 */
function dayList(stream: TokenStream, index: number): CalendarMatch | null {
  const days: ListDay[] = [];
  let at = index;
  let previous = 0;
  for (;;) {
    const item = listItem(stream, at);
    if (item === null || item.value <= previous) return null;
    const joiner = listJoinerAt(stream, item.next);
    if (joiner === null) break;
    days.push({ day: item.value, start: item.start, end: item.end });
    previous = item.value;
    at = joiner;
  }
  if (days.length === 0) return null;
  const last = dayFirst(stream, at, false);
  if (last === null || last.rangeEnd !== null) return null;
  return { ...last, listDays: days };
}

/** A day of a list: a number 1–31 or a definite ordinal that describes no noun before it (see describesNounBefore). */
function listItem(stream: TokenStream, index: number): PhraseMatch<number> | null {
  const token = stream.tokens[index];
  const number = integerOf(token);
  if (number !== null) return number.digits > 2 || number.value > 31 ? null : { value: number.value, start: token!.start, end: token!.end, next: index + 1 };
  const ordinal = dayOrdinals().match(stream, index);
  if (ordinal === null || firstBeforeMonth().has(stream, index) || describesNounBefore(stream, index)) return null;
  return ordinal;
}

/**
 * Where the next day of a list starts after a joiner at `index` (a comma, و, أو, والـ, or a comma then
 * one of them), or null. An ordinal carries its و (`والعاشر`).
 */
function listJoinerAt(stream: TokenStream, index: number): number | null {
  const tokens = stream.tokens;
  let at = index;
  if (isPunctuation(tokens[at], LIST_MARKS)) at++;
  if (listJoiners().has(stream, at)) at++;
  const next = tokens[at];
  if (next?.kind === 'number') return at > index ? at : null;
  const joined = at > index || next?.prefix.startsWith('و') === true;
  return joined && next?.kind === 'word' && dayOrdinals().match(stream, at) !== null ? at : null;
}

function matchSingleDate(stream: TokenStream, index: number, afterBetween: boolean, closesRange: boolean): CalendarMatch | null {
  // holidays and months open with a word: a number opens only the other forms
  if (stream.tokens[index]?.kind === 'number') {
    return (
      numericDate(stream, index) ??
      dayFirst(stream, index, afterBetween) ??
      slashedYears(stream, index) ??
      yearFirst(stream, index, afterBetween || closesRange || opensYearRange(stream, index, afterBetween)) ??
      yearOpeningEraRange(stream, index, afterBetween)
    );
  }
  return (
    holidayDate(stream, index) ??
    numericDate(stream, index) ??
    dayFirst(stream, index, afterBetween) ??
    monthFirst(stream, index) ??
    numberedMonth(stream, index) ??
    slashedYears(stream, index) ??
    yearFirst(stream, index, afterBetween || closesRange || opensYearRange(stream, index, afterBetween))
  );
}

/**
 * `16/11/2020`, `16-11-2020`, `2020-11-16`, `16.11.2020` (one token), `16/04/21`: day first unless
 * the year leads; `22/4`, `2015/3` and `3/2015` after a word of time (see shortNumericDate).
 */
function numericDate(stream: TokenStream, index: number): CalendarMatch | null {
  const tokens = stream.tokens;
  const token = tokens[index];
  // asked at every token: settle most with a look at the token's kind and the next one
  if (token === undefined || token.kind !== 'number') return null;
  const dotted = token.norm.length >= 8 ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(token.norm) : null;
  if (dotted !== null) {
    return dateOfFields(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]), token.start, token.end, index + 1);
  }
  const separator = tokens[index + 1];
  if (separator === undefined || !isPunctuation(separator, '/-')) return null;
  const a = integerOf(token);
  const b = integerOf(tokens[index + 2]);
  const c = integerOf(tokens[index + 4]);
  if (a === null || b === null) return null;
  if (c === null || tokens[index + 3]?.norm !== separator.norm) return shortNumericDate(stream, index, a, b);
  const end = tokens[index + 4]!.end;
  if (a.digits === 4 && c.digits <= 2) return dateOfFields(a.value, b.value, c.value, token.start, end, index + 5);
  if (c.digits === 4 && a.digits <= 2) return dateOfFields(c.value, b.value, a.value, token.start, end, index + 5);
  // 16/04/21: day first, a two-digit year
  if (a.digits <= 2 && b.digits <= 2 && c.digits === 2) return dateOfFields(fullYear(c.value), b.value, a.value, token.start, end, index + 5);
  return null;
}

/** Two-digit years up to this stand for 20xx, later ones for 19xx (the POSIX pivot). */
const TWO_DIGIT_YEAR_PIVOT = 68;

function fullYear(twoDigits: number): number {
  return twoDigits <= TWO_DIGIT_YEAR_PIVOT ? 2000 + twoDigits : 1900 + twoDigits;
}

/**
 * Two numbers and a slash, read as a date only where a preposition of time or a date word puts them
 * in time (في 22/4، يوم 22/4، بتاريخ 2015/3، في 3/2015): day/month in Arab order, year/month or
 * month/year. Elsewhere they
 * are a score, a ratio or a law's number (القرار 15/2020).
 */
function shortNumericDate(
  stream: TokenStream,
  index: number,
  a: { value: number; digits: number },
  b: { value: number; digits: number },
): CalendarMatch | null {
  const tokens = stream.tokens;
  if (!isPunctuation(tokens[index + 1], '/') || isPunctuation(tokens[index + 3], '/-:') || !dateCue().has(stream, index - 1)) return null;
  const start = tokens[index]!.start;
  const end = tokens[index + 2]!.end;
  if (a.digits === 4 && b.digits <= 2 && b.value >= 1 && b.value <= 12) {
    return { day: calendarDay('gregory', a.value, b.value, null), rangeEnd: null, start, end, next: index + 3 };
  }
  // month/year, as forms and reports write it (في 3/2015)
  if (b.digits === 4 && a.digits <= 2 && a.value >= 1 && a.value <= 12) {
    return { day: calendarDay('gregory', b.value, a.value, null), rangeEnd: null, start, end, next: index + 3 };
  }
  if (a.digits > 2 || b.digits > 2 || !isValidDay(null, b.value, a.value)) return null;
  return { day: calendarDay('gregory', null, b.value, a.value), rangeEnd: null, start, end, next: index + 3 };
}

function holidayDate(stream: TokenStream, index: number): CalendarMatch | null {
  const holiday = matchHoliday(stream, index);
  return holiday === null ? null : { day: holiday.value, rangeEnd: null, start: holiday.start, end: holiday.end, next: holiday.next };
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
  let start: number;
  // أول and غرة stand right before the month, or before the word for month (غرة شهر رمضان)
  let beforeMonth = false;
  if (number !== null) {
    if (number.digits > 2 || number.value < 1 || number.value > 31) return null;
    firstDay = number.value;
    start = tokens[index]!.start;
    at = index + 1;
  } else {
    const ordinal = dayOrdinals().match(stream, index);
    if (ordinal === null) return null;
    beforeMonth = firstBeforeMonth().has(stream, index);
    const monthAt = beforeMonth ? indefiniteMonthNoun().match(stream, ordinal.next)?.next ?? ordinal.next : ordinal.next;
    if (tokens[ordinal.next]?.norm !== 'من' && !(beforeMonth && matchMonth(stream, monthAt) !== null)) return null;
    if (!beforeMonth && describesNounBefore(stream, index)) return null;
    firstDay = ordinal.value;
    at = ordinal.next;
    // والعاشر من نوفمبر: the conjunction is not the date's
    start = ordinal.start;
  }
  let lastDay: number | null = null;
  const separator = rangeSeparator(stream, at, afterBetween);
  const secondNumber = separator === null ? null : integerOf(tokens[separator]);
  if (secondNumber !== null && secondNumber.digits <= 2 && secondNumber.value > firstDay && secondNumber.value <= 31) {
    lastDay = secondNumber.value;
    at = separator! + 1;
  }
  // 14 منه: a day of the month named before, where a cue or a range says it is a day (قتل 14 منه is not)
  if (tokens[at]?.norm === OF_IT && number !== null && (lastDay !== null || dateCue().has(stream, index - 1))) {
    const day = calendarDay('gregory', null, null, firstDay);
    day.ofMonthBefore = true;
    return { day, rangeEnd: lastDay === null ? null : { ...day, day: lastDay }, start, end: tokens[at]!.end, next: at + 1 };
  }
  const partitive = tokens[at]?.norm === 'من';
  if (partitive) at++;
  // 15 من شهر مارس: the word for month may follow من
  const monthWord = partitive || beforeMonth ? indefiniteMonthNoun().match(stream, at) : null;
  const month = matchMonth(stream, monthWord?.next ?? at);
  if (month === null) {
    if (partitive) return dayOfRelativeMonth(stream, index, at, firstDay, lastDay);
    // في 12 الشهر الماضي، من 13 إلى 15 الشهر المقبل: the relative month right after the day, where a cue
    // or a range says it is one (قتل 12 الشهر الماضي counts the dead); asked at most numbers, so the
    // word is compared first
    const cued = tokens[at]?.norm === DEFINITE_MONTH && number !== null && (lastDay !== null || dateCue().has(stream, index - 1));
    return cued ? dayOfRelativeMonth(stream, index, at, firstDay, lastDay, true) : null;
  }
  const year = yearAfterMonth(stream, month.next, month.calendar, month.month);
  const calendar = month.calendar;
  const latestDay = lastDay ?? firstDay;
  const exists = calendar === 'islamic' ? latestDay <= 30 : isValidDay(year?.year ?? null, month.month, latestDay);
  if (!exists || (calendar === 'islamic' && year === null && month.month === HIJRI_MONTH_ALSO_A_NUMBER)) return null;
  const day = calendarDay(calendar, year?.year ?? null, month.month, firstDay);
  day.conflictingMonth = month.conflictingMonth;
  const relativeYear = year === null && calendar === 'gregory' ? relativeYearAfter(stream, month.next) : null;
  if (relativeYear !== null) day.yearOffset = relativeYear.value;
  let end = year?.end ?? relativeYear?.end ?? month.end;
  let next = year?.next ?? relativeYear?.next ?? month.next;
  if (year === null && relativeYear === null) {
    const anchor = matchAnchor(stream, next);
    if (anchor !== null) {
      day.anchor = anchor.value;
      end = anchor.end;
      next = anchor.next;
    }
  }
  const rangeEnd = lastDay === null ? null : { ...day, day: lastDay };
  return { day, rangeEnd, start, end, next };
}

/**
 * A year named relative to the reference's after a month (`مايو من العام الماضي`, `15 مارس من هذا العام`,
 * `يونيو العام المقبل`): its offset in years, and where it ends.
 */
export function relativeYearAfter(stream: TokenStream, index: number): PhraseMatch<number> | null {
  const at = stream.tokens[index]?.norm === 'من' ? index + 1 : index;
  const relative = matchRelativePeriod(stream, at);
  return relative === null || relative.value.unit !== 'year' ? null : { value: relative.value.offset, start: relative.start, end: relative.end, next: relative.next };
}

/**
 * Whether the definite ordinal at `index` is the adjective of the definite noun right before it (الأسبوع
 * الأول من يناير، النصف الثاني من نوفمبر): the first week or half, not day 1 or 2. A day's own words
 * may stand there: اليوم, a weekday (الثلاثاء التاسع عشر من مايو) or another day (الرابع والخامس من يوليو)
 * that is no adjective itself.
 */
function describesNounBefore(stream: TokenStream, index: number): boolean {
  const before = stream.tokens[index - 1];
  if (before === undefined || before.kind !== 'word' || !hasArticle(before)) return false;
  // an ordinal before it is a day when it describes no noun itself (الأسبوع الأول والثاني من يناير)
  if (dayOrdinals().match(stream, index - 1) !== null) return describesNounBefore(stream, index - 1);
  return !dayNounDefinite().has(stream, index - 1) && matchWeekday(stream, index - 1) === null;
}

/**
 * `25 من الشهر الجاري`, `الأول من الشهر المقبل`, `10 من الشهر`: a day of the month the reference is
 * in (or the one before or after it), or the days `dayOfMonth` to `lastDay` of it (من 13 إلى 15 الشهر
 * المقبل); token `at` is the one after من. `anchored`: no من was written (في 12 الشهر الماضي), and the
 * month must have its anchor or نفسه.
 */
function dayOfRelativeMonth(stream: TokenStream, index: number, at: number, dayOfMonth: number, lastDay: number | null, anchored = false): CalendarMatch | null {
  const noun = definiteMonthNoun().match(stream, at);
  if (noun === null) return null;
  // without من the month needs its anchor or نفسه (في 12 الشهر الماضي): 10 الشهر alone is no date
  if (anchored && matchAnchor(stream, noun.next) === null && !sameWords().has(stream, noun.next)) return null;
  const day = calendarDay('gregory', null, null, dayOfMonth);
  // 20 من الشهر نفسه is a day of the month named before (see CalendarDay.ofMonthBefore)
  const same = sameWords().match(stream, noun.next);
  if (same !== null) {
    day.ofMonthBefore = true;
    return { day, rangeEnd: lastDay === null ? null : { ...day, day: lastDay }, start: stream.tokens[index]!.start, end: same.end, next: same.next };
  }
  const anchor = matchAnchor(stream, noun.next);
  day.monthOffset = anchor === null ? 0 : ANCHOR_OFFSETS[anchor.value];
  const tail = anchor ?? noun;
  return { day, rangeEnd: lastDay === null ? null : { ...day, day: lastDay }, start: stream.tokens[index]!.start, end: tail.end, next: tail.next };
}

/**
 * Days after the month, as English-style writing puts them: a range (`مايو 13 إلى 15`, `مايو 13-15،
 * 2024`); a single day after the month is left out, since a number there is as often a count.
 */
function monthFirstDays(stream: TokenStream, month: MonthMatch): CalendarMatch | null {
  const tokens = stream.tokens;
  const first = integerOf(tokens[month.next]);
  if (first === null || first.digits > 2) return null;
  const separator = rangeSeparator(stream, month.next + 1, false);
  const last = separator === null ? null : integerOf(tokens[separator]);
  if (last === null || last.digits > 2 || !(first.value < last.value) || !isValidDay(null, month.month, last.value)) return null;
  let at = separator! + 1;
  if (isPunctuation(tokens[at], '،,')) at++;
  const year = yearAfterMonth(stream, at, 'gregory');
  const day = calendarDay('gregory', year?.year ?? null, month.month, first.value);
  if (!isValidDay(day.year, month.month, last.value)) return null;
  const end = year?.end ?? tokens[separator!]!.end;
  return { day, rangeEnd: { ...day, day: last.value }, start: month.start, end, next: year?.next ?? separator! + 1 };
}

/** `شهر 3`, `الشهر الثامن من العام`: a month by its number; an ordinal only with the year it is of. */
function numberedMonth(stream: TokenStream, index: number): CalendarMatch | null {
  const tokens = stream.tokens;
  const noun = monthNoun().match(stream, index);
  if (noun === null) return null;
  const number = integerOf(tokens[noun.next]);
  if (number !== null) {
    if (number.digits > 2 || number.value < 1 || number.value > 12 || joinsNumber(tokens, noun.next + 1)) return null;
    const year = yearAfterMonth(stream, noun.next + 1, 'gregory');
    const tail = year ?? { end: tokens[noun.next]!.end, next: noun.next + 1 };
    return { day: calendarDay('gregory', year?.year ?? null, number.value, null), rangeEnd: null, start: noun.start, end: tail.end, next: tail.next };
  }
  if (!definiteMonthNoun().has(stream, index)) return null;
  const ordinal = monthOrdinals().match(stream, noun.next);
  if (ordinal === null || tokens[ordinal.next]?.norm !== 'من') return null;
  const period = yearWithNoun(stream, ordinal.next + 1) ?? currentYearAt(stream, ordinal.next + 1);
  if (period === null) return null;
  const year = 'year' in period ? period.year : null;
  const day = calendarDay('gregory', year, ordinal.value, null);
  if (year === null) day.anchor = 'current';
  return { day, rangeEnd: null, start: noun.start, end: period.end, next: period.next };
}

/**
 * Whether the token at `index` joins the number before it to more of a number or a date: a slash or
 * a colon (`شهر 3/2020`, `3:15`), or a point with a digit right after it (`شهر 3.2020`). A point a space
 * or the text's end follows ends the sentence: `زادت الصادرات في شهر 3.` is March.
 */
function joinsNumber(tokens: readonly Token[], index: number): boolean {
  const mark = tokens[index];
  if (isPunctuation(mark, '/:')) return true;
  if (!isPunctuation(mark, '.')) return false;
  const after = tokens[index + 1];
  return after !== undefined && after.start === mark!.end && after.kind === 'number';
}

/**
 * A month as a whole where what comes before already puts it in time (النصف الثاني من نوفمبر): a
 * month without a day, maybe with its year or anchor, and no context asked.
 */
export function matchWholeMonth(stream: TokenStream, index: number): CalendarMatch | null {
  const month = monthFirst(stream, index, true);
  return month === null || month.day.day !== null ? null : month;
}

/**
 * `نوفمبر 2020`, `شهر رمضان`, `في مارس`, `نوفمبر الماضي`: a month without a day; `inContext` when the
 * caller has put it in time.
 */
function monthFirst(stream: TokenStream, index: number, inContext = false): CalendarMatch | null {
  const noun = monthNoun().match(stream, index) ?? monthNounDual().match(stream, index);
  const month = matchMonth(stream, noun?.next ?? index);
  if (month === null) return null;
  const days = month.calendar === 'gregory' ? monthFirstDays(stream, month) : null;
  if (days !== null) return { ...days, start: noun?.start ?? month.start };
  const year = yearAfterMonth(stream, month.next, month.calendar, month.month);
  const relativeYear = year === null && month.calendar === 'gregory' ? relativeYearAfter(stream, month.next) : null;
  const anchor = year === null && relativeYear === null ? matchAnchor(stream, month.next) : null;
  const named =
    inContext ||
    noun !== null ||
    year !== null ||
    // مايو من العام الماضي; without من (مارس العام الماضي) the month may be a verb, and needs context
    (relativeYear !== null && stream.tokens[month.next]!.norm === 'من') ||
    anchor !== null ||
    monthContext().has(stream, index - 1) ||
    secondOfPair(stream, index) ||
    opensMonthRange(stream, index, month.next);
  if (!named) return null;
  if (month.calendar === 'islamic' && month.month === HIJRI_MONTH_ALSO_A_NUMBER && noun === null && year === null) return null;
  const day = calendarDay(month.calendar, year?.year ?? null, month.month, null);
  day.conflictingMonth = month.conflictingMonth;
  day.anchor = anchor?.value ?? null;
  day.yearOffset = relativeYear?.value ?? null;
  const tail = year ?? relativeYear ?? anchor ?? month;
  return { day, rangeEnd: null, start: noun?.start ?? month.start, end: tail.end, next: tail.next };
}

/**
 * A bare month after من or بين that a range word or dash joins to a month with its year (`من يوليو
 * إلى سبتمبر 2024`, `بين مارس ومايو 2025`): the year puts both in time. Without a year written the two
 * would each take the year nearest the reference, which may put the end before the start.
 */
function opensMonthRange(stream: TokenStream, index: number, next: number): boolean {
  const afterBetween = followsBetween(stream, index);
  if (!afterBetween && stream.tokens[index - 1]?.norm !== 'من') return false;
  const separator = rangeSeparator(stream, next, afterBetween);
  const end = separator === null ? null : matchMonth(stream, separator);
  return end !== null && yearAfterMonth(stream, end.next, end.calendar, end.month) !== null;
}

/**
 * A month joined by و to a one-word month in context before it (`في مارس ونوفمبر`, `شهري يوليو
 * وأغسطس`): in the same context. (`مارس` alone is also the verb "practised".)
 */
function secondOfPair(stream: TokenStream, index: number): boolean {
  if (!stream.tokens[index]!.prefix.startsWith('و') || matchMonth(stream, index - 1) === null) return false;
  return monthContext().has(stream, index - 2) || monthNounDual().has(stream, index - 2);
}

/** `عام 2020`, `2021م`, `1442هـ`, `في 2020`, or a year opening a range. */
function yearFirst(stream: TokenStream, index: number, opensRange: boolean): CalendarMatch | null {
  const withNoun = yearWithNoun(stream, index);
  const year = withNoun ?? markedYear(stream, index, opensRange);
  if (year === null) return null;
  const day = calendarDay(year.era ?? eraOfNextYear(stream, year.next) ?? 'gregory', year.year, null, null);
  return { day, rangeEnd: null, start: withNoun?.start ?? stream.tokens[index]!.start, end: year.end, next: year.next };
}

/**
 * The era written on the year a dash, إلى or و joins right after token `index`, which a year without
 * its own is of too (بين عامي 1440 و1445 هـ، عامي 1440 و1445 للهجرة: both Hijri).
 */
function eraOfNextYear(stream: TokenStream, index: number): DateCalendar | null {
  const separator = rangeSeparator(stream, index, true);
  return separator === null ? null : markedYear(stream, separator, false)?.era ?? null;
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
  // asked at every number: the year is looked at before the separator is looked for
  if (!isPlausibleYear(stream, index)) return false;
  const separator = rangeSeparator(stream, index + 1, afterBetween);
  if (separator === null || !isPlausibleYear(stream, separator)) return false;
  return integerOf(stream.tokens[separator])!.value > integerOf(stream.tokens[index])!.value;
}

/**
 * A year of three or four digits opening a range whose closing year carries the era of both (618 -
 * 907م، من 1250 إلى 1517م، بين 132 و656هـ): a later year with its era right after the separator.
 */
function yearOpeningEraRange(stream: TokenStream, index: number, afterBetween: boolean): CalendarMatch | null {
  const token = stream.tokens[index]!;
  const opening = integerOf(token);
  // asked at every number: its digits are counted before the separator is looked for
  if (opening === null || opening.digits < 3) return null;
  const separator = rangeSeparator(stream, index + 1, afterBetween);
  if (separator === null) return null;
  const closing = markedYear(stream, separator, false);
  if (closing === null || closing.era === null || closing.year <= opening.value) return null;
  return { day: calendarDay(closing.era, opening.value, null, null), rangeEnd: null, start: token.start, end: token.end, next: index + 1 };
}

/**
 * The token after a range separator at `index` (a dash, إلى/حتى, or و after بين), or null. After بين
 * the و may be the word's own prefix (بين مارس ومايو 2025): then the word itself.
 */
function rangeSeparator(stream: TokenStream, index: number, afterBetween: boolean): number | null {
  const token = stream.tokens[index];
  if (token === undefined) return null;
  if (isPunctuation(token, DASHES)) return index + 1;
  if (afterBetween && token.norm === 'و') return index + 1;
  if (afterBetween && token.kind === 'word' && token.prefix.startsWith('و')) return index;
  const word = rangeWords().match(stream, index);
  return word === null ? null : word.next;
}

/** Whether the expression at `index` follows بين (quotes may stand between: بين “2020 و2022”). */
function followsBetween(stream: TokenStream, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && isPunctuation(stream.tokens[at], OPENING_QUOTES)) at--;
  // بين يومي 9 و10 نوفمبر: the word for the days may stand between
  if (at > 0 && dayWords().has(stream, at)) at--;
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
  // two year-less ends, the second in an earlier month, cross the new year (من 20 ديسمبر إلى 5 يناير,
  // من أكتوبر إلى مايو): the end is of the year after the start's (see resolve.ts)
  const crossesYear = start.year === null && end.year === null && (start.month ?? 0) > (end.month ?? 0);
  if (ordinal(start) >= ordinal(end) && !crossesYear) return first;
  return { day: start, rangeEnd: end, start: first.start, end: second.end, next: second.next };
}

/** Orders two dates of the same precision; an unknown year counts as the same year. */
function ordinal(day: CalendarDay): number {
  return toDayNumber(day.year ?? 2000, day.month ?? 1, day.day ?? 1);
}
