import type { TextContext } from '../contracts/context';
import { SENTENCE_TERMINALS } from '../text/charmap';
import type { Mention } from '../contracts/mention';
import {
  isCodeLike,
  isDateOrTimeAfter,
  isDefiniteNotCount,
  isMarkedBefore,
  isModernYear,
  isScoreSecond,
  isWeekdayNumeral,
  isYearShaped,
  namesAModel,
  runsOnAsCode,
} from './context';
import { getFigureLexicon } from './lexicon';
import { readCountedNoun, readCountedNounBefore, readDualNoun, readOneNoun } from './noun';
import { readNumberPhrase, readTrailingFraction, roundFloat, withLeadingMark, type NumberPhrase } from './parse-number';
import { readQualifierAfter, readQualifierBefore, type QualifierMatch } from './qualifiers';
import { readOneUnitBefore, readRange, type Range } from './range';
import { degreesOfClause, exchangeRateOf, readChangeEnd, unitFromFigureBefore } from './carried';
import { readDigits } from './digits';
import { TokenReader } from './token-reader';
import type { Figure, FigureKind } from './types';
import { asMagnitude, currenciesNamed, readBelowZero, readSignBefore, readSubunit, readUnitAfter, readUnitAlone, type UnitAlone, type UnitMatch } from './units';
import { getUnitLexicon } from './unit-words';

/**
 * Proposes every figure in the text, in text order: numbers in digits or words with their multiplier
 * and unit, vague quantities, ranges, their qualifier and what they count. Numbers that belong to a
 * date, a clock time, a label, a list marker or a phone number are left out (see context.ts).
 */
export function recognizeFigures(ctx: TextContext): Figure[] {
  const reader = new TokenReader(ctx, getFigureLexicon());
  const figures = readFigures(reader);
  settleNamedCurrencies(reader, figures);
  settleDegreeScales(reader, figures);
  return figures;
}

/**
 * A degree of no stated scale (درجة alone: `°`) takes the scale of the degrees written before it in its
 * sentence, which the text states once (الدنيا بين 2 و6 درجات مئوية، فيما تتراوح العظمى بين 14 و19 درجة:
 * both Celsius). Not across a sentence's end, nor across a point at all (a decimal between is read as one).
 */
function settleDegreeScales(reader: TokenReader, figures: Figure[]): void {
  const sign = reader.lexicon.degreeSign;
  let scaled: Figure | undefined;
  for (const figure of figures) {
    if (figure.kind !== 'measure' || figure.unit === undefined || figure.unit[0] !== sign) continue;
    if (figure.unit !== sign) scaled = figure;
    else if (scaled !== undefined && !endsSentence(reader.ctx.source, scaled.end, figure.start)) figure.unit = scaled.unit;
  }
}

/** Whether a sentence's end or a line break stands in source[from, to). */
function endsSentence(source: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SENTENCE_TERMINALS.includes(source[k]!) || source[k] === '\n') return true;
  return false;
}

/**
 * The figures of the reader's tokens, in text order. A loop of its own, with nothing after it: V8
 * compiles a long loop while it runs (on-stack replacement), before the code after the loop has ever
 * run, and that code then left the compiled loop for the interpreter at the end of every call (each
 * piece of a megabyte of 1م, 88 times a pass).
 */
function readFigures(reader: TokenReader): Figure[] {
  const { ctx } = reader;
  const units = new UnitTexts();
  const figures: Figure[] = [];
  // tokens before `taken` belong to the last figure: a qualifier or sign cannot be read from them again
  let taken = 0;
  // the number of the last figure, which may open a score with the next number (2-1)
  let previous: NumberPhrase | undefined;
  let index = 0;
  while (index < ctx.tokens.length) {
    const score = readKashidaScore(reader, index);
    if (score) {
      for (const side of score) figures.push(side);
      taken = ++index;
      previous = undefined;
      continue;
    }
    const phrase = readNumberPhrase(reader, index);
    if (!phrase) {
      const alone = readCountAlone(reader, units, index, taken);
      if (alone) {
        figures.push(alone.figure);
        taken = alone.end;
        previous = undefined;
      }
      index = alone?.end ?? index + 1;
      continue;
    }
    const before = figures.length;
    index = readFigure(reader, units, phrase, taken, previous, figures);
    previous = undefined;
    if (figures.length > before) {
      taken = index;
      previous = phrase;
    }
  }
  return figures;
}

