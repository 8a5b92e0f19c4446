// The article's dateline: a full date (day, month and year) near the top that reads as the
// publication date rather than an event in the story. It anchors relative dates when the caller
// gives no reference date.
import { fromDayNumber, toDayNumber } from './calendar';
import type { DateExpression } from './expression';
import { dayOfHijri } from './hijri';
import { lazy } from '../text/lazy';
import { type TokenStream } from '../text/phrases';
import { dateWordSet } from './word-group';

/** How far into the text (UTF-16 units) a dateline is looked for: past a headline or two and a byline. */
const DATELINE_REACH = 600;
/** A line with at most this many characters besides the date is a date line (`نشر بتاريخ: 9 تموز 2025`). */
const SHORT_LINE_EXTRA = 30;
/** Words that announce a publication date just before it. */
const PUBLICATION_CUES = ['بتاريخ', 'تاريخ', 'نشر', 'تحديث', 'محدث'];
const CUE_REACH = 3;

const publicationCues = lazy(() => dateWordSet(PUBLICATION_CUES));

/**
 * The first expression near the top that names one full day and reads as a dateline: it carries a
 * clock time or a weekday, stands nearly alone on its line, closes a parenthesized agency credit
 * (`(سبوتنيك - 26 نوفمبر 2021ء)`), opens a wire story after its city (`الرياض - 14 مارس 2024 (واس):`),
 * or follows a word like بتاريخ / نشر.
 */
export function findDateline(
  expressions: readonly DateExpression[],
  stream: TokenStream,
): { expression: DateExpression; dayNumber: number } | null {
  for (const expression of expressions) {
    if (expression.start > DATELINE_REACH) break;
    const dayNumber = fullDayOf(expression);
    if (dayNumber !== null && readsAsDateline(expression, stream)) return { expression, dayNumber };
  }
  return null;
}

function fullDayOf(expression: DateExpression): number | null {
  const day = expression.day;
  if (day === null || day.type !== 'calendar' || expression.rangeEnd !== null) return null;
  if (day.year === null || day.month === null || day.day === null) return null;
  const dayNumber = day.calendar === 'islamic' ? dayOfHijri(day.year, day.month, day.day) : toDayNumber(day.year, day.month, day.day);
  if (dayNumber === null) return null;
  // the reference day is written YYYY-MM-DD: a Hijri year far enough ahead (9670 هـ) lands past 9999
  const { year } = fromDayNumber(dayNumber);
  return year >= 0 && year <= 9999 ? dayNumber : null;
}

function readsAsDateline(expression: DateExpression, stream: TokenStream): boolean {
  const day = expression.day;
  if (expression.time !== null || (day?.type === 'calendar' && day.weekday !== null)) return true;
  const { source } = stream;
  const lineStart = source.lastIndexOf('\n', expression.start - 1) + 1;
  const newline = source.indexOf('\n', expression.end);
  const lineEnd = newline < 0 ? source.length : newline;
  const rest = source.slice(lineStart, expression.start).trim().length + source.slice(expression.end, lineEnd).trim().length;
  if (rest <= SHORT_LINE_EXTRA) return true;
  if (closesParenthesizedCredit(source, lineStart, expression)) return true;
  if (opensWireStory(source, lineStart, expression)) return true;
  for (let back = 1; back <= CUE_REACH && expression.firstToken - back >= 0; back++) {
    if (publicationCues().has(stream, expression.firstToken - back)) return true;
  }
  return false;
}

// A wire story's city has one to three words; an agency in brackets after it is short.
const MAX_CITY_WORDS = 3;
const MAX_AGENCY_LENGTH = 40;
/** Marks that end a wire story's head (after the city and its agency) and that start its story after the date. */
const HEAD_ENDS = '-–—،,:';
const TAIL_STARTS = '-–—:';
/** Characters no city name holds. */
const NOT_IN_CITY = /[.،,:;؛()\-–—\d]/;
// What follows the date may open with the agency in brackets or slashes (`(واس): …`, `/سونا/ -`).
const AGENCY = /^(\([^()\n]{1,40}\)|\/[^/\n]{1,40}\/)/;
/** في between the city and the date (`الخرطوم في 5 مايو 2023 /سونا/ -`), as Sudan's and Yemen's agencies write it. */
const CITY_IN = 'في';

/**
 * A wire story's opening: `الرياض - 14 مارس 2024 (واس): …`, `القاهرة، 14 مارس 2024 (رويترز) -`,
 * `عمان (بترا) - 14 مارس 2024 - …`, `الخرطوم في 14 مارس 2024 /سونا/ -`. The date comes right after the
 * city at the start of a line, and a bracketed agency, a dash or a colon right after it.
 */
function opensWireStory(source: string, lineStart: number, expression: DateExpression): boolean {
  const head = source.slice(lineStart, expression.start).trim();
  // after في the agency must follow: `وقعت الحادثة في 5 مايو 2023: …` is a story's sentence
  const cityIn = head.endsWith(` ${CITY_IN}`);
  const city = cityIn ? head.slice(0, -CITY_IN.length).trim() : head;
  return isWireHead(city, cityIn) && isWireTail(source.slice(expression.end, expression.end + 50), cityIn);
}

/**
 * `الرياض -`, `القاهرة،`, `عمان (بترا) -`, `عمان (بترا)`: a city, maybe a bracketed agency, then a dash,
 * comma or colon, for which the agency's bracket may stand; `cityIn`: the city alone, before في.
 */
function isWireHead(head: string, cityIn: boolean): boolean {
  let rest = head;
  if (!cityIn && rest !== '' && HEAD_ENDS.includes(rest[rest.length - 1]!)) rest = rest.slice(0, -1).trim();
  else if (!cityIn && !rest.endsWith(')')) return false;
  if (rest.endsWith(')')) {
    const open = rest.lastIndexOf('(');
    if (open < 0 || rest.length - open - 2 > MAX_AGENCY_LENGTH) return false;
    rest = rest.slice(0, open).trim();
  }
  const words = rest.split(/\s+/);
  return rest !== '' && words.length <= MAX_CITY_WORDS && !NOT_IN_CITY.test(rest);
}

/** `(واس): …`, `(رويترز) -`, ` - …`: the agency in brackets (which `needsAgency` asks for), or the dash or colon that opens the story. */
function isWireTail(tail: string, needsAgency: boolean): boolean {
  let rest = tail.trimStart();
  const agency = AGENCY.exec(rest);
  if (agency) rest = rest.slice(agency[0].length).trimStart();
  else if (needsAgency) return false;
  return rest !== '' && TAIL_STARTS.includes(rest[0]!);
}

/** `( … سبوتنيك - 26 نوفمبر 2021ء)`: an open parenthesis earlier on the line, closed right after the date. */
function closesParenthesizedCredit(source: string, lineStart: number, expression: DateExpression): boolean {
  const before = source.slice(lineStart, expression.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  let after = expression.end;
  while (source[after] === ' ') after++;
  return source[after] === ')';
}
