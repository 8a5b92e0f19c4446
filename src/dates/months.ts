// Month names (all four Gregorian naming systems and the Hijri months) and double month forms
// (`9 نوفمبر/تشرين الثاني`, `كانون الثاني (يناير)`).
import { GREGORIAN_MONTH_NAMES_CLDR, HIJRI_MONTH_NAMES_CLDR, type MonthNameTradition } from '../data/dates/months.generated';
import { GREGORIAN_MONTH_VARIANTS, HIJRI_MONTH_VARIANTS } from '../data/dates/months';
import type { DateCalendar } from './types';
import { lazy } from '../text/lazy';
import { isPunctuation, type PhraseMatch, type TokenStream } from '../text/phrases';
import { dateIndex } from './word-group';

interface MonthName {
  calendar: DateCalendar;
  month: number;
  /** Hijri names have no rival tradition; they count as neither. */
  tradition: MonthNameTradition | null;
}

export const monthNames = lazy(() => {
  const entries: [string, MonthName][] = [];
  for (const [name, month, tradition] of [...GREGORIAN_MONTH_NAMES_CLDR, ...GREGORIAN_MONTH_VARIANTS]) {
    entries.push([name, { calendar: 'gregory', month, tradition }]);
  }
  for (const [name, month] of [...HIJRI_MONTH_NAMES_CLDR, ...HIJRI_MONTH_VARIANTS]) {
    entries.push([name, { calendar: 'islamic', month, tradition: null }]);
  }
  return dateIndex(entries);
});

/** A month as written, once a double form is settled. */
export interface MonthMatch {
  calendar: DateCalendar;
  month: number;
  /** The month the other name of a disagreeing double form says, or null. */
  conflictingMonth: number | null;
  start: number;
  end: number;
  next: number;
}

/**
 * A MonthMatch made with `new`: one is made for every month name read and most die within the piece.
 * A class has no allocation site for V8 to pretenure, so they are born young and die in a scavenge
 * (the object spread they replace was tenured, and its dead copies waited in the old generation).
 */
class MonthRecord implements MonthMatch {
  declare calendar: DateCalendar;
  declare month: number;
  declare conflictingMonth: number | null;
  declare start: number;
  declare end: number;
  declare next: number;

  constructor(calendar: DateCalendar, month: number, conflictingMonth: number | null, start: number, end: number, next: number) {
    this.calendar = calendar;
    this.month = month;
    this.conflictingMonth = conflictingMonth;
    this.start = start;
    this.end = end;
    this.next = next;
  }
}

const SLASHES = '/\\|';

/** The month name at `index` right after `first` with no mark between, when it is of the other naming tradition and carries no clitic. */
function besideOtherTradition(stream: TokenStream, index: number, first: MonthName): PhraseMatch<MonthName> | null {
  const token = stream.tokens[index];
  if (token === undefined || token.kind !== 'word' || token.prefix !== '') return null;
  const second = monthNames().match(stream, index);
  return second !== null && second.value.tradition !== null && second.value.tradition !== first.tradition ? second : null;
}

/**
 * A month name at `index`, with its second name if it is written double: `نوفمبر/تشرين الثاني`,
 * `تشرين الثاني / نوفمبر`, `آذار (مارس)`, `أبريل نيسان`. When the two names disagree the transliterated one wins
 * (see DateConflict) and the other month is reported.
 */
export function matchMonth(stream: TokenStream, index: number): MonthMatch | null {
  const first = monthNames().match(stream, index);
  if (first === null) return null;
  const single = new MonthRecord(first.value.calendar, first.value.month, null, first.start, first.end, first.next);
  if (first.value.calendar !== 'gregory') return single;

  const tokens = stream.tokens;
  const inParentheses = isPunctuation(tokens[first.next], '(');
  const separated = inParentheses || isPunctuation(tokens[first.next], SLASHES);
  // أبريل نيسان: the two traditions side by side need no mark between them
  const second = separated ? monthNames().match(stream, first.next + 1) : besideOtherTradition(stream, first.next, first.value);
  if (second === null || second.value.calendar !== 'gregory') return single;
  if (inParentheses && !isPunctuation(tokens[second.next], ')')) return single;
  const end = inParentheses ? tokens[second.next]!.end : second.end;
  const next = inParentheses ? second.next + 1 : second.next;
  if (second.value.month === first.value.month) return new MonthRecord(single.calendar, single.month, null, single.start, end, next);
  const secondWins = first.value.tradition === 'syriac' && second.value.tradition === 'latin';
  const [chosen, other] = secondWins ? [second.value, first.value] : [first.value, second.value];
  return new MonthRecord('gregory', chosen.month, other.month, first.start, end, next);
}