/**
 * A figure in an ambiguous currency word (34.5 ليرة) takes the code the text gives that word where it
 * names the currency with its country's adjective (الليرة التركية): the text says which it means more
 * plainly than the article's country, which the orchestrator asks for the figures left (resolve/currencies.ts).
 */
function settleNamedCurrencies(reader: TokenReader, figures: Figure[]): void {
  let named: ReadonlyMap<string, string | null> | undefined;
  for (const figure of figures) {
    if (figure.kind !== 'money' || figure.unit === undefined || !getUnitLexicon().ambiguousCurrencies.has(figure.unit)) continue;
    // the text is scanned only when a figure needs it
    named ??= currenciesNamed(reader);
    const code = named.get(figure.unit);
    if (code) figure.unit = code;
  }
}

const TATWEEL = '\u0640';
/** The article written apart before digits (الـ48), as normalized. */
const SEPARATE_ARTICLE = 'ال';
// a score's sides are small: one to three digits each
const KASHIDA_SCORE = /^([0-9\u0660-\u0669\u06F0-\u06F9]{1,3})\u0640+([0-9\u0660-\u0669\u06F0-\u06F9]{1,3})$/;

/**
 * A score written with a tatweel for its dash (2ـ1): the normalizer drops the tatweel, which only
 * stretches letters, so the token reads 21; between digits it is a dash, and each side is a figure.
 */
function readKashidaScore(reader: TokenReader, index: number): Figure[] | undefined {
  const token = reader.at(index);
  if (token?.kind !== 'number' || !token.text.includes(TATWEEL)) return undefined;
  const parts = KASHIDA_SCORE.exec(token.text);
  if (!parts) return undefined;
  const sides = [
    { text: parts[1]!, start: token.start },
    { text: parts[2]!, start: token.end - parts[2]!.length },
  ];
  return sides.map(({ text, start }): Figure => ({ text, start, end: start + text.length, value: readDigits(text)!.value, kind: 'count' }));
}

/**
 * The unit words of one text's figures, one string for each way one is written, that every figure
 * writing it so shares. A figure outlives its tokens, and a token's own string kept in a figure is one
 * more object kept per figure: a megabyte of 1م kept 333,334 strings م, each put in memory the heap had
 * to grow. A run of figures mostly repeats its unit: the last one is compared first, so that the new
 * string (each token's own) is not hashed for the map at every figure. (Kept here, not in the token
 * reader, which parseNumber's bundle carries too.)
 */
class UnitTexts {
  private readonly known = new Map<string, string>();
  private last = '';

  shared(text: string): string {
    if (text === this.last) return this.last;
    let shared = this.known.get(text);
    if (shared === undefined) this.known.set(text, (shared = text));
    this.last = shared;
    return shared;
  }
}

/**
 * Reads the figure a number phrase starts onto `figures`, if it starts one, and returns the token to
 * go on from (a number read as no figure is passed over). Words before token `taken` are not read as
 * its qualifier or sign; `previous` is the number of the figure read last, if any.
 */
