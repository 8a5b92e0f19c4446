// Relative offsets: a count of days, weeks, months or years before or after the reference (قبل
// يومين، منذ ثلاثة أيام، بعد أسبوعين، قبل 10 سنوات، منذ عام). A count measured from an event the text
// names (قبل يومين من الانتخابات) is not measured from the reference and is left out; so is a span
// with no direction (خلال يومين، في غضون ساعات), which is a duration, and a count after بعد in a clause
// that does not speak of what is ahead (أفرج عنه بعد 17 عاما، عاد بعد أسبوعين إلى عمله: after an event
// told, see speaksOfWhatIsAhead), where سيعود بعد أسبوعين and تنتهي المهلة بعد يومين are from now.
import type { DaySpec } from './expression';
import type { Token } from '../text/tokenize';
import { smallNumberWords } from './number-words';
import { lazy } from '../text/lazy';
import { startFamily } from './start-words';
import { speaksOfWhatIsAhead } from './tense';
import { hasArticle, integerOf, type PhraseMatch, type TokenStream } from '../text/phrases';
import { dateIndex, dateWordSet } from './word-group';

type OffsetUnit = 'day' | 'week' | 'month' | 'year';

const DIRECTIONS: ReadonlyArray<readonly [string, number]> = [
  ['قبل', -1],
  ['منذ', -1],
  ['بعد', 1],
];

/** Unit words: the singular (one unit, or after 11+), its accusative, the plural (after 3–10) and the dual (two). */
const UNIT_WORDS: ReadonlyArray<{ unit: OffsetUnit; singular: readonly string[]; plural: readonly string[]; dual: readonly string[] }> = [
  { unit: 'day', singular: ['يوم', 'يوما'], plural: ['أيام'], dual: ['يومين', 'يومان'] },
  { unit: 'week', singular: ['أسبوع', 'أسبوعا'], plural: ['أسابيع'], dual: ['أسبوعين', 'أسبوعان'] },
  { unit: 'month', singular: ['شهر', 'شهرا'], plural: ['أشهر', 'شهور'], dual: ['شهرين', 'شهران'] },
  { unit: 'year', singular: ['عام', 'عاما', 'سنة'], plural: ['أعوام', 'سنوات', 'سنين'], dual: ['عامين', 'عامان', 'سنتين', 'سنتان'] },
];

const ARTICLE = 'ال';
/** Words after the unit that measure the count from an event, not from the reference. */
const EVENT_LINKS = ['من', 'على'];
/**
 * What after the unit measures the count from the reference itself, and belongs to the offset's span
 * (بعد أسبوعين من الآن); `today`: the day, which a definite word after it may make another day (بعد
 * ثلاثة أيام من اليوم الأول للمعرض، من اليوم الذي), an event's.
 */
const FROM_NOW: ReadonlyArray<readonly [string, { today: boolean }]> = [
  ['من الآن', { today: false }],
  ['من اليوم', { today: true }],
];

interface UnitWord {
  unit: OffsetUnit;
  /** The count the word states by itself: 1 for a singular, 2 for a dual, null for a plural. */
  count: number | null;
}

const directions = lazy(() => dateIndex(DIRECTIONS));
const unitWords = lazy(() => {
  const entries: [string, UnitWord][] = [];
  for (const { unit, singular, plural, dual } of UNIT_WORDS) {
    for (const word of singular) entries.push([word, { unit, count: 1 }]);
    for (const word of plural) entries.push([word, { unit, count: null }]);
    for (const word of dual) entries.push([word, { unit, count: 2 }]);
  }
  return dateIndex(entries);
});
const eventLinks = lazy(() => dateWordSet(EVENT_LINKS));
const fromNow = lazy(() => dateIndex(FROM_NOW));

export const offsetDirections = directions;

/** A relative offset at `index`: its day spec and span. */
export function matchRelativeOffset(stream: TokenStream, index: number): PhraseMatch<DaySpec> | null {
  const direction = directions().match(stream, index);
  if (direction === null) return null;
  const tokens = stream.tokens;
  let at = direction.next;
  let count: number | null = null;
  const digits = integerOf(tokens[at]);
  if (digits !== null && digits.digits <= 3) {
    count = digits.value;
    at++;
  } else {
    const word = smallNumberWords().match(stream, at);
    if (word !== null && word.start === tokens[at]!.start) {
      count = word.value;
      at = word.next;
    }
  }
  const unit = unitWords().match(stream, at);
  // the unit carries no clitic: بعد عامه is no offset
  if (unit === null || unit.start !== tokens[at]!.start) return null;
  const stated = count ?? unit.value.count;
  // a plural needs a count (قبل أيام is vague); a number after the unit makes it a year (منذ عام 2020)
  if (stated === null || stated === 0 || (count !== null && unit.value.count === 2)) return null;
  if (integerOf(tokens[unit.next]) !== null) return null;
  const offset = direction.value * stated;
  // from now (من الآن) is the reference's own: read with the offset; from anything else, an event's
  const now = fromNow().match(stream, unit.next);
  if (now !== null && !(now.value.today && qualifiesDay(tokens[now.next]))) {
    return { value: specOf(unit.value.unit, offset), start: direction.start, end: now.end, next: now.next };
  }
  if (eventLinks().has(stream, unit.next)) return null;
  if (direction.value > 0 && !speaksOfWhatIsAhead(stream, index)) return null;
  // a singular with no count may be the noun of a date that follows (قبل شهر رمضان، منذ يوم الأحد)
  const next = tokens[unit.next];
  if (count === null && unit.value.count === 1 && next !== undefined && startFamily(next) !== null) return null;
  return { value: specOf(unit.value.unit, offset), start: direction.start, end: unit.end, next: unit.next };
}

/**
 * Whether a token after اليوم makes it some other day: a number, or a definite word (الأول، التالي;
 * الذي, which the splitter leaves whole, by its letters).
 */
function qualifiesDay(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return integerOf(token) !== null || (token.kind === 'word' && (hasArticle(token) || token.norm.startsWith(ARTICLE)));
}

function specOf(unit: OffsetUnit, offset: number): DaySpec {
  switch (unit) {
    case 'day':
      return { type: 'relative-day', offset, fromPrevious: false };
    case 'week':
      return { type: 'relative-day', offset: 7 * offset, fromPrevious: false };
    case 'month':
    case 'year':
      return { type: 'period', unit, offset };
  }
}
