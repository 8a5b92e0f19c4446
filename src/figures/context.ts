import type { NumberPhrase } from './parse-number';
import { hasArticle } from '../text/phrases';
import { readMeemAfterNumber } from '../text/number-meem';
import type { TokenReader } from './token-reader';

// The rules here say when a number is not a quantity: part of a date or clock time (the dates
// recognizer owns those), a label (المادة 12), a list marker, a phone number or a code. They look
// only at neighbouring tokens, so each costs a few comparisons per number.

/** Marks that join the parts of a date, a time or a code written in digits: 16/11/2020, 09:30, 2020-11-16. */
const TIME_SEPARATOR = ':';
const DATE_SEPARATORS: ReadonlySet<string> = new Set(['/', '-']);
/** Marks that end a list number at the start of a line: `1.` `1)` `1-`. */
const LIST_MARKERS: ReadonlySet<string> = new Set(['.', ')', '-']);
/** Symbols that make the digits after them a phone number or a tag (+971، #5). */
const CODE_SIGNS: ReadonlySet<string> = new Set(['+', '#']);
/** The last number in words a year word may stand before as a year (عام ألفين وعشرين); past it, the number counts. */
const LAST_YEAR = 9999;
/** The article written apart before a number (الـ12), as normalized. */
const SEPARATE_ARTICLE = 'ال';

/** Four digits, no separators: the shape of a year. */
export function isYearShaped(phrase: NumberPhrase): boolean {
  const digits = phrase.digits;
  return digits !== undefined && !digits.grouped && !digits.decimal && digits.integerDigits === 4;
}

/** A year a news text would mention bare (في 2020، 2020 – 2022) rather than count. */
export function isModernYear(phrase: NumberPhrase): boolean {
  return isYearShaped(phrase) && phrase.value !== null && phrase.value >= 1900 && phrase.value <= 2100;
}

/** Whether the digits are a phone number or a code: a leading zero (0123، 05) or nine digits and more ungrouped. */
export function isCodeLike(phrase: NumberPhrase): boolean {
  const digits = phrase.digits;
  if (!digits) return false;
  return (digits.leadingZero && !digits.decimal) || (digits.integerDigits >= 9 && !digits.grouped);
}

/**
 * Whether a numeral spelt like a weekday name is the weekday: with the article (الاثنين، الأحد), or
 * after a word that takes a day (كل اثنين، يوم اثنين). It counts only where the grammar counts, with
 * no article and something to count (اثنين من المتهمين).
 */
export function isWeekdayNumeral(reader: TokenReader, phrase: NumberPhrase): boolean {
  if (phrase.end !== phrase.first + 1 || !reader.hasStemIn(phrase.first, reader.lexicon.weekdayNumerals)) return false;
  return phrase.definite || reader.hasStemIn(phrase.first - 1, reader.lexicon.dayTakers);
}

/**
 * Whether a numeral written with the article names something other than a count. Definite cardinals
 * from two to ten and the teens count a known group (الأطفال الثلاثة، الدول الخمس، الاثنا عشر), and
 * vague plurals count as they do without it (العشرات، الآلاف). Left out (weekday names spelt like
 * numerals are isWeekdayNumeral's):
 * - the words that have no ordinal of their own, so that news uses them as ordinals: one
 *   (القرن الواحد والعشرين; الواحد alone is "the single"), tens (الذكرى الخمسين), hundreds and
 *   multipliers (الذكرى المئة، الحلقة الألف; الألفين names the year 2000 far more often than it counts);
 * - fractions (النصف، الثلث), proportions of something known.
 */
export function isDefiniteNotCount(reader: TokenReader, phrase: NumberPhrase): boolean {
  const head = phrase.head;
  if (!phrase.definite || !head) return false;
  switch (head.kind) {
    case 'unit':
      return head.value === 1;
    case 'vague':
    case 'few':
      return false;
    case 'scale':
      // a plural multiplier alone (الآلاف، الملايين) is vague; a singular or dual one is exact
      return phrase.value !== null;
    default:
      return true;
  }
}

/**
 * Whether what comes before the number makes it something other than a quantity:
 * the second part of a time, date or code (09:30، 9/11، 2020-11-16، كوفيد-19، +971، رقم 5), a model
 * name after a Latin letter spelt out or a word in Latin letters (إف 16، جي 20، iPhone 16),
 * a year after a month or a year word (نوفمبر 2020، عام 1960), a clock hour (الساعة 9),
 * a label (المادة 12، القانون رقم 5), the tens of an ordinal (القرن التاسع عشر), or a list number at
 * the start of a line (1. / 1- / 1)).
 */
