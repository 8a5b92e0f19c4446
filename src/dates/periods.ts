// Periods named by their part, season or decade: مطلع الشهر، أواخر العام الماضي، نهاية الأسبوع،
// الصيف الماضي، صيف 2023، السبعينيات، العقد الماضي، القرن التاسع عشر. A part (early, middle, late) keeps the value
// and granularity of the period it is part of: ISO 8601 has no "early 2024", and a guessed third
// of it would claim days the text does not name.
import type { DaySpec, Season } from './expression';
import type { DateCalendar } from './types';
import { TENS_NUMBER_WORDS } from '../data/figures/numbers';
import { lazy } from '../text/lazy';
import { ANCHOR_OFFSETS, PERIOD_UNITS, matchAnchor } from './relative';
import { hasArticle, integerOf, type PhraseMatch, type TokenStream } from '../text/phrases';
import { dayOrdinals, sameWords } from './calendar-dates';
import { eraAfter, yearAfterMonth } from './years';
import { dateIndex, dateWordSet } from './word-group';

/** The adjectives of the first and last of a plural (الأيام الأولى، العشر الأواخر or الأخيرة). */
export const PLURAL_FIRST = 'الأولى';
export const PLURAL_LAST = 'الأخيرة';
/** The first or last days, weeks or months of a period (الأيام الأولى من العام): parts as مطلع is. */
const PERIOD_PLURALS = ['الأيام', 'الأسابيع', 'الأشهر', 'الشهور'];

/** Words for the start, middle or end of a period; the period follows them (متم, the Maghreb's end: عند متم يونيو). */
const PERIOD_PARTS = ['مطلع', 'بداية', 'بدايات', 'أوائل', 'مستهل', 'منتصف', 'أواسط', 'نهاية', 'نهايات', 'أواخر', 'ختام', 'متم'];

/** Seasons of the northern hemisphere by their first month (meteorological: winter is December–February). */
const SEASONS: ReadonlyArray<readonly [string, Season['season']]> = [
  ['الربيع', 'spring'],
  ['ربيع', 'spring'],
  ['الصيف', 'summer'],
  ['صيف', 'summer'],
  ['الخريف', 'autumn'],
  ['خريف', 'autumn'],
  ['الشتاء', 'winter'],
  ['شتاء', 'winter'],
];

/**
 * Decades of the 1900s by their plural, made from the tens' -ين form (السبعينيات، الثمانينات); القرن
 * الحالي moves them to the 2000s.
 */
function decadeEntries(): (readonly [string, number])[] {
  const decades = TENS_NUMBER_WORDS.flatMap(([tens, forms]) => {
    const stem = forms.find((form) => form.endsWith('ين'))!;
    return [[`ال${stem}يات`, tens] as const, [`ال${stem}ات`, tens] as const];
  });
  // the construct form (سبعينيات القرن الماضي) has no article
  return [...decades, ...decades.map(([word, tens]) => [word.slice(2), tens] as const)];
}

/** The centuries a decade's plural may name, with or without من before them (سبعينيات من القرن الماضي). */
const THIS_CENTURY = ['القرن الحالي', 'القرن الجاري', 'القرن الحادي والعشرين'];
const LAST_CENTURY = ['القرن الماضي', 'القرن العشرين'];
const withOrWithoutFrom = (phrases: readonly string[]): string[] => [...phrases, ...phrases.map((phrase) => `من ${phrase}`)];

/**
 * The nouns of a decade and a century, which an anchor follows (العقد الماضي، القرن الحالي); العشرية is
 * the Maghreb's decade (العشرية الماضية، العشرية الحالية).
 */
const LONG_PERIOD_NOUNS: ReadonlyArray<readonly [string, 'decade' | 'century']> = [
  ['العقد', 'decade'],
  ['العشرية', 'decade'],
  ['القرن', 'century'],
];
/**
 * Two centuries in the dual (القرنين 19 و20م، القرنين الثامن عشر والتاسع عشر): the years of both. Only
 * the genitive, which news writes after the preposition (في القرنين، خلال القرنين), with its era's
 * adjective: الميلاديين, or الهجريين, which makes them none.
 */
const CENTURY_DUAL = 'القرنين';
const GREGORIAN_DUAL = 'الميلاديين';
const HIJRI_DUAL = 'الهجريين';
/** The last century a named one may be: the 21st, or the 22nd of a forecast (القرن الثاني والعشرين). */
const LAST_NAMED_CENTURY = 22;
/** The article written apart before a number (القرن الـ19), as normalized. */
export const SEPARATE_ARTICLE = 'ال';
/** Before Christ after a century (القرن الخامس قبل الميلاد، القرن 5 ق.م): no year range is given for it. */
const BEFORE_CHRIST = ['قبل الميلاد', 'ق'];