function readFigure(
  reader: TokenReader,
  units: UnitTexts,
  read: NumberPhrase,
  taken: number,
  previous: NumberPhrase | undefined,
  figures: Figure[],
): number {
  const phrase = read.first > taken ? withLeadingMark(reader, read) : read;
  if (phrase.loneOne || isWeekdayNumeral(reader, phrase) || isCodeLike(phrase) || isDefiniteNotCount(reader, phrase)) return read.end;
  const markedBefore = !isScoreSecond(reader, previous, phrase) && isMarkedBefore(reader, phrase);
  if (markedBefore || runsOnAsCode(reader, phrase)) return read.end;

  const vague = phrase.value === null;
  const qualifier = readQualifierBefore(reader, phrase.first, taken);
  const unitAfter = readUnitAfter(reader, phrase.end, vague);
  const ownUnit = unitAfter ? asMagnitude(reader, unitAfter, phrase.first) : phrase.first > taken ? readSignBefore(reader, phrase.first) : undefined;
  let range = vague ? undefined : readRange(reader, phrase, ownUnit, qualifier !== undefined);
  // من سنة إلى ثلاث سنوات: the first end is the time unit's word alone, one of it (a sum so written,
  // من دولار إلى 3 دولارات, is as often where a price rose from)
  const oneBefore = range || ownUnit?.kind !== 'time' || qualifier || phrase.value === null || phrase.value <= 1 ? undefined : readOneUnitBefore(reader, phrase, ownUnit, taken);
  if (oneBefore !== undefined) range = { second: phrase, min: 1, max: phrase.value!, unit: ownUnit, end: ownUnit!.end };
  // a number past what a double holds (10^400 written out) has no value to give, and Infinity is not JSON
  const finite = range ? Number.isFinite(range.min) && Number.isFinite(range.max) : Number.isFinite(phrase.value ?? 0);
  if (!finite) return range?.end ?? phrase.end;
  const lastNumber = range?.second ?? phrase;
  if (isDateOrTimeAfter(reader, lastNumber.end, lastNumber)) return range?.end ?? phrase.end;

  const unit = range ? range.unit : ownUnit;
  // a fraction alone is a proportion (نصف السكان) unless a unit or a noun it counts follows (ربع نقطة)
  if (phrase.bareFraction && !unit && !countsByFraction(reader, phrase.end)) return read.end;
  const numberEnd = range?.end ?? phrase.end;
  let end = Math.max(numberEnd, unit?.end ?? 0);
  let value = range ? null : phrase.value;
  // The rule: text holds the number with its multipliers and a percent or currency word; a
  // measure or time unit is a field of its own, unless a fraction after it belongs to the number.
  let unitInText = unit !== undefined && (unit.kind === 'money' || unit.kind === 'percent' || unit.first < phrase.first);
  if (unit?.kind === 'time' && value !== null) {
    // ثلاث ساعات ونصف
    const fraction = readTrailingFraction(reader, end);
    if (fraction) {
      value = roundFloat(value + fraction.value);
      end = fraction.end;
      unitInText = true;
    }
  }
  if (unit && value !== null) {
    // خمس درجات تحت الصفر
    const belowZero = readBelowZero(reader, unit);
    if (belowZero !== undefined) {
      value = -value;
      end = belowZero;
      unitInText = true;
    }
    // 20 دولارا و43 سنتا
    const subunit = unit.kind === 'money' ? readSubunit(reader, end, unit.code) : undefined;
    if (subunit) {
      value = roundFloat(value + subunit.value);
      end = subunit.end;
    }
  }
  let noun: Mention | undefined;
  let nounEnd = end;
  // a definite cardinal after a time unit it counts (خلال الأيام الثلاثة الماضية، الساعات الـ48)
  const timeBefore = !unit && !vague ? readTimeUnitBefore(reader, phrase, taken) : undefined;
  if (timeBefore) {
    // it counts the time unit, which is its unit, no noun
  } else if (!unit && phrase.definite && !vague) {
    // a definite cardinal comes after what it counts (الأطفال الثلاثة)
    noun = readCountedNounBefore(reader, phrase.first, taken);
  } else if (!unit) {
    const counted = readCountedNoun(reader, phrase.first, end, vague);
    noun = counted?.mention;
    nounEnd = counted?.end ?? end;
  }
  const after = qualifier ? undefined : readQualifierAfter(reader, nounEnd);
  const approx = qualifier ?? after;
  if (!unit && !approx && isYearNotCount(reader, phrase, range, noun !== undefined)) return end;
  if (!unit && !approx && !range && !noun && namesAModel(reader, phrase)) return end;
  // a multiplier or unit the sentence writes once, on the figure after or before (carried.ts)
  let carried: { code: string; kind: FigureKind } | undefined;
  if (!unit && !noun && !vague && !timeBefore) {
    const change = range ? undefined : readChangeEnd(reader, phrase, qualifier !== undefined);
    if (change) {
      value = roundFloat(value! * change.scale);
      if (change.unit) carried = { code: change.unit.code, kind: kindOf(reader, phrase, change.unit) };
    } else {
      const from = qualifier?.first ?? phrase.first;
      carried = unitFromFigureBefore(reader, phrase, from, taken, figures.at(-1)) ?? degreesOfClause(reader, phrase, from, taken) ?? exchangeRateOf(reader, phrase, from, taken);
    }
  }

  const start = oneBefore !== undefined ? reader.at(oneBefore)!.start : unit && unit.first < phrase.first ? unit.start : phrase.start;
  const last = (unitInText ? end : numberEnd) - 1;
  const stop = reader.at(last)!.end;
  const text = textOf(reader, start, last);
  const kind = carried?.kind ?? kindOf(reader, phrase, unit ?? timeBefore);
  let figure: Figure;
  if (unit && !approx && !range && phrase.lowerBound === undefined) {
    // a number and its unit, the usual measure, made in one literal: properties added to an object
    // after its literal are stored apart from it, in storage grown as they come
    figure = unitInText
      ? { text, start, end: stop, value, kind, unit: unit.code }
      : { text, start, end: stop, value, kind, unit: unit.code, unitSpan: unitSpanOf(reader, units, unit) };
  } else {
    figure = { text, start, end: stop, value, kind };
    addQualifier(figure, approx);
    if (range) {
      figure.min = range.min;
      figure.max = range.max;
    }
    if (phrase.lowerBound !== undefined) figure.lowerBound = phrase.lowerBound;
    if (unit) figure.unit = unit.code;
    if (unit && !unitInText) figure.unitSpan = unitSpanOf(reader, units, unit);
    if (carried) figure.unit = carried.code;
    if (timeBefore) {
      figure.unit = timeBefore.code;
      figure.unitSpan = unitSpanOf(reader, units, timeBefore);
    }
  }
  if (noun) {
    figure.noun = noun.text;
    figure.nounSpan = noun;
  }
  figures.push(figure);
  return Math.max(nounEnd, after?.end ?? 0);
}

