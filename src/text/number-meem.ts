// What the letter م after a number abbreviates. News writes it for ميلادي after a year (1950م),
// for متر after a length (سباق 100 م) and for مساء after a clock hour (الساعة 7 م). The date and the
// figure rules both read numbers before it, so both ask this one rule: a number it calls a year or an
// hour is the dates', one it calls metres or an era ordinal is the figures'. Every number before م
// gets one of these readings, so none falls between the two recognizers.
import { CLOCK_NOUNS, ERA_ORDINAL_NOUNS, LENGTH_MEASURE_WORDS, YEAR_NOUNS } from '../data/text/number-meem';
import { HOUR_CUES, TIME_PREPOSITIONS } from '../data/dates/time-prepositions';
import { foldKey } from './fold-key';
import { lazy } from './lazy';
import { PhraseIndex, integerOf, isPunctuation, wordSet, type TokenStream } from './phrases';

/**
 * year: ميلادي after a year (1950م، عام 300م); era: ميلادي after an ordinal of the calendar, the number no
 * year (القرن 20م); metres: متر (طول الجسر 300 م، 828 م); evening: مساء after a clock hour (الساعة 7 م).
 */
export type MeemReading = 'year' | 'era' | 'metres' | 'evening';

const MEEM = 'م';
/** How many tokens back a length word or a calendar ordinal is looked for: ارتفاع البرج الجديد 828 م، القرنين 19 و20م. */
const WORD_REACH = 4;
/** The latest year a bare four-digit number before م is read as; past it the number is a length. */
const LATEST_ERA_YEAR = 2100;
/** The hours of the dial a meridiem letter follows: 7 م is 19:00. */
const LAST_DIAL_HOUR = 12;

/** Length words and ordinals of the calendar, looked up in one pass back from the number. */
const contextWords = lazy(
  () =>
    new PhraseIndex<'metres' | 'era'>([
      ...LENGTH_MEASURE_WORDS.map((word) => [word, 'metres'] as const),
      ...ERA_ORDINAL_NOUNS.map((word) => [word, 'era'] as const),
    ]),
);
const yearWords = lazy(() => wordSet([...YEAR_NOUNS, ...TIME_PREPOSITIONS]));
const clockNouns = lazy(() => wordSet(CLOCK_NOUNS));
const hourCues = lazy(() => wordSet(HOUR_CUES));
/**
 * The words of the three sets above: the word before a number is in one of them only if it is in this
 * one, so a single lookup rules out the three for most numbers (1م1م… asks at every number).
 */
const cueWords = lazy(() => wordSet([...YEAR_NOUNS, ...TIME_PREPOSITIONS, ...CLOCK_NOUNS, ...HOUR_CUES]));
const hijriEra = lazy(() => wordSet(['هـ']));

/** Whether token `index` is the letter م alone. */
function isMeem(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index];
  return token !== undefined && token.kind === 'word' && token.norm === MEEM;
}

/**
 * What the م right after the number at token `index` stands for; undefined when no م follows a number
 * there. The hour comes first (its minutes after a colon or الساعة before it), then a length word a few
 * tokens back (it outweighs a year-like number: سباق 1500 م), then an ordinal of the calendar, then an
 * hour of the dial after a word that puts an hour in time (في 7 م، حتى 11 م), then a year word or
 * preposition of time right before it (منذ 622م), a Hijri year beside it or a pair of years it closes;
 * with none of these, a four-digit number up to 2100 is a year and any other number a length.
 */
export function readMeemAfterNumber(stream: TokenStream, index: number): MeemReading | undefined {
  if (index < 0) return undefined;
  // the figure rules and the dates both ask of each number, three times in all: in 1م1م… every number
  // is asked, so where the stream has slots for them (extract's do) each reading is worked out once,
  // and a number read already is answered before its tokens are looked at again
  const slots = stream.meemReadings;
  const known = slots === undefined || index >= slots.length ? 0 : slots[index]!;
  if (known !== 0) return READINGS[known - 1];
  const number = stream.tokens[index];
  if (number === undefined || number.kind !== 'number' || !isMeem(stream, index + 1)) return undefined;
  const reading = readMeem(stream, index);
  if (slots !== undefined) slots[index] = SLOT_OF[reading];
  return reading;
}

/** The readings in slot order (a slot holds 1 + its reading's index; 0 is not yet read). */
const READINGS: readonly MeemReading[] = ['year', 'era', 'metres', 'evening'];
/** Each reading's slot value, READINGS read backwards (a search of READINGS was a builtin call at every number). */
const SLOT_OF: Readonly<Record<MeemReading, number>> = { year: 1, era: 2, metres: 3, evening: 4 };