export function isMarkedBefore(reader: TokenReader, phrase: NumberPhrase): boolean {
  const first = phrase.first;
  const previous = first - 1;
  const lexicon = reader.lexicon;
  const previousNorm = reader.norm(previous);
  if (reader.touches(previous, first) && !reader.isWord(previous)) {
    const partOf = previous - 1;
    const joinsDigits = reader.isNumber(partOf) && reader.touches(partOf, previous);
    if (joinsDigits && (previousNorm === TIME_SEPARATOR || DATE_SEPARATORS.has(previousNorm))) return true;
    // a model or code name: كوفيد-19، F-16، إس-400
    if (previousNorm === '-' && !reader.isNumber(partOf) && reader.touches(partOf, previous)) return true;
    if (CODE_SIGNS.has(previousNorm)) return true;
  }
  if (isLetterName(reader, previous) || isLatinName(reader, previous)) return true;
  // digits after digits with only a space between: a phone number written in groups
  if (phrase.head === undefined && reader.isNumber(previous)) return true;
  // ordinals and clock words are marking words too: a word no marking word is neither; the article
  // may stand apart between the word and the number (المركز الـ12، المادة الـ5)
  const apart = previousNorm === SEPARATE_ARTICLE && reader.isWord(previous);
  const marker = apart ? previous - 1 : previous;
  if (apart && reader.hasStemIn(marker, lexicon.rankedNouns)) return true;
  const previousMarks = reader.hasStemIn(marker, lexicon.markingWords);
  // a number of several words past any year's after a year word is the year's count, no year (هذا
  // العام مليونا و833 ألف حاج); digits alone may be a year before Christ (سنتي 16000 ق.م.)
  const mayBeYear = phrase.value === null || phrase.value <= LAST_YEAR || phrase.end - phrase.first === 1;
  if (isLabelled(reader, marker + 1, previousMarks, mayBeYear)) return true;
  if (previousMarks) {
    if (reader.hasStemIn(marker, lexicon.ordinals)) return true;
    if (reader.hasStemIn(marker, lexicon.clockWords) && hasArticle(reader.at(marker)!)) return true;
  }
  if (isYearShaped(phrase) && followsMonth(reader, previous)) return true;
  return isListNumber(reader, phrase);
}

// How many words of a model's name may stand between its noun and its number (مؤشر ستاندرد آند بورز 500).
const MAX_MODEL_NAME_WORDS = 3;

/**
 * Whether the digits of `phrase`, which count nothing the text names, end a model's name: one to
 * three words after a noun of things made by model (MODEL_HEADS: `هاتف آيفون 17`, `طائرة بوينغ 737`,
 * `مؤشر فوتسي 100`), none with the article, a pronoun or a particle: `مؤشر البورصة 50` (the index
 * rose 50), `سيارة مقابل 5`. Only where no noun or unit follows (`مؤشر تاسي 120 نقطة`): the caller
 * asks it last, of a bare count alone.
 */
export function namesAModel(reader: TokenReader, phrase: NumberPhrase): boolean {
  if (phrase.digits === undefined) return false;
  const heads = reader.lexicon.modelHeads;
  for (let k = phrase.first - 1; k >= phrase.first - 1 - MAX_MODEL_NAME_WORDS; k--) {
    const token = reader.at(k);
    if (token === undefined || token.kind !== 'word' || token.suffix !== '' || hasArticle(token)) return false;
    if (reader.hasStemIn(k, reader.lexicon.notNouns)) return false;
    if (k < phrase.first - 1 && reader.hasStemIn(k, heads)) return true;
  }
  return false;
}

/**
 * Whether token `index` spells out a Latin letter (LATIN_LETTER_NAMES), alone or after و (وإف 16): the
 * letter and the number after it name a model (إف 16، جي 20). The whole word is asked, not its stem:
 * the clitic splitter leaves such short foreign words whole, and a stem cut from an Arabic word (لدي
 * → ل + دي) must not count.
 */
