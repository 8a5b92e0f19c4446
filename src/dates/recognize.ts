import type { TextContext } from '../contracts/context';
import { dayNumberOfDate, formatDayNumber, isValidDay, toDayNumber } from './calendar';
import { findDateline } from './dateline';
import type { CalendarDay, DateExpression, ListDay } from './expression';
import { startFamilyAt } from './start-words';
import { matchExpression } from './grammar';
import { resolveDay, resolveExpression } from './resolve';
import type { DateMention, DateReference } from './types';
import { mondayOf, type WeekendMention } from './weekend';
import { lazy } from '../text/lazy';
import { hasArticle, isPunctuation, type TokenStream } from '../text/phrases';
import { isLandmarkHead } from '../contracts/landmarks';
import { EVENT_HEADS } from '../data/dates/event-heads';
import { yearWithNoun } from './years';
import { rangeWords } from './calendar-dates';
import { dateWordSet, dateWords } from './word-group';

/** Words that may stand between a clock time alone and the date it belongs to (20 أيلول، في الساعة 1; the Maghreb's على الساعة 10). */
const TIME_GLUE_WORDS = ['في', 'عند', 'من', 'و', 'حتى', 'تمام', 'منذ', 'على'];
const TIME_GLUE_MARKS = '،,-–';

const timeGlue = lazy(() => dateWordSet(TIME_GLUE_WORDS));
const eventHeads = lazy(() => dateWordSet(EVENT_HEADS));

/**
 * Proposes every date and time in the text, in text order, and says which reference anchored them:
 * the caller's referenceDate, else the article's dateline (see dateline.ts), else none.
 */
export function recognizeDates(ctx: TextContext): { dates: DateMention[]; reference: DateReference; weekends: WeekendMention[] } {
  // the date lexicons' words are looked up once a token for all of them (dateWords)
  const stream: TokenStream = { source: ctx.source, view: ctx.view, tokens: ctx.tokens, meemReadings: ctx.meemReadings, groupMasks: dateWords().memo(ctx.tokens.length) };
  const expressions = scanExpressions(stream);
  let referenceDay: number | null = null;
  let reference: DateReference = { value: null, source: 'none' };
  if (ctx.referenceDate !== null) {
    referenceDay = dayNumberOfDate(ctx.referenceDate);
    reference = { value: formatDayNumber(referenceDay), source: 'option' };
  } else {
    const dateline = findDateline(expressions, stream);
    if (dateline !== null) {
      referenceDay = dateline.dayNumber;
      const { start, end } = dateline.expression;
      reference = { value: formatDayNumber(referenceDay), source: 'dateline', start, end };
    }
  }
  const dates: DateMention[] = [];
  // weekends take the days of the article's country's weekend once the orchestrator knows it
  const weekends: WeekendMention[] = [];
  // the value of the last single day named so far: what اليوم التالي counts from (read only then)
  let lastDayValue: string | null = null;
  // the value of the last Gregorian day or month named so far, whose month 14 منه is a day of (null
  // after a Hijri one); values are read only when such a day comes, as most texts have none
  let lastMonthValue: string | null = null;
  // the value of the day the expression just before named, if it named one: where a weekday closing a
  // range counts from
  let previousDayValue: string | null = null;
  for (let index = 0; index < expressions.length; index++) {
    let expression = expressions[index]!;
    let dayReference = referenceDay;
    if (expression.day?.type === 'calendar' && expression.day.ofMonthBefore) {
      // with no month named before, the day is of none the text gives
      const month = lastMonthValue === null ? null : monthOfValue(lastMonthValue);
      const dated = month === null ? null : inMonth(expression, expression.day, month);
      if (dated === null) {
        previousDayValue = null;
        continue;
      }
      expression = dated;
    } else if (expression.day?.type === 'relative-day' && expression.day.fromPrevious) {
      dayReference = dayNumberOfValue(lastDayValue);
    } else if (expression.day?.type === 'weekday' && expression.day.anchor === null && previousDayValue !== null && closesRange(stream, expressions[index - 1]!, expression)) {
      // من ليلة الجمعة وحتى صباح الأحد: the first such day after the range's first end, whatever the
      // tense its own clause reads
      const previousDay = dayNumberOfValue(previousDayValue);
      if (previousDay !== null) {
        expression = { ...expression, day: { ...expression.day, future: true } };
        dayReference = previousDay + 1;
      }
    }
    const dayOfTime = expression.day === null ? dayForTime(expressions, index, stream, referenceDay) : null;
    const details = resolveExpression(expression, dayReference, dayOfTime);
    const { granularity, value } = details;
    const namesOneDay = (granularity === 'day' || granularity === 'minute') && !value?.includes('/');
    previousDayValue = namesOneDay ? value : null;
    if (value && namesOneDay) lastDayValue = value;
    if (value && (namesOneDay || granularity === 'month' || granularity === 'day')) lastMonthValue = details.calendar === 'gregory' ? value : null;
    const { start, end } = expression;
    const mention: DateMention = { text: ctx.source.slice(start, end), start, end, ...details };
    if (expression.listDays !== undefined && expression.day?.type === 'calendar') {
      for (const listed of expression.listDays) dates.push(listDayMention(ctx.source, listed, expression.day.day!, mention));
    }
    dates.push(mention);
    if (expression.day?.type === 'weekend' && referenceDay !== null) weekends.push({ mention, monday: mondayOf(referenceDay) + 7 * expression.day.offset });
  }
  takeWrittenEquivalents(dates, ctx.source);
  return { dates, reference, weekends };
}