/**
 * The time unit with the article right before a definite cardinal, which counts it as it counts a
 * noun (الأيام الثلاثة، الساعات الـ48، السنوات العشر): a duration, the unit written before the number
 * (`phrase` is definite, or digits after the article written apart).
 * Not before token `taken`, which belongs to the figure before.
 */
function readTimeUnitBefore(reader: TokenReader, phrase: NumberPhrase, taken: number): UnitMatch | undefined {
  let index = phrase.first - 1;
  // digits take the article written apart (الـ48)
  if (!phrase.definite) {
    if (reader.norm(index) !== SEPARATE_ARTICLE || !reader.isWord(index)) return undefined;
    index--;
  }
  if (index < taken) return undefined;
  const match = reader.lookup(index, getUnitLexicon().units);
  if (match?.entry.kind !== 'time' || !match.prefix.endsWith('ال')) return undefined;
  return { kind: 'time', code: match.entry.code, first: index, end: index + 1, start: match.start };
}

/** Whether token `index` is an indefinite noun a fraction word counts (ربع نقطة مئوية), with no clitic. */
function countsByFraction(reader: TokenReader, index: number): boolean {
  const token = reader.at(index);
  return token?.kind === 'word' && token.prefix === '' && reader.lexicon.fractionCountedNouns.has(token.stem);
}

/** The unit word as written, article included (الهكتارات). */
function unitSpanOf(reader: TokenReader, units: UnitTexts, unit: UnitMatch): Mention {
  const unitStart = reader.at(unit.first)!.start;
  return { text: units.shared(textOf(reader, unitStart, unit.end - 1)), start: unitStart, end: reader.at(unit.end - 1)!.end };
}

/**
 * The source text from offset `start` to the end of token `last`: that token's own text when the span
 * is the whole token, as most figures' numbers and units are, else a slice.
 */
function textOf(reader: TokenReader, start: number, last: number): string {
  const token = reader.at(last)!;
  return token.start === start ? token.text : reader.ctx.source.slice(start, token.end);
}

/**
 * A word that states its own count, with no number before it: a measure or currency word (لترين، لتر
 * ونصف، درجتان تحت الصفر) or a countable noun in the dual (هدفين، شخصان) or with واحد (نقطة واحدة), and a qualifier before it
 * (أكثر من شخصين). Words before token `taken` belong to the last figure.
 */
function readCountAlone(reader: TokenReader, units: UnitTexts, index: number, taken: number): { figure: Figure; end: number } | undefined {
  if (!mayCountAlone(reader, index)) return undefined;
  const alone = readUnitAlone(reader, index);
  const counted = alone ? undefined : readDualNoun(reader, index) ?? readOneNoun(reader, index);
  if (!alone && !counted) return undefined;
  const qualifier = readQualifierBefore(reader, index, taken);
  if (alone) return { figure: unitAloneFigure(reader, units, alone, qualifier), end: alone.valueEnd };
  const { count, noun } = counted!;
  const figure: Figure = { text: count.text, start: count.start, end: count.end, value: counted!.value, kind: 'count' };
  addQualifier(figure, qualifier);
  figure.noun = noun.text;
  figure.nounSpan = noun;
  return { figure, end: counted!.end };
}

