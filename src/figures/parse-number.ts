import { expectString } from '../text/errors';
import type { TextContext } from '../contracts/context';
import { normalize } from '../text/normalize';
import { tokenizeNormalized } from '../text/tokenize';
import type { DigitReading } from './digits';
import { getFigureLexicon, type NumberWord } from './lexicon';
import { hasArticle } from '../text/phrases';
import { TokenReader, type WordMatch } from './token-reader';
import { isWeekdayNumeral } from './context';

/**
 * A number written over one or more tokens: `4 آلاف`، `ثلاثمئة وخمسون ألفاً`، `عشرات الآلاف`. Every
 * phrase has all the fields, those that do not apply undefined: made in one literal of one shape, a
 * phrase needs no storage beside it, and the rules that read phrases see one shape.
 */
export interface NumberPhrase {
  /** Tokens [first, end). */
  first: number;
  end: number;
  /**
   * Original offset where the number starts: after a conjunction or preposition on its first word
   * (وعشرات → عشرات), but with its article, which belongs to the numeral as written (والثلاثة → الثلاثة).
   */
  start: number;
  /** null for a vague quantity (عشرات، آلاف، بضعة). */
  value: number | null;
  /** For a vague quantity, the least it can mean (see readVague). */
  lowerBound: number | undefined;
  /** The largest multiplier word in it (1 when none): `10 آلاف` → 1000. */
  scale: number;
  /** Set when the phrase is a single digits token. */
  digits: DigitReading | undefined;
  /** A word fraction with nothing to multiply (نصف، ثلثي): a proportion, not a quantity, unless a unit follows. */
  bareFraction: boolean;
  /** The number word the phrase starts with; unset when it starts with digits. */
  head: NumberWord | undefined;
  /**
   * The first word carries the article: a known group (الأطفال الثلاثة، العشرات), but also a weekday or
   * an ordinal use (الاثنين، الذكرى الخمسين); context.ts tells which.
   */
  definite: boolean;
  /** The phrase is only واحد/واحدة, which news uses as an adjective or idiom (مرة واحدة، في آن واحد). */
  loneOne: boolean;
}

// A numeral is a digits token (its reading: reader.digitsAt) or a number word (numberWordAt). The
// grammar asks for both at every token of a number and the token after it: each answer is an object
// the reader already holds (a shared reading, a remembered lookup), so reading a number makes none.

/** The number word token `index` spells, with the clitics before it; undefined for digits and other words. */
function numberWordAt(reader: TokenReader, index: number): WordMatch<NumberWord> | undefined {
  return reader.lookup(index, reader.lexicon.numbers);
}

/** Where a phrase whose numeral is token `first` starts: see NumberPhrase.start. */
function startOf(reader: TokenReader, first: number): number {
  const word = numberWordAt(reader, first);
  if (word === undefined) return reader.at(first)!.start;
  return word.prefix.endsWith('ال') ? reader.offsetIn(first, word.prefix.length - 'ال'.length) : word.start;
}

/** The number word at `index` when it has no clitic (the عشر of خمسة عشر, the مئة of ثلاث مئة). */
function plainWordAt(reader: TokenReader, index: number): NumberWord | undefined {
  const word = numberWordAt(reader, index);
  return word?.prefix === '' ? word.entry : undefined;
}

/**
 * A numeral joined by "and": a word with و (وعشرون) or a lone و before digits or a word (و500، و عشرون).
 * Returns the numeral's token index.
 */
function joinedAt(reader: TokenReader, index: number): number | undefined {
  const token = reader.at(index);
  if (!token || token.kind !== 'word') return undefined;
  if (token.norm === 'و') {
    // a lone و before digits or a bare number word (و500، ثلاثة و عشرون)
    const joined = index + 1;
    return reader.digitsAt(joined) !== undefined || plainWordAt(reader, joined) !== undefined ? joined : undefined;
  }
  return numberWordAt(reader, index)?.prefix === 'و' ? index : undefined;
}

/** The number word joined by "and" at `index` (see joinedAt), with its token index; undefined for digits. */
function joinedWordAt(reader: TokenReader, index: number): { index: number; word: NumberWord } | undefined {
  const joined = joinedAt(reader, index);
  const word = joined === undefined ? undefined : numberWordAt(reader, joined)?.entry;
  return word && { index: joined!, word };
}