/**
 * A day of a list (`9` in `9 و10 نوفمبر`): the date `day` days back from the last day of the list,
 * which names the month and year. The days share one month, so counting back gives the day in either
 * calendar; a value without a year (`XXXX-11-10`) keeps its month. A clock time written after the
 * last day belongs to it alone.
 */
function listDayMention(source: string, listed: ListDay, lastDay: number, last: DateMention): DateMention {
  const back = lastDay - listed.day;
  const { start, end } = listed;
  const mention: DateMention = { text: source.slice(start, end), start, end, value: null, kind: 'date', granularity: 'day', calendar: last.calendar! };
  const dayNumber = dayNumberOfValue(last.value);
  const yearless = last.value === null ? null : /^XXXX-(\d{2})-\d{2}/.exec(last.value);
  if (dayNumber !== null) mention.value = formatDayNumber(dayNumber - back);
  else if (yearless !== null) mention.value = `XXXX-${yearless[1]}-${String(listed.day).padStart(2, '0')}`;
  // a part of the day before the list (صباح 9 و10 نوفمبر) is that of every day in it
  if (last.partOfDay !== undefined) mention.partOfDay = last.partOfDay;
  if (last.hijri !== undefined) mention.hijri = `${last.hijri.slice(0, -2)}${String(listed.day).padStart(2, '0')}`;
  return mention;
}

/** Whether only a word closing a range stands between two expressions (الجمعة وحتى الأحد، 5 مارس إلى الأحد). */
function closesRange(stream: TokenStream, before: DateExpression, after: DateExpression): boolean {
  return rangeWords().match(stream, before.nextToken)?.next === after.firstToken;
}

interface MonthOfYear {
  year: number;
  month: number;
}

/** The month a value starts in (`2020-11`, `2020-11-16/2020-11-18`), or null (`XXXX-11-16`, a week). */
function monthOfValue(value: string): MonthOfYear | null {
  const month = /^(\d{4})-(\d{2})(?!\d)/.exec(value);
  return month ? { year: Number(month[1]), month: Number(month[2]) } : null;
}

/** A day of the month before (`ofMonthBefore`) given that month, or null where the month has no such day. */
function inMonth(expression: DateExpression, day: CalendarDay, { year, month }: MonthOfYear): DateExpression | null {
  const last = expression.rangeEnd?.day ?? day.day!;
  if (!isValidDay(year, month, last)) return null;
  const dated = { ...day, year, month, ofMonthBefore: false };
  return { ...expression, day: dated, rangeEnd: expression.rangeEnd === null ? null : { ...dated, day: last } };
}

/** The day a value names (`2020-11-16`, `2020-11-16T09:30`), or null (`XXXX-11-16`, none). */
function dayNumberOfValue(value: string | null): number | null {
  const day = value === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return day ? toDayNumber(Number(day[1]), Number(day[2]), Number(day[3])) : null;
}

/**
 * A Hijri date followed by its Gregorian equivalent in brackets (`1447 / 1448هـ (2026م)`, `رمضان
 * 1445هـ (مارس 2024)`) means what the Gregorian says, which is in the calendar `value` is written
 * in: the Hijri mention takes its value and precision when the two overlap.
 */
