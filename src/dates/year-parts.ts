// Quarters, thirds and halves of a year (الربع الأول من 2025، الثلث الأخير من 2024، النصف الثاني من
// العام الماضي، الثلاثي الأول من سنة 2024 as the Maghreb writes a quarter, السداسي الأول a half), and
// its first or last months by their count (الأشهر الستة الأولى من 2024، التسعة أشهر الأولى من السنة
// الجارية): a range of months, as a season is.
// Only with the year they are of: without one (في الربع الأول) the quarter may be the reference
// year's, last year's in a January report, a fiscal year's or a match's (الربع الأول من المباراة),
// and a guessed year would be wrong as often as right.
import type { YearPart } from './expression';
import { LAST_PART, ORDINAL_UNITS, currentYearAt, relativeYearAfter } from './calendar-dates';
import { UNIT_NUMBER_WORDS } from '../data/figures/numbers';
import { PLURAL_FIRST, PLURAL_LAST } from './periods';
import { lazy } from '../text/lazy';
import { type PhraseMatch, type TokenStream } from '../text/phrases';
import { yearAfterMonth } from './years';
import { dateIndex } from './word-group';

/** The half, also a part of a month (النصف الثاني من نوفمبر). */
export const HALF_NOUN = 'النصف';
const TERM_NOUN = 'الفصل';
/**
 * The nouns of a part of a year and how many months the part lasts. الفصل, the Maghreb's quarter (الفصل
 * الثالث من 2024), is as often a school term (الفصل الأول من العام الدراسي، من العام): only with a year
 * written or one its anchor places (الفصل الأول من السنة الجارية، من العام الماضي), which a school year's
 * adjective would stand between.
 */
const PART_NOUNS: ReadonlyArray<readonly [string, number]> = [
  ['الربع', 3],
  ['الثلاثي', 3],
  ['الثلث', 4],
  [HALF_NOUN, 6],
  ['السداسي', 6],
  [TERM_NOUN, 3],
];
const MONTHS_IN_YEAR = 12;
/** Ordinals of the parts, the first four of the days' (الأول … الرابع): الأخير is the last part whatever the count. */
const partOrdinals = (): ReadonlyArray<readonly [string, number]> => [...ORDINAL_UNITS.slice(0, 4), [LAST_PART, 0]];

/** `الربع الثالث` → its first month and length; a half has no third or fourth, a third no fourth. */
function partEntries(): [string, { first: number; months: number; namedYearOnly: boolean }][] {
  const entries: [string, { first: number; months: number; namedYearOnly: boolean }][] = [];
  for (const [noun, months] of PART_NOUNS) {
    const count = MONTHS_IN_YEAR / months;
    for (const [ordinal, position] of partOrdinals()) {
      if (position > count) continue;
      const first = ((position === 0 ? count : position) - 1) * months + 1;
      entries.push([`${noun} ${ordinal}`, { first, months, namedYearOnly: noun === TERM_NOUN }]);
    }
  }
  return entries;
}

/** The plurals of شهر, definite (الأشهر الستة الأولى) and after a definite number (الستة أشهر الأولى). */
const MONTH_PLURALS = ['أشهر', 'شهور'];
/** The fewest and most months counted so: two is a dual (الشهرين الأولين), eleven a compound. */
const MONTH_COUNTS = { min: 3, max: 10 } as const;

/**
 * The first or last N months by their count, the number definite before or after the plural (الأشهر
 * الستة الأولى، الستة أشهر الأولى، الشهور الثلاثة الأخيرة); the accusative forms (ستا) are no such number.
 */
function monthCountEntries(): [string, { first: number; months: number; namedYearOnly: boolean }][] {
  const entries: [string, { first: number; months: number; namedYearOnly: boolean }][] = [];
  for (const [months, forms] of UNIT_NUMBER_WORDS) {
    if (months < MONTH_COUNTS.min || months > MONTH_COUNTS.max) continue;
    for (const form of forms.filter((word) => !word.endsWith('ا'))) {
      for (const plural of MONTH_PLURALS) {
        for (const [end, first] of [[PLURAL_FIRST, 1], [PLURAL_LAST, MONTHS_IN_YEAR - months + 1]] as const) {
          const value = { first, months, namedYearOnly: false };
          entries.push([`ال${plural} ال${form} ${end}`, value], [`ال${form} ${plural} ${end}`, value]);
        }
      }
    }
  }
  return entries;
}

export const yearParts = lazy(() => dateIndex([...partEntries(), ...monthCountEntries()]));

/**
 * A quarter or half with its year: written (`من 2025`, `من عام 2025`, `عام 2025`, `لعام 2025`) or
 * relative (`من العام الماضي`, `العام المقبل`, `من هذا العام`, `من العام` = the current one).
 */
export function matchYearPart(stream: TokenStream, index: number): PhraseMatch<YearPart> | null {
  const part = yearParts().match(stream, index);
  if (part === null) return null;
  const { first, months } = part.value;
  const written = yearAfterMonth(stream, part.next, 'gregory');
  if (written !== null) {
    if (written.era === 'islamic') return null;
    return { value: { type: 'year-part', first, months, year: written.year, offset: 0 }, start: part.start, end: written.end, next: written.next };
  }
  const relative = relativeYearAfter(stream, part.next);
  if (relative !== null) {
    return { value: { type: 'year-part', first, months, year: null, offset: relative.value }, start: part.start, end: relative.end, next: relative.next };
  }
  if (part.value.namedYearOnly) return null;
  // العام alone is the current year only after من (الربع الأول من العام)
  const current = stream.tokens[part.next]?.norm === 'من' ? currentYearAt(stream, part.next + 1) : null;
  if (current === null) return null;
  return { value: { type: 'year-part', first, months, year: null, offset: 0 }, start: part.start, end: current.end, next: current.next };
}