interface Count {
  value: number;
  /** Token index after it. */
  end: number;
  fraction: boolean;
  /** What a fraction joined after it is a fraction of: 100 after a bare hundreds word (مئة ونصف = 150), else 1 (ثلاثة ونصف). */
  step: number;
}

const countOf = (value: number, end: number, fraction = false, step = 1): Count => ({ value, end, fraction, step });

/**
 * A count below 1000 in words (or digits): what a multiplier word multiplies. It may have a decimal
 * part read after فاصلة (اثنان فاصلة خمسة = 2.5) or be a fraction written X على Y (سبعة على ثمانية).
 */
function readCount(reader: TokenReader, index: number): Count | undefined {
  const whole = readWholeCount(reader, index);
  if (!whole || whole.fraction) return whole;
  const joiner = reader.norm(whole.end);
  if (reader.lexicon.decimalWords.has(joiner)) {
    const decimals = readWholeCount(reader, whole.end + 1);
    if (decimals && !decimals.fraction && Number.isInteger(decimals.value)) {
      return countOf(roundFloat(whole.value + decimals.value / 10 ** String(decimals.value).length), decimals.end, false);
    }
  }
  if (joiner === reader.lexicon.fractionOver) {
    const denominator = readWholeCount(reader, whole.end + 1);
    if (denominator && isProperFraction(whole.value, denominator.value)) {
      return countOf(whole.value / denominator.value, denominator.end, true);
    }
  }
  return whole;
}

// X على Y is a fraction only with a small denominator above the numerator (سبعة على ثمانية); فاز
// ثلاثة على واحد is a score
const MAX_WORD_DENOMINATOR = 10;

function isProperFraction(numerator: number, denominator: number): boolean {
  return Number.isInteger(numerator) && numerator >= 1 && numerator < denominator && denominator <= MAX_WORD_DENOMINATOR;
}

function readWholeCount(reader: TokenReader, index: number): Count | undefined {
  if (reader.isNumber(index)) {
    const reading = reader.digitsAt(index);
    if (!reading) return undefined;
    // ٣ مئة: a digit written before the word for hundred
    const hundred = plainWordAt(reader, index + 1);
    if (hundred?.kind === 'hundreds' && hundred.value === 100 && !reading.decimal && reading.value >= 1 && reading.value <= 9) {
      return withTensAndUnits(reader, reading.value * 100, index + 2);
    }
    return readSpacedGroups(reader, index, reading) ?? readExponent(reader, index, reading) ?? countOf(reading.value, index + 1);
  }
  const word = numberWordAt(reader, index)?.entry;
  switch (word?.kind) {
    case 'fraction':
      return countOf(word.value, index + 1, true);
    case 'hundreds':
      return withTensAndUnits(reader, word.value, index + 1);
    case 'tens':
    case 'teen':
      return countOf(word.value, index + 1);
    case 'unit':
      return readFromUnit(reader, word.value, word.teenOnly, index);
    default:
      return undefined;
  }
}

// Spaces that group thousands: a plain, no-break or thin space, one of them only (1 500 000).
const GROUP_SPACES = ' \u00a0\u2009\u202f';

/**
 * Thousands grouped by spaces (1 500 000، ١ ٥٠٠): a first group of one to three digits with no
 * leading zero, then groups of exactly three, one space apart. Digits groups further apart, or with
 * a leading zero, are a phone number (see isMarkedBefore).
 */
function readSpacedGroups(reader: TokenReader, index: number, reading: DigitReading): Count | undefined {
  if (reading.decimal || reading.grouped || reading.leadingZero || reading.integerDigits > 3) return undefined;
  let value = reading.value;
  let end = index + 1;
  const source = reader.ctx.source;
  while (reader.isNumber(end) && /^\d{3}$/.test(reader.norm(end))) {
    const gap = source.slice(reader.at(end - 1)!.end, reader.at(end)!.start);
    if (gap.length !== 1 || !GROUP_SPACES.includes(gap)) break;
    value = value * 1000 + Number(reader.norm(end));
    end++;
  }
  return end > index + 1 ? countOf(value, end) : undefined;
}

const EXPONENT = /^[eE](\d{1,3})$/;