function isLetterName(reader: TokenReader, index: number): boolean {
  if (!reader.isWord(index)) return false;
  const norm = reader.norm(index);
  const names = reader.lexicon.letterNames;
  return names.has(norm) || (norm.startsWith('و') && names.has(norm.slice(1)));
}

/**
 * Whether token `index` is a word in Latin letters other than a currency code: a number after one is
 * part of a product's, an event's or an index's name (iPhone 16، Windows 11، S&P 500). After a
 * currency code the number stays a figure (USD 500), even where the code is a name's (COP 28).
 */
function isLatinName(reader: TokenReader, index: number): boolean {
  const token = reader.at(index);
  return token !== undefined && token.kind === 'latin' && !reader.lexicon.currencyCodes.has(token.text);
}

// How many numbers a list under one label may hold (المواد 3 و4 و5): a bound, so a long run of
// numbers costs no more than this per number.
const MAX_LABELLED_LIST = 8;

/**
 * Whether the number at token `first` follows a year word or a label (عام 2020، المادة 12), a
 * definite point in a sequence (الدقيقة 78), or is listed after such a number with و or a comma
 * (الدقيقتين 30 و43، المادتين 3 و4). `previousMarks`: whether the word right before it is a marking
 * word, which the caller has asked already.
 */
function isLabelled(reader: TokenReader, first: number, previousMarks: boolean, mayBeYear: boolean): boolean {
  const lexicon = reader.lexicon;
  let at = first;
  for (let hops = 0; hops <= MAX_LABELLED_LIST; hops++) {
    const previous = at - 1;
    // most numbers follow no marking word at all: one lookup in all of them rules the three lists out
    if (hops === 0 ? previousMarks : reader.hasStemIn(previous, lexicon.markingWords)) {
      if ((mayBeYear && reader.hasStemIn(previous, lexicon.yearWords)) || reader.hasStemIn(previous, lexicon.labels)) return true;
      if (reader.hasStemIn(previous, lexicon.sequencePoints) && hasArticle(reader.at(previous)!)) return true;
    }
    if (!lexicon.dayListJoiners.has(reader.norm(previous)) || !reader.isNumber(previous - 1)) return false;
    at = previous - 1;
  }
  return false;
}

/**
 * Whether `phrase` is the second number of a score: digits after a dash after the digits of the
 * figure just read (`previous`), and no greater (فاز 2-1، بنتيجة 1-0، 3-3), so the two could not be a
 * range. It is a figure of its own, though a dash between digits otherwise marks a date or a code.
 * Only the figure just read can open a score: after a label or a year (المادة 5-3، 2020-11) the
 * second number stays out with the first.
 */
export function isScoreSecond(reader: TokenReader, previous: NumberPhrase | undefined, phrase: NumberPhrase): boolean {
  if (!previous?.digits || !phrase.digits || previous.end + 1 !== phrase.first) return false;
  if (!reader.isMark(previous.end, reader.lexicon.dashes)) return false;
  return previous.digits.value >= phrase.digits.value || isScore(reader, previous, phrase);
}

/** The most goals a side scores that a score is read as (خسر 0-2); two numbers past it are a range. */
const MOST_GOALS = 20;
/** How many words before its first number a word of the result may stand (خسر الفريق أمس 0-2). */
const SCORE_WORD_REACH = 4;

/**
 * Whether two whole numbers of digits joined by a dash are a match's score: neither more than MOST_GOALS,
 * no noun they count after them, and a word of the result (SCORE_WORDS: فاز، خسر، بنتيجة) up to
 * SCORE_WORD_REACH words before them, with no punctuation between. Then the lower may come first (خسر
 * الفريق 0-2), which is otherwise a range.
 */
export function isScore(reader: TokenReader, first: NumberPhrase, second: NumberPhrase): boolean {
  if (!first.digits || !second.digits || first.value === null || second.value === null) return false;
  if (!Number.isInteger(first.value) || !Number.isInteger(second.value) || first.value > MOST_GOALS || second.value > MOST_GOALS) return false;
  // what a range counts follows it (فاز 10-15 مرشحا); after a score comes a preposition or nothing
  if (reader.isWord(second.end) && !reader.hasStemIn(second.end, reader.lexicon.notNouns)) return false;
  for (let k = first.first - 1; k >= 0 && k >= first.first - SCORE_WORD_REACH; k--) {
    if (!reader.isWord(k)) return false;
    if (reader.hasStemIn(k, reader.lexicon.scoreWords)) return true;
  }
  return false;
}