function takeWrittenEquivalents(dates: DateMention[], source: string): void {
  for (let k = 0; k + 1 < dates.length; k++) {
    const hijri = dates[k]!;
    const gregorian = dates[k + 1]!;
    if (hijri.calendar !== 'islamic' || gregorian.calendar !== 'gregory' || hijri.value === null || gregorian.value === null) continue;
    if (!/^\s*\(\s*$/.test(source.slice(hijri.end, gregorian.start)) || !/^\s*\)/.test(source.slice(gregorian.end, gregorian.end + 8))) continue;
    if (!spansOverlap(hijri.value, gregorian.value)) continue;
    hijri.value = gregorian.value;
    if (gregorian.granularity !== undefined) hijri.granularity = gregorian.granularity;
  }
}

/** Whether two ISO values (dates of any precision or `start/end` ranges) share a day; they compare as strings. */
function spansOverlap(a: string, b: string): boolean {
  const [aFirst, aLast] = bounds(a);
  const [bFirst, bLast] = bounds(b);
  return aFirst <= bLast && bFirst <= aLast;
}

function bounds(value: string): [string, string] {
  const parts = value.split('/');
  // a shorter value stands for all its days: 2026 runs from 2026 to 2026-99
  return [parts[0]!, `${parts[parts.length - 1]!}-99`];
}

function scanExpressions(stream: TokenStream): DateExpression[] {
  const found: DateExpression[] = [];
  const { tokens } = stream;
  for (let index = 0; index < tokens.length; ) {
    const family = startFamilyAt(tokens, index);
    const expression = family === null ? null : matchExpression(stream, index, family);
    if (expression === null) {
      index++;
    } else {
      const named = landmarkNameEnd(stream, expression);
      if (named === null) found.push(expression);
      index = named ?? expression.nextToken;
    }
  }
  return found;
}

/**
 * Where the scan goes on when a day and month, its digits first, follow a noun of a place in construct
 * (`ملعب 5 جويلية`, `جسر 6 أكتوبر`, `مدينة 6 أكتوبر`, `شارع 26 يوليو`) or of an event (`ثورة 25 يناير`,
 * `هجمات 11 سبتمبر`, EVENT_HEADS), and null when they do not: the place or event is named after that
 * day, and the words name it, no date (the year would be the reference's, and the event's is another).
 * After a place's name a year with its noun is a date of its own (`تخرج من جامعة 6 أكتوبر عام 2010`:
 * 2010), read from the noun; after an event's, the whole is the event's date (`ثورة 25 يناير عام
 * 2011`). A date said of a place takes a preposition or a word of time (`افتتح الملعب في 5 جويلية`,
 * `يوم 5 جويلية`); a definite noun is not in construct (`الملعب 5 جويلية`, `الثورة 25 يناير`).
 */
function landmarkNameEnd(stream: TokenStream, expression: DateExpression): number | null {
  const { day } = expression;
  if (day?.type !== 'calendar' || day.weekday !== null || day.day === null || expression.rangeEnd !== null || expression.time !== null) return null;
  const { tokens } = stream;
  const first = expression.firstToken;
  if (tokens[first]!.kind !== 'number') return null;
  const head = tokens[first - 1];
  if (day.year === null) {
    const named = isLandmarkHead(head) || (head !== undefined && head.suffix === '' && !hasArticle(head) && eventHeads().has(stream, first - 1));
    return named ? expression.nextToken : null;
  }
  // with a year, an event's day is its date (ثورة 25 يناير عام 2011); a place's name has no year, and
  // a year after a year noun is the sentence's
  const yearAt = first + 2;
  return isLandmarkHead(head) && yearAt < expression.nextToken && yearWithNoun(stream, yearAt) !== null ? yearAt : null;
}

/**
 * The day a clock time alone belongs to: that of a single-day expression written right before or
 * after it (`20 من أيلول الساعة الواحدة ظهراً`), else the reference day.
 */
function dayForTime(
  expressions: readonly DateExpression[],
  index: number,
  stream: TokenStream,
  referenceDay: number | null,
): number | null {
  const time = expressions[index]!;
  for (const neighbour of [expressions[index - 1], expressions[index + 1]]) {
    if (neighbour === undefined || neighbour.day === null || neighbour.rangeEnd !== null) continue;
    const [left, right] = neighbour.firstToken < time.firstToken ? [neighbour, time] : [time, neighbour];
    if (!onlyGlueBetween(stream, left.nextToken, right.firstToken)) continue;
    const day = resolveDay(neighbour.day, referenceDay).dayNumber;
    if (day !== null) return day;
  }
  return referenceDay;
}

function onlyGlueBetween(stream: TokenStream, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    if (!isPunctuation(stream.tokens[index], TIME_GLUE_MARKS) && !timeGlue().has(stream, index)) return false;
  }
  return true;
}