/** Scientific notation written against the digits: 1e6, 2.5E3. */
function readExponent(reader: TokenReader, index: number, reading: DigitReading): Count | undefined {
  const token = reader.at(index + 1);
  const exponent = token?.kind === 'latin' && reader.touches(index, index + 1) ? EXPONENT.exec(token.text) : null;
  return exponent ? countOf(roundFloat(reading.value * 10 ** Number(exponent[1])), index + 2) : undefined;
}

/** 1–10 and what can follow it: عشر (teens), مئة (ثلاث مئة), أرباع (ثلاثة أرباع), و + tens (خمسة وعشرون). */
function readFromUnit(reader: TokenReader, unit: number, teenOnly: boolean, index: number): Count | undefined {
  const next = plainWordAt(reader, index + 1);
  if (next?.kind === 'unit' && next.value === 10 && unit < 10) return countOf(unit + 10, index + 2);
  if (teenOnly) return undefined;
  if (next?.kind === 'hundreds' && next.value === 100 && unit >= 3 && unit <= 9) {
    return withTensAndUnits(reader, unit * 100, index + 2);
  }
  if (next?.kind === 'fraction-plural') return countOf(roundFloat(unit * next.value), index + 2, true);
  const joined = joinedWordAt(reader, index + 1);
  if (unit < 10 && joined?.word.kind === 'tens') return countOf(unit + joined.word.value, joined.index + 1);
  return countOf(unit, index + 1);
}

/** Hundreds and an optional "and" + something below a hundred (مئة وخمسة وعشرون، مئتان و20). */
function withTensAndUnits(reader: TokenReader, hundreds: number, index: number): Count {
  const joined = joinedAt(reader, index);
  const rest = joined === undefined ? undefined : readWholeCount(reader, joined);
  if (rest && !rest.fraction && rest.value < 100) return countOf(hundreds + rest.value, rest.end);
  return countOf(hundreds, index, false, 100);
}

/** A count times one multiplier inside an exact number: `300 مليون` → 3e8 at scale 1e6. */
interface ScaledGroup {
  value: number;
  scale: number;
}

type ScaleWord = Extract<NumberWord, { kind: 'scale' }>;

/** The multiplier word at `index`; it may carry a clitic only as the phrase's first word (بمليون). */
function scaleWordAt(reader: TokenReader, index: number, isFirst: boolean): ScaleWord | undefined {
  const word = numberWordAt(reader, index);
  return word?.entry.kind === 'scale' && (isFirst || word.prefix === '') ? word.entry : undefined;
}

/**
 * Adds `count` × `scale` to `groups` (largest scale first, each scale once). With `multiplyGroups`,
 * the groups of a smaller scale just before it are multiplied with the count as one number: in
 * ألف وثلاثمائة مليار the multiplier takes 1000 + 300 (1.3e12), while in مليار وثلاثمائة مليون a larger
 * scale comes first and the product adds (1.3e9). A scale already read starts another number
 * (3 ملايين و4 ملايين), and so does a multiplier with nothing to multiply: both return false and
 * leave `groups` as they were.
 */
function addScaled(groups: ScaledGroup[], count: number, scale: number, multiplyGroups: boolean): boolean {
  let multiplied = count;
  let kept = groups.length;
  if (multiplyGroups) {
    while (kept > 0 && groups[kept - 1]!.scale < scale) multiplied += groups[--kept]!.value;
  }
  if ((kept > 0 && groups[kept - 1]!.scale <= scale) || multiplied === 0) return false;
  groups.length = kept;
  groups.push({ value: multiplied * scale, scale });
  return true;
}

/** What follows a و after a multiplier: a count, maybe with its own multiplier (وثلاثمائة مليار، و500، ومليون). */
interface JoinedTerm {
  count: Count;
  scale?: ScaleWord;
  /** The term is a multiplier word alone (ومليون، وألفان): it adds, it never multiplies what came before. */
  bare: boolean;
}