/** A month name ends at token `index` (نوفمبر، تشرين الثاني، نوفمبر/تشرين الثاني). */
function followsMonth(reader: TokenReader, index: number): boolean {
  // a month name is at most two words (تشرين الثاني، ربيع الأول), maybe after a slash
  for (let k = index; k >= index - 2 && k >= 0; k--) {
    if (reader.hasStemIn(k, reader.lexicon.months)) return true;
    if (!reader.isWord(k) && reader.norm(k) !== '/') return false;
  }
  return false;
}

function isListNumber(reader: TokenReader, phrase: NumberPhrase): boolean {
  if (!phrase.digits) return false;
  const first = phrase.first;
  const opensLine = reader.startsLine(first) || (reader.norm(first - 1) === '(' && reader.startsLine(first - 1));
  if (!opensLine) return false;
  const marker = reader.norm(phrase.end);
  if (!LIST_MARKERS.has(marker)) return false;
  // 5-10 at the start of a line is a range, not item 5
  return !(marker === '-' && reader.isNumber(phrase.end + 1));
}

/**
 * Whether the digits run on into a time, a date or a code right after them (09:30، 16/11، 2020-11-16,
 * 0123 456, 5G). Checked before a range is read: 2020-11-16 is not the range 2020–11.
 */
export function runsOnAsCode(reader: TokenReader, phrase: NumberPhrase): boolean {
  if (!phrase.digits) return false;
  const next = phrase.end;
  const nextNorm = reader.norm(next);
  const joinsDigits = reader.touches(phrase.end - 1, next) && reader.isNumber(next + 1) && reader.touches(next, next + 1);
  if (joinsDigits && (nextNorm === TIME_SEPARATOR || nextNorm === '/')) return true;
  if (joinsDigits && nextNorm === '-' && reader.norm(next + 2) === '-' && reader.isNumber(next + 3)) return true;
  if (reader.isNumber(next)) return true;
  return reader.at(next)?.kind === 'latin' && reader.touches(phrase.end - 1, next);
}

const MAX_DAY_LIST_TOKENS = 4;

/**
 * Whether what follows the number (or the last number of a range, token `end` being the one after
 * it) makes it a day of the month, a time of day or a year: 9 نوفمبر، 9 و10 نوفمبر، 20 من أيلول،
 * 10 من الشهر الجاري، 9 صباحا، 2021م، 1442 هـ، 1447 / 1448هـ.
 */
export function isDateOrTimeAfter(reader: TokenReader, end: number, phrase: NumberPhrase): boolean {
  const lexicon = reader.lexicon;
  // 9 صباحا is a time; in 7 مساء الجمعة the part of day heads the day after it and 7 counts
  if (reader.hasStemIn(end, lexicon.timesOfDay)) return !reader.hasStemIn(end + 1, lexicon.dayHeads);
  const digits = phrase.digits;
  // 1950م، الساعة 7 م: the shared rule gives years and hours to the dates, lengths and centuries stay here
  const meem = readMeemAfterNumber(reader.ctx, end - 1);
  if (meem !== undefined) return meem === 'year' || meem === 'evening';
  if (digits && !digits.grouped && !digits.decimal && digits.integerDigits >= 3) {
    if (lexicon.eraMarkers.has(reader.norm(end))) return true;
    // the first year of a pair with its era after the second: 1447 / 1448هـ
    if (reader.norm(end) === '/' && reader.isNumber(end + 1) && lexicon.eraMarkers.has(reader.norm(end + 2))) return true;
  }
  let k = end;
  for (let hops = 0; hops < MAX_DAY_LIST_TOKENS && (reader.isNumber(k) || lexicon.dayListJoiners.has(reader.norm(k))); hops++) k++;
  if (reader.norm(k) === lexicon.partitive) {
    k++;
    const token = reader.at(k);
    // من الشهر: a day of the current month
    if (token?.kind === 'word' && hasArticle(token) && token.stem === lexicon.monthNoun) return true;
  }
  if (!reader.hasStemIn(k, lexicon.months)) return false;
  // صفر is also zero (فاز 2 صفر): as the Hijri month it takes a year (12 صفر 1445)
  return reader.norm(k) !== lexicon.zeroMonth || reader.isNumber(k + 1);
}