const NOON = 0x0646;
const WAW = 0x0648;

/**
 * Whether the word at token `index` may state its own count (readCountAlone): a dual ends in ن, and
 * واحد or a fraction joined by و (ونصف) after a singular starts with و. This runs at every word that
 * opens no number, and two letters rule most out before the readers look at it and its neighbour again.
 */
function mayCountAlone(reader: TokenReader, index: number): boolean {
  const token = reader.at(index);
  if (token?.kind !== 'word') return false;
  if (token.norm.charCodeAt(token.norm.length - 1) === NOON) return true;
  const next = reader.at(index + 1);
  return next?.kind === 'word' && next.norm.charCodeAt(0) === WAW;
}

function addQualifier(figure: Figure, qualifier: QualifierMatch | undefined): void {
  if (!qualifier) return;
  figure.approx = qualifier.approx;
  figure.qualifier = qualifier.mention;
}

/** The figure of a unit word that states its own count (يومين، لترين، ساعة ونصف، درجتان تحت الصفر). */
function unitAloneFigure(reader: TokenReader, units: UnitTexts, alone: UnitAlone, qualifier: QualifierMatch | undefined): Figure {
  const { unit, value } = alone;
  const stop = reader.at(alone.valueEnd - 1)!.end;
  const unitEnd = reader.at(unit.end - 1)!.end;
  const figure: Figure = {
    text: reader.ctx.source.slice(unit.start, stop),
    start: unit.start,
    end: stop,
    value,
    kind: unit.kind === 'time' ? (speaksOfAge(reader, unit.first, unit.end) ? 'age' : 'duration') : unit.kind,
  };
  addQualifier(figure, qualifier);
  figure.unit = unit.code;
  if (unit.kind !== 'money' && unit.kind !== 'percent') {
    figure.unitSpan = { text: units.shared(reader.ctx.source.slice(unit.start, unitEnd)), start: unit.start, end: unitEnd };
  }
  return figure;
}

/**
 * A four-digit number with nothing that makes it a count is a year: after a preposition of time
 * (في 2020، منذ 1991), bare and modern (تأجل إلى 2022), or a range of modern years whatever follows
 * it (شهدت الفترة 2014 – 2017 ركودا). `1960 عسكريا` has a noun, so it counts.
 */
function isYearNotCount(reader: TokenReader, phrase: NumberPhrase, range: Range | undefined, hasNoun: boolean): boolean {
  const ends = range ? [phrase, range.second] : [phrase];
  if (phrase.scale !== 1 || !ends.every(isYearShaped)) return false;
  if (reader.hasStemIn(reader.indexBeforeOpeningMarks(phrase.first), reader.lexicon.timePrepositions)) return true;
  return (!hasNoun || range !== undefined) && ends.every(isModernYear);
}

// Words within this many before a time figure can make it an age (الذين تقل أعمارهم عن 55 سنة).
const AGE_WINDOW_WORDS = 5;

function kindOf(reader: TokenReader, phrase: NumberPhrase, unit: UnitMatch | undefined): FigureKind {
  if (phrase.value === null) return 'vague';
  if (!unit) return 'count';
  if (unit.kind !== 'time') return unit.kind;
  return speaksOfAge(reader, phrase.first, unit.end) ? 'age' : 'duration';
}

/**
 * An age word shortly before the figure in the same clause (the window spans a qualifier such as
 * تقل أعمارهم عن), or the figure alone in brackets: محمد (45 عاما).
 */
function speaksOfAge(reader: TokenReader, first: number, end: number): boolean {
  if (reader.norm(first - 1) === '(' && reader.norm(end) === ')') return true;
  let words = 0;
  for (let k = first - 1; k >= 0 && words < AGE_WINDOW_WORDS; k--) {
    if (!reader.isWord(k)) {
      if (reader.isMark(k, reader.lexicon.openingMarks)) continue;
      return false;
    }
    if (reader.hasStemIn(k, reader.lexicon.ageWords)) return true;
    words++;
  }
  return false;
}