/** readMeemAfterNumber for a number with م after it. */
function readMeem(stream: TokenStream, index: number): MeemReading {
  const integer = integerOf(stream.tokens[index]);
  const cued = index > 0 && cueWords().has(stream, index - 1);
  if (isClockHour(stream, index, cued)) return 'evening';
  const context = contextBefore(stream, index);
  if (context !== undefined) return context;
  if (cued && isCuedDialHour(stream, index)) return 'evening';
  if (integer !== null && ((cued && yearWords().has(stream, index - 1)) || besideHijriYear(stream, index) || closesYearPair(stream, index))) {
    return 'year';
  }
  return integer !== null && integer.digits === 4 && integer.value <= LATEST_ERA_YEAR ? 'year' : 'metres';
}

/**
 * The minutes of a clock time (7:30 م) or an hour after الساعة (الساعة 7 م، الساعة 7:30 م); `cued`: the
 * word before the number is one of cueWords, as a clock noun must be.
 */
function isClockHour(stream: TokenStream, index: number, cued: boolean): boolean {
  const tokens = stream.tokens;
  if (index >= 2 && isPunctuation(tokens[index - 1], ':') && integerOf(tokens[index - 2]) !== null) return true;
  return cued && clockNouns().has(stream, index - 1);
}

/**
 * 1–12 in one or two digits after a word that puts an hour in time (في 7 م، من 9 ص إلى 5 م، حوالي 8
 * م): in news an evening hour, far more often than a year of the first century or a few metres.
 */
export function isCuedDialHour(stream: TokenStream, index: number): boolean {
  const number = integerOf(stream.tokens[index]);
  return number !== null && number.digits <= 2 && number.value >= 1 && number.value <= LAST_DIAL_HOUR && index > 0 && hourCues().has(stream, index - 1);
}

/**
 * A length word (metres) or an ordinal of the calendar (era) ending at most WORD_REACH tokens before
 * the number, within its clause; a length word wins. Only words of two letters or more are looked up:
 * 1م1م… asks this of every number.
 */
function contextBefore(stream: TokenStream, index: number): 'metres' | 'era' | undefined {
  let found: 'era' | undefined;
  for (let back = 1; back <= WORD_REACH && index - back >= 0; back++) {
    const token = stream.tokens[index - back]!;
    if (isPunctuation(token, CLAUSE_MARKS)) break;
    if (token.kind !== 'word' || token.norm.length < 2) continue;
    const match = contextWords().match(stream, index - back);
    if (match === null || match.next > index) continue;
    if (match.value === 'metres') return 'metres';
    found = 'era';
  }
  return found;
}

/** Marks that end the clause a context word is looked for in (a dash between two numbers does not). */
const CLAUSE_MARKS = '،,.؛;:!?؟()';
/** Tokens between the members of a pair of years: the dash, إلى, حتى or و joining them, the first one's era (ق.م، م، هـ). */
const pairJoiners = lazy(() => new Set(['-', '–', 'و', '.', 'ق', 'م', 'ه', ...['إلى', 'حتى'].map(foldKey)]));
/** The joiners that span from the first member to the second (a reign, a dynasty), where و only adds. */
const pairSpanners = lazy(() => new Set(['-', '–', ...['إلى', 'حتى'].map(foldKey)]));
/** How many such tokens may stand between the two numbers: 300 ق . م . و300 م. */
const PAIR_REACH = 6;

/**
 * The second member of a pair of years (206 ق.م - 220 م، بين سنتي 300 ق.م. و300 م، 618 - 907م، من 1250
 * إلى 1517م): the other number, back past a dash, إلى, حتى or و and its own era, carries an era, stands
 * after a year word, or is a smaller number of three or four digits spanned to it by a dash, إلى or
 * حتى (a reign, a dynasty).
 */
function closesYearPair(stream: TokenStream, index: number): boolean {
  const tokens = stream.tokens;
  let k = index - 1;
  let joined = false;
  let dashed = false;
  let era = false;
  const spanners = pairSpanners();
  while (k >= 0 && index - k <= PAIR_REACH && pairJoiners().has(tokens[k]!.norm)) {
    const norm = tokens[k]!.norm;
    const spans = spanners.has(norm);
    if (norm === 'و' || spans) joined = true;
    if (spans) dashed = true;
    else if (joined && norm !== 'و' && norm !== '.') era = true;
    k--;
  }
  if (!joined) return false;
  const other = k >= 0 ? integerOf(tokens[k]) : null;
  if (other === null) return false;
  if (era || (k > 0 && yearWords().has(stream, k - 1))) return true;
  // spanned from a number of three digits, rising, or of four (1640 - 1648م), with no length word: a span of years
  const own = integerOf(tokens[index])!;
  return dashed && other.digits >= 3 && (other.value < own.value || other.digits === 4) && own.value <= LATEST_ERA_YEAR;
}

/** A Hijri year written beside it with a slash or dash: 1420هـ/1999م، 622م - 1هـ. */
function besideHijriYear(stream: TokenStream, index: number): boolean {
  const tokens = stream.tokens;
  const before = index >= 2 && isPunctuation(tokens[index - 1], '/-') && hijriEra().has(stream, index - 2);
  const after = isPunctuation(tokens[index + 2], '/-') && hijriEra().has(stream, index + 4);
  return before || after;
}