/** نهاية الأسبوع is the weekend, with or without the word for a holiday before it (عطلة نهاية الأسبوع). */
const WEEKEND_HOLIDAY_WORDS = ['عطلة', 'إجازة'];
const WEEKEND_WORDS = ['نهاية الأسبوع'];

// a plural takes من before the period (الأيام الأخيرة من العام الماضي)
const periodParts = lazy(() =>
  dateWordSet([...PERIOD_PARTS, ...PERIOD_PLURALS.flatMap((plural) => [`${plural} ${PLURAL_FIRST} من`, `${plural} ${PLURAL_LAST} من`])]),
);
/** A period noun alone after a part is the current one: مطلع الشهر، أواخر العام، نهاية الأسبوع. */
const currentPeriodNouns = lazy(() => dateIndex(PERIOD_UNITS));
export const seasons = lazy(() => dateIndex(SEASONS));
export const decades = lazy(() => dateIndex(decadeEntries()));
const thisCentury = lazy(() => dateWordSet(withOrWithoutFrom(THIS_CENTURY)));
const lastCentury = lazy(() => dateWordSet(withOrWithoutFrom(LAST_CENTURY)));
export const longPeriodNouns = lazy(() => dateIndex(LONG_PERIOD_NOUNS));
export const centuryDuals = lazy(() => dateWordSet([CENTURY_DUAL]));
const gregorianDuals = lazy(() => dateWordSet([GREGORIAN_DUAL]));
const beforeChrist = lazy(() => dateWordSet(BEFORE_CHRIST));
export const periodPartWords = periodParts;
export const weekendHolidayWords = lazy(() => dateWordSet(WEEKEND_HOLIDAY_WORDS));
export const weekendWords = lazy(() => dateWordSet(WEEKEND_WORDS));

/** The part word at `index` (مطلع، أواخر …), if any. */
export function matchPeriodPart(stream: TokenStream, index: number): PhraseMatch<true> | null {
  return periodParts().match(stream, index);
}

/**
 * The weekend: (عطلة) نهاية الأسبوع with the week's anchor if any (نهاية الأسبوع الماضي). A part word
 * with ب or ل (بنهاية الأسبوع) is the object of a verb more often than a time, as for other periods.
 */
export function matchWeekend(stream: TokenStream, index: number): PhraseMatch<DaySpec> | null {
  const holiday = weekendHolidayWords().match(stream, index);
  const at = holiday?.next ?? index;
  if (holiday === null && /^و?[بل]/.test(stream.tokens[index]?.prefix ?? '')) return null;
  // after عطلة, نهاية is its complement and carries no clitic
  const weekend = holiday === null || stream.tokens[at]?.prefix === '' ? weekendWords().match(stream, at) : null;
  if (weekend === null) return null;
  const anchor = matchAnchor(stream, weekend.next);
  const last = anchor ?? weekend;
  return { value: { type: 'weekend', offset: anchor === null ? 0 : ANCHOR_OFFSETS[anchor.value] }, start: holiday?.start ?? weekend.start, end: last.end, next: last.next };
}

/**
 * After a part word, a period noun alone names the current period (أواخر العام، مطلع الشهر); with
 * نفسه or ذاته (نهاية الشهر نفسه) the one the text named before, which is not read back; with a number
 * after it (نهاية العام 2019) the one the number names, as without the article (نهاية عام 2019).
 */
export function matchCurrentPeriod(stream: TokenStream, index: number): PhraseMatch<DaySpec> | null {
  const noun = currentPeriodNouns().match(stream, index);
  if (noun === null || matchAnchor(stream, noun.next) !== null || sameWords().has(stream, noun.next)) return null;
  if (integerOf(stream.tokens[noun.next]) !== null) return null;
  return { ...noun, value: { type: 'period', unit: noun.value, offset: 0 } };
}

/**
 * A season with an anchor or a year (الصيف الماضي، الشتاء المقبل، صيف 2023، هذا الصيف). A season
 * alone (فصل الصيف) names no date.
 */
export function matchSeason(stream: TokenStream, index: number): PhraseMatch<DaySpec> | null {
  const season = seasons().match(stream, index);
  if (season === null) return null;
  const year = yearAfterMonth(stream, season.next, 'gregory');
  if (year !== null) return { value: { type: 'season', season: season.value, year: year.year, anchor: null }, start: season.start, end: year.end, next: year.next };
  const anchor = matchAnchor(stream, season.next);
  if (anchor === null) return null;
  return { value: { type: 'season', season: season.value, year: null, anchor: anchor.value }, start: season.start, end: anchor.end, next: anchor.next };
}

/**
 * العقد الماضي / الحالي / المقبل, القرن الماضي / الحالي: the calendar decade or century before, of or
 * after the reference.
 */