/** The term at token `joined`, a numeral after و. */
function readJoinedTerm(reader: TokenReader, joined: number): JoinedTerm | undefined {
  const word = numberWordAt(reader, joined)?.entry;
  if (word?.kind === 'scale') {
    if (!word.singular && !word.dual) return undefined;
    return { count: countOf(word.dual ? 2 : 1, joined + 1), scale: word, bare: true };
  }
  const count = readCount(reader, joined);
  if (!count) return undefined;
  const scale = scaleWordAt(reader, count.end, false);
  // a dual after a count is the start of another number (ثلاثة ألفان)
  const takesScale = scale !== undefined && (scale.singular || scale.plural);
  return { count, ...(takesScale ? { scale } : {}), bare: false };
}

/** Whether the word at `index` may be what a number counts: a word that is no number word and no function word. */
function countedNounAt(reader: TokenReader, index: number): boolean {
  return reader.isWord(index) && numberWordAt(reader, index) === undefined && !reader.hasStemIn(index, reader.lexicon.notNouns);
}

/** The definite multiplier `scale` at `index`, as news repeats it after a fraction (ونصف المليار). */
function repeatsScale(reader: TokenReader, index: number, scale: number): boolean {
  const word = numberWordAt(reader, index);
  return word?.prefix === 'ال' && word.entry.kind === 'scale' && word.entry.value === scale;
}

/**
 * An exact number: counts times multipliers, joined by و
 * (3 ملايين و200 ألف، ثلاثمئة وخمسون ألفاً، مليون ونصف، 2.5 مليون، ألفا جندي، ألف وثلاثمائة مليار).
 * A multiplier after a group of smaller multipliers multiplies the whole group (see addScaled), except
 * across the و of a range opened by بين (بين 500 ألف و2 مليون is 500000–2000000).
 */
function readExact(reader: TokenReader, first: number): NumberPhrase | undefined {
  if (reader.isNumber(first) && !mayExtendDigits(reader, first + 1)) return digitsPhrase(reader, first);
  const groups: ScaledGroup[] = [];
  const multiplyAcrossAnd = reader.at(reader.indexBeforeOpeningMarks(first))?.stem !== reader.lexicon.rangeBetween;
  let count = 0;
  let fraction = false;
  let step = 1;
  let index = first;
  const opening = readCount(reader, first);
  if (opening) {
    count = opening.value;
    fraction = opening.fraction;
    step = opening.step;
    index = opening.end;
  }
  for (;;) {
    const scale = scaleWordAt(reader, index, index === first);
    if (scale) {
      if (count > 0) {
        // a dual after a count is the start of another number
        if ((!scale.singular && !scale.plural) || !addScaled(groups, count, scale.value, true)) break;
      } else if (index === first) {
        // alone, a plural is vague (readVague's case); ألفا at the start is the dual construct before the
        // noun it counts (ألفا جندي، مليونا دولار), but the accusative singular before more of the number
        // or a fraction (مليارا و200 مليون، مليارا ونصف) or with no noun after it (تجاوز عدد النازحين مليونا)
        if (!scale.singular && !scale.dual) return undefined;
        const dual = scale.dual && !(scale.singular && (joinedAt(reader, index + 1) !== undefined || !countedNounAt(reader, index + 1)));
        addScaled(groups, dual ? 2 : 1, scale.value, true);
      } else if (!scale.singular || !addScaled(groups, 0, scale.value, true)) {
        break; // ألف مليون multiplies; مليون ألف is two numbers
      }
      count = 0;
      fraction = false;
      step = 1;
      index++;
      continue;
    }
    const joined = joinedAt(reader, index);
    if (joined === undefined) break;
    const part = numberWordAt(reader, joined)?.entry;
    const last = groups[groups.length - 1];
    if (part?.kind === 'fraction') {
      // ثلاثة ونصف = 3.5; مئة ونصف = 150; مليون ونصف = 1.5 million
      if (count > 0) count += part.value * step;
      else if (last) last.value += part.value * last.scale;
      else break;
      index = joined + 1;
      // the multiplier may be said again after the fraction: مليار ونصف المليار
      if (count === 0 && last && repeatsScale(reader, index, last.scale)) index++;
      break;
    }
    // only a multiplier can be followed by more of the number: 3 آلاف و500، مليون و200 ألف
    if (count > 0 || !last) break;
    const term = readJoinedTerm(reader, joined);
    if (!term) break;
    if (term.scale) {
      if (!addScaled(groups, term.count.value, term.scale.value, multiplyAcrossAnd && !term.bare)) break;
      index = term.bare ? term.count.end : term.count.end + 1;
      continue;
    }
    if (!(term.count.value < last.scale)) break;
    count = term.count.value;
    fraction = term.count.fraction;
    step = term.count.step;
    index = term.count.end;
  }
  if (index === first) return undefined;
  const headWord = numberWordAt(reader, first);
  const maxScale = groups[0]?.scale ?? 1;
  const total = groups.reduce((sum, group) => sum + group.value, 0);
  return {
    first,
    end: index,
    start: startOf(reader, first),
    // counts and fractions add exactly; only products with a multiplier can drift
    value: maxScale > 1 ? roundFloat(total + count) : total + count,
    lowerBound: undefined,
    scale: maxScale,
    digits: headWord === undefined && index === first + 1 ? reader.digitsAt(first) : undefined,
    bareFraction: fraction && maxScale === 1,
    head: headWord?.entry,
    definite: headWord !== undefined && hasArticle(headWord),
    loneOne: headWord?.entry.kind === 'unit' && headWord.entry.value === 1 && index === first + 1,
  };
}

