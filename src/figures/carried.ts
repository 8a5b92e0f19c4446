import { SENTENCE_TERMINALS } from '../text/charmap';
import { readNumberPhrase, type NumberPhrase } from './parse-number';
import type { TokenReader } from './token-reader';
import type { Figure } from './types';
import { definiteCurrencyAt, readUnitAfter, type UnitMatch } from './units';
import { getUnitLexicon } from './unit-words';
import { HEAT_NOUN } from '../data/figures/units';
import { PRICED_IN_OTHER_CURRENCIES } from '../data/figures/context-words';
import { foldKey } from '../text/fold-key';
import { lazy } from '../text/lazy';

/**
 * Numbers whose multiplier or unit the sentence writes once, on a figure beside them. The carried
 * unit is not in the figure's text and has no unitSpan: nothing of it is written at the number.
 */

/** How far a number may sit from the figure whose unit it takes: a few words (في العام السابق، للصحة). */
const MAX_WORDS_BETWEEN = 6;

/** Marks that may cut a number's digits in badly spaced text (51 , 6، 41 . 5). */
const NUMBER_CUTS = new Set([',', '.', '،', '٫']);

/** Marks that end a clause: a number past one takes no unit from before it. */
const CLAUSE_ENDS = new Set([...SENTENCE_TERMINALS, '؛', ';', ':']);

/**
 * A change from a number to a number (انخفض من 12.1 إلى 10.8 في المئة، من 7 إلى 5 ملايين نسمة): a
 * falling pair, which is no range (range.ts), gives the first end the second's multiplier, where the
 * two are of one order (sameOrder), and its unit. Undefined where the second end adds neither.
 */
export function readChangeEnd(
  reader: TokenReader,
  first: NumberPhrase,
  qualified: boolean,
): { scale: number; unit: UnitMatch | undefined } | undefined {
  const lexicon = reader.lexicon;
  if (qualified || first.value === null || first.scale !== 1 || reader.norm(reader.indexBeforeOpeningMarks(first.first)) !== lexicon.rangeFrom) {
    return undefined;
  }
  if (!reader.hasStemIn(first.end, lexicon.rangeTo)) return undefined;
  const second = readNumberPhrase(reader, first.end + 1);
  if (!second || second.value === null || second.definite) return undefined;
  const unit = readUnitAfter(reader, second.end, false);
  const scale = second.scale > 1 && sameOrder(first.value, second) ? second.scale : 1;
  return scale > 1 || unit ? { scale, unit } : undefined;
}

/**
 * Whether a bare number is of one order with the number before the second end's multiplier, so that
 * the multiplier is meant for both (من 7 إلى 5 ملايين; بين 5 و10 آلاف): under ten times it. A first
 * end far above it is a number of its own (بين 500 و2 مليون: 500 to two million).
 */
export function sameOrder(value: number, second: NumberPhrase): boolean {
  return second.value !== null && value < (second.value / second.scale) * 10;
}

/**
 * The currency, percent or measure a number takes from the figure before it in its clause, a few words
 * back, where the text compares the two or breaks the first down and writes the unit once:
 * - compared (any number): `5 مليارات دولار مقابل 4.2 مليار`، `10% مقارنة بـ8`، `9 ملايين برميل مقارنة
 *   بـ10.5 ملايين`;
 * - a share of a sum, or the next item of a list of sums, in a currency only (a number with its
 *   multiplier, which sums are written with; a bare number could count anything): `100 مليون يورو، دفع منها 20 مليونا`،
 *   `3 ملايين دولار للصحة و2 مليون للتعليم`.
 * `first` is the number's first token, or its qualifier's (مقابل نحو 4 مليارات); `taken` the token
 * after the figure `before`.
 */