export function matchRelativeLongPeriod(stream: TokenStream, index: number): PhraseMatch<DaySpec> | null {
  const noun = longPeriodNouns().match(stream, index);
  const anchor = noun === null ? null : matchAnchor(stream, noun.next);
  if (noun === null || anchor === null) return null;
  return { value: { type: 'period', unit: noun.value, offset: ANCHOR_OFFSETS[anchor.value] }, start: noun.start, end: anchor.end, next: anchor.next };
}

/** The years of a decade or century, first and last, in the calendar the text counts them in. */
export interface YearSpan {
  first: number;
  last: number;
  calendar: DateCalendar;
}

/**
 * A century by its ordinal or number, the Gregorian era's unless another is written: القرن التاسع عشر،
 * القرن 19، القرن الـ19، القرن العشرين الميلادي، القرن 20م. Its years as ISO 8601 counts a century (its
 * `19`, the 1900s): القرن العشرين is 1900–1999, as the decades are 1970–1979. A Hijri century (القرن
 * السابع الهجري، القرن 7هـ) and one before Christ are none: no year range is given for them. News marks
 * a Hijri century (الهجري، هـ), so one unmarked is read as the Gregorian era's.
 */
export function matchNamedCentury(stream: TokenStream, index: number): PhraseMatch<YearSpan> | null {
  const noun = longPeriodNouns().match(stream, index);
  if (noun !== null && noun.value !== 'century') return null;
  const dual = noun === null ? centuryDuals().match(stream, index) : null;
  // most words asked are neither: no number is read then (at index -1, which is no array element)
  if (noun === null && dual === null) return null;
  const first = centuryNumber(stream, (noun ?? dual)!.next, '');
  if (first === null) return null;
  let last = first;
  if (dual !== null) {
    // القرنين 19 و20م، القرنين الـ16 والـ17، القرنين الثامن عشر والتاسع عشر: a later century joined by
    // و, which an ordinal carries
    const joiner = stream.tokens[first.next]?.norm;
    const joined = joiner === 'و' || joiner === `و${SEPARATE_ARTICLE}`;
    const second = centuryNumber(stream, joined ? first.next + 1 : first.next, joined ? '' : 'و');
    if (second === null || second.value <= first.value) return null;
    last = second;
  }
  const era = eraAfter(stream, last.next);
  const gregorianDual = dual === null ? null : gregorianDuals().match(stream, last.next);
  const hijriDual = dual !== null && stream.tokens[last.next]?.norm === HIJRI_DUAL;
  if (beforeChrist().match(stream, last.next) !== null) return null;
  const calendar = hijriDual ? 'islamic' : era?.value ?? 'gregory';
  const tail = hijriDual ? { end: stream.tokens[last.next]!.end, next: last.next + 1 } : gregorianDual ?? era;
  // year 0 of ISO 8601 is 1 BC, and there is no year 0 AH: the first century starts at year 1
  const value = { first: Math.max(1, (first.value - 1) * 100), last: last.value * 100 - 1, calendar };
  return { value, start: (noun ?? dual)!.start, end: tail?.end ?? stream.tokens[last.next - 1]!.end, next: tail?.next ?? last.next };
}

/**
 * A century's number at `at`: digits (one or two, after the article written apart: القرن الـ19) or an
 * ordinal word with exactly `prefix` as its clitic (not a clitic's: القرن ولأول).
 */
function centuryNumber(stream: TokenStream, at: number, prefix: string): PhraseMatch<number> | null {
  const tokens = stream.tokens;
  const apart = tokens[at]?.norm === SEPARATE_ARTICLE;
  const token = tokens[apart ? at + 1 : at];
  if (token === undefined) return null;
  const number = integerOf(token);
  const ordinal = number === null && !apart ? dayOrdinals().match(stream, at) : null;
  const whole = ordinal !== null && ordinal.start === token.start + prefix.length && token.prefix.startsWith(prefix);
  const nth = whole ? ordinal.value : number !== null && number.digits <= 2 ? number.value : null;
  if (nth === null || nth < 1 || nth > LAST_NAMED_CENTURY) return null;
  return whole ? ordinal : { value: nth, start: token.start, end: token.end, next: (apart ? at + 1 : at) + 1 };
}

/**
 * A decade by its plural: السبعينيات (1970–1979), سبعينيات القرن الماضي, عشرينيات القرن الحالي
 * (2020–2029). The bare construct form (سبعينيات) needs its century after it.
 */
export function matchNamedDecade(stream: TokenStream, index: number): PhraseMatch<YearSpan> | null {
  const decade = decades().match(stream, index);
  if (decade === null) return null;
  const later = thisCentury().match(stream, decade.next);
  const earlier = later === null ? lastCentury().match(stream, decade.next) : null;
  if (!hasArticle(stream.tokens[index]!) && later === null && earlier === null) return null;
  const first = (later !== null ? 2000 : 1900) + decade.value;
  const tail = later ?? earlier ?? decade;
  return { value: { first, last: first + 9, calendar: 'gregory' }, start: decade.start, end: tail.end, next: tail.next };
}