/**
 * A vague quantity: عشرات، مئات، آلاف، ملايين، بضعة, optionally counting a plural multiplier
 * (عشرات الآلاف، مئات آلاف، بضعة ملايين، بضع مئات). Its lower bound is two of what the plural counts
 * (عشرات → 20): a plural means more than one, and news uses عشرات for twenty-odd as well; بضع is
 * three to nine by definition, so بضعة آلاف → 3000.
 */
function readVague(reader: TokenReader, first: number): NumberPhrase | undefined {
  const head = numberWordAt(reader, first);
  if (!head) return undefined;
  const word = head.entry;
  let base: number;
  let least: number;
  if (word.kind === 'vague') [base, least] = [word.base, 2];
  else if (word.kind === 'scale' && word.plural && !word.singular && !word.dual) [base, least] = [word.value, 2];
  else if (word.kind === 'few') [base, least] = [1, 3];
  else return undefined;
  let end = first + 1;
  const next = numberWordAt(reader, end);
  if (next && (next.prefix === '' || next.prefix === 'ال')) {
    const counted = next.entry;
    if (counted.kind === 'scale' && counted.plural) {
      base *= counted.value;
      end++;
    } else if (word.kind === 'few' && counted.kind === 'vague') {
      base *= counted.base;
      end++;
    }
  }
  return {
    first,
    end,
    start: startOf(reader, first),
    value: null,
    lowerBound: least * base,
    scale: 1,
    digits: undefined,
    bareFraction: false,
    head: word,
    definite: hasArticle(head),
    loneOne: false,
  };
}

/**
 * Whether token `index`, right after a digits token, can carry the number on: a number word (a
 * multiplier, مئة after a digit, a numeral joined by و), a lone و, a decimal or fraction word, more
 * digits (1 500) or Latin letters (1e6). Anything else leaves the digits a phrase by themselves.
 */
function mayExtendDigits(reader: TokenReader, index: number): boolean {
  const token = reader.at(index);
  if (token === undefined) return false;
  if (token.kind === 'number' || token.kind === 'latin') return true;
  if (token.kind !== 'word') return false;
  const lexicon = reader.lexicon;
  return numberWordAt(reader, index) !== undefined || token.norm === 'و' || lexicon.decimalWords.has(token.norm) || token.norm === lexicon.fractionOver;
}

/**
 * The phrase of a digits token alone (readExact's reading of one with nothing after it that
 * mayExtendDigits): most numbers in news, and every number in text dense in them, are read so
 * without the grammar's intermediate counts and groups.
 */
function digitsPhrase(reader: TokenReader, first: number): NumberPhrase | undefined {
  const digits = reader.digitsAt(first);
  if (digits === undefined) return undefined;
  return {
    first,
    end: first + 1,
    start: reader.at(first)!.start,
    value: digits.value,
    lowerBound: undefined,
    scale: 1,
    digits,
    bareFraction: false,
    head: undefined,
    definite: false,
    loneOne: false,
  };
}

/** The number phrase starting at token `first`, if one does. */
export function readNumberPhrase(reader: TokenReader, first: number): NumberPhrase | undefined {
  // most tokens are not numerals: one lookup settles them before the grammar runs
  if (!reader.isNumber(first) && !reader.lookup(first, reader.lexicon.numbers)) return undefined;
  return readVague(reader, first) ?? readExact(reader, first);
}