export function unitFromFigureBefore(
  reader: TokenReader,
  phrase: NumberPhrase,
  first: number,
  taken: number,
  before: Figure | undefined,
): { code: string; kind: 'money' | 'percent' | 'measure' } | undefined {
  if (before?.unit === undefined || (before.kind !== 'money' && before.kind !== 'percent' && before.kind !== 'measure')) return undefined;
  // the cue is the word before the number, or the و on its first word (وعشرون مليونا), which may stand
  // right after the figure before
  const numeral = reader.at(phrase.first)!;
  const andOnWord = first === phrase.first && numeral.start < phrase.start && numeral.norm.startsWith('و');
  const cue = andOnWord ? phrase.first : reader.indexBeforeOpeningMarks(first);
  if (cue < taken || cue - taken > MAX_WORDS_BETWEEN) return undefined;
  for (let k = taken; k < cue; k++) if (reader.isMark(k, CLAUSE_ENDS)) return undefined;
  // a number cut by a mark and a space (51 , 6 مليار جنيه: 51.6 billion) is no number whole; its unit
  // may be its own, after the cut
  if (reader.isNumber(phrase.end + 1) && reader.isMark(phrase.end, NUMBER_CUTS)) return undefined;
  const unit = { code: before.unit, kind: before.kind };
  const lexicon = reader.lexicon;
  if (!andOnWord && reader.hasStemIn(cue, lexicon.comparedWith)) return unit;
  if (!andOnWord && lexicon.comparisonPrepositions.has(reader.norm(cue)) && reader.hasStemIn(cue - 1, lexicon.comparisonNouns)) return unit;
  // a measure passes its unit only to a quantity compared with it (9 ملايين برميل مقارنة بـ10.5 ملايين)
  if (phrase.scale === 1 || before.kind !== 'money') return undefined;
  if (andOnWord) return unit;
  // the sum a change reaches (ارتفعت الكلفة إلى 25 مليونا، قابلة للارتفاع إلى 50 مليونا), but not a
  // number of things (وارتفع عدد الموظفين إلى 2 مليون)
  if (reader.hasStemIn(cue, lexicon.rangeTo)) return countsBetween(reader, taken, cue) ? undefined : unit;
  const cueToken = reader.at(cue)!;
  // منها، منه: of the sum before
  if (cueToken.kind === 'word' && cueToken.stem === lexicon.partitive && cueToken.suffix !== '') return unit;
  // و its own token before digits: و2 مليون
  return cueToken.norm === 'و' && reader.touches(cue, phrase.first) ? unit : undefined;
}

const NUMBER_OF = 'عدد';

/** Whether `عدد` (the number of) stands in tokens [from, to): what reaches the number is a count. */
function countsBetween(reader: TokenReader, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (reader.at(k)?.stem === NUMBER_OF) return true;
  return false;
}

/**
 * The currency of an exchange rate written as a bare number: `مقابل` or `أمام` and a definite currency
 * right after it (تراجعت الليرة السورية إلى 14 ألفا مقابل الدولار، بلغ سعر صرف الدينار 134 مقابل
 * اليورو): the rate is a sum in the other currency its clause names a few words before it, its subject
 * or the currency whose price it is; the euro's and the pound's rates are their price in the other
 * (PRICED_IN_OTHER_CURRENCIES). None where no other currency is named (سجل 30 مقابل الدولار).
 */
export function exchangeRateOf(
  reader: TokenReader,
  phrase: NumberPhrase,
  first: number,
  taken: number,
): { code: string; kind: 'money' } | undefined {
  if (phrase.value === null || !reader.hasStemIn(phrase.end, reader.lexicon.exchangedAgainst)) return undefined;
  const against = definiteCurrencyAt(reader, phrase.end + 1);
  if (against === undefined) return undefined;
  for (let k = first - 1, words = 0; k >= taken && words < MAX_WORDS_BETWEEN; k--) {
    if (reader.isMark(k, CLAUSE_ENDS) || reader.isNumber(k)) return undefined;
    if (!reader.isWord(k)) continue;
    words++;
    const code = definiteCurrencyAt(reader, k);
    if (code === undefined) continue;
    if (code === against) return undefined;
    return { code: PRICED_IN_OTHER_CURRENCIES.includes(code) ? against : code, kind: 'money' };
  }
  return undefined;
}

const heatNoun = lazy(() => foldKey(HEAT_NOUN));
/** The highest temperature news reports, and the lowest: a number outside them is no temperature. */
const MAX_TEMPERATURE = 60;
const MIN_TEMPERATURE = -90;

/**
 * Degrees for a bare number the clause says is a temperature: `درجة الحرارة` or `درجات الحرارة` a few
 * words before it, with no figure or clause end between (تصل درجة الحرارة في مراكش إلى 35، درجات الحرارة
 * العظمى 38). The degree word is written once, on the noun; the scale is not stated, so the unit is `°`.
 * `first` is the number's first token or its qualifier's; `taken` the token after the figure before.
 */
export function degreesOfClause(
  reader: TokenReader,
  phrase: NumberPhrase,
  first: number,
  taken: number,
): { code: string; kind: 'measure' } | undefined {
  if (phrase.scale !== 1 || phrase.value === null || phrase.value > MAX_TEMPERATURE || phrase.value < MIN_TEMPERATURE) return undefined;
  const noun = heatNoun();
  const lexicon = reader.lexicon;
  for (let k = first - 1, words = 0; k >= taken && words < MAX_WORDS_BETWEEN; k--) {
    if (reader.isMark(k, CLAUSE_ENDS) || reader.isNumber(k)) return undefined;
    if (!reader.isWord(k)) continue;
    words++;
    if (reader.norm(k) !== noun) continue;
    const degree = reader.lookup(k - 1, getUnitLexicon().units);
    return degree?.entry.code === lexicon.degreeSign ? { code: lexicon.degreeSign, kind: 'measure' } : undefined;
  }
  return undefined;
}