// A minus sign (hyphen or U+2212) and a decimal point (. or ٫, which the normalizer folds to .)
const MINUS_SIGNS: ReadonlySet<string> = new Set(['-', '\u2212']);
const DECIMAL_POINT = '.';

/**
 * The phrase with the word سالب, a minus sign or a leading decimal point written right before it read
 * into it (سالب خمسة، -3.5، −2، .75، ٫٧٥): a mark touches the digits and stands apart from the token before it,
 * which is not a number (5-10 is a range, كوفيد-19 a name, 2020-11 a date). Returns the phrase as it
 * was when there is no such mark.
 */
export function withLeadingMark(reader: TokenReader, phrase: NumberPhrase): NumberPhrase {
  const mark = phrase.first - 1;
  const token = reader.at(mark);
  if (!token || phrase.value === null) return phrase;
  // the word for minus: سالب خمسة، سالب 3
  if (token.kind === 'word') return token.norm === reader.lexicon.minusWord ? { ...phrase, start: token.start, value: -phrase.value } : phrase;
  if (!reader.touches(mark, phrase.first)) return phrase;
  if (reader.touches(mark - 1, mark) || reader.isNumber(mark - 1)) return phrase;
  // the digits alone no longer say what the figure is (.05 is no code with a leading zero)
  const digits = phrase.digits;
  if (MINUS_SIGNS.has(token.norm)) return { ...phrase, start: token.start, value: -phrase.value, digits: undefined };
  if (token.norm === DECIMAL_POINT && digits && !digits.decimal && !digits.grouped) {
    return { ...phrase, start: token.start, value: Number(`0.${reader.norm(phrase.first)}`), digits: undefined };
  }
  return phrase;
}

/** A fraction joined by و after a figure's unit (ثلاث ساعات ونصف): its value and the token after it. */
export function readTrailingFraction(reader: TokenReader, index: number): { value: number; end: number } | undefined {
  const joined = joinedWordAt(reader, index);
  return joined?.word.kind === 'fraction' ? { value: joined.word.value, end: joined.index + 1 } : undefined;
}

/** Products of decimals drift (1.005 × 1000 = 1004.9999999999999); 15 significant digits is what a double holds. */
export function roundFloat(value: number): number {
  // a whole number under 10^15 is its 15 digits already: no string made (a 0 goes through, as -0 comes out 0)
  if (Number.isSafeInteger(value) && value !== 0 && Math.abs(value) < 1e15) return value;
  return Number(value.toPrecision(15));
}

/**
 * Reads the first number written in `text`, in digits of any script or in Arabic words, with
 * multipliers and fractions: `parseNumber('أربعة آلاف') === 4000`, `parseNumber('٢٫٥ مليون') === 2500000`,
 * `parseNumber('ثلاثمئة وخمسون ألفاً') === 350000`, `parseNumber('مليون ونصف') === 1500000`.
 * Thousands separators and decimal points are told apart (`1,500` → 1500, `1.5` → 1.5, `١٬٥٠٠` → 1500).
 * Words around the number are skipped (`قتل 5 أشخاص` → 5); the article is allowed (`الثلاثة` → 3).
 *
 * @returns the value, or `null` when the text holds no number or its first number is a vague
 *   quantity with no value (`عشرات`، `آلاف`، `بضعة`) or too large for a double (10^400).
 * @throws TypeError when `text` is not a string.
 */
export function parseNumber(text: string): number | null {
  expectString(text, 'parseNumber');
  const view = normalize(text);
  const ctx: TextContext = { source: text, view, tokens: tokenizeNormalized(view), referenceDate: null };
  const reader = new TokenReader(ctx, getFigureLexicon());
  for (let index = 0; index < ctx.tokens.length; index++) {
    const read = readNumberPhrase(reader, index);
    if (!read || isWeekdayNumeral(reader, read)) continue;
    const phrase = withLeadingMark(reader, read);
    // a number past what a double holds (10^400 written out) has no value to give
    return phrase.value !== null && Number.isFinite(phrase.value) ? phrase.value : null;
  }
  return null;
}
