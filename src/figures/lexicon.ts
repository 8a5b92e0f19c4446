import {
  DECIMAL_WORDS,
  FEW_WORDS,
  FRACTION_OVER,
  MINUS_WORD,
  FRACTION_PLURAL_WORDS,
  FRACTION_WORDS,
  HUNDRED_MULTIPLIER_STEMS,
  HUNDRED_SPELLINGS,
  SCALE_NUMBER_WORDS,
  TEEN_ONLY_NUMBER_WORDS,
  TEEN_NUMBER_WORDS,
  TENS_NUMBER_WORDS,
  TWO_HUNDRED_WORDS,
  UNIT_NUMBER_WORDS,
  VAGUE_PLURAL_WORDS,
} from '../data/figures/numbers';
import { lazy } from '../text/lazy';
import { foldKey } from '../text/fold-key';
import { GREGORIAN_MONTH_NAMES_CLDR, HIJRI_MONTH_NAMES_CLDR } from '../data/dates/months.generated';
import { GREGORIAN_MONTH_VARIANTS, HIJRI_MONTH_VARIANTS } from '../data/dates/months';
import { TIME_PREPOSITIONS } from '../data/dates/time-prepositions';
import { DAY_HEAD_WORDS, WEEKDAY_NAMES } from '../data/dates/weekdays';
import {
  AGE_WORDS,
  CLOCK_WORDS,
  CLOSING_MARKS,
  COMMON_ADJECTIVES,
  DAY_LIST_JOINERS,
  DAY_TAKING_WORDS,
  ERA_MARKERS,
  LABEL_WORDS,
  LATIN_LETTER_NAMES,
  MONTH_NOUN,
  NOT_NOUN_WORDS,
  OPENING_MARKS,
  ORDINAL_WORDS,
  PARTITIVE_WORD,
  COMPARED_WITH_WORDS,
  COMPARISON_NOUNS,
  COMPARISON_PREPOSITIONS,
  UNANNEXED_MULTIPLIERS,
  RANGE_BETWEEN,
  RANGE_DASHES,
  SCORE_WORDS,
  RANGE_FROM,
  RANGE_TO_LETTER,
  RANGE_TO_WORDS,
  SEQUENCE_POINT_WORDS,
  MARGIN_WORDS,
  EXCHANGED_AGAINST_WORDS,
  DUAL_PERIOD_ADJECTIVES,
  MODEL_HEADS,
  RANKED_NOUNS,
  FRACTION_COUNTED_NOUNS,
  TIME_OF_DAY_WORDS,
  WEEKDAY_NUMERALS,
  YEAR_WORDS,
  ZERO_MONTH,
} from '../data/figures/context-words';
import { COMPARISON_SIGNS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, REACH_VERBS } from '../data/figures/qualifiers';
import { DUAL_EMPHASIS, DUAL_NOUNS, DUAL_NOUNS_NOMINATIVE_ONLY, DUAL_NOUNS_OBLIQUE_ONLY, NOT_COUNTED_BY_ONE } from '../data/figures/dual-nouns';
import type { FigureApprox } from './types';
import {
  BELOW_ZERO,
  RICHTER_CODE,
  MAGNITUDE_WORD,
  RICHTER_SCALE_PHRASES,
  CURRENCY_ABBREVIATIONS,
  CURRENCY_SIGNS,
  CURRENCY_SUBUNITS,
  DEGREE_SCALES,
  DEGREE_SIGN,
  PERCENT_PHRASES,
  type UnitKind,
} from '../data/figures/units';

/** What one number word contributes to the grammar in parse-number.ts. */
export type NumberWord =
  /** 1–10; `teenOnly` for أحد/إحدى/اثنا… which only exist before عشر. */
  | { kind: 'unit'; value: number; teenOnly: boolean }
  | { kind: 'tens'; value: number }
  /** 11–19 written as one word, as spoken Arabic does (حداشر، خمستاشر). */
  | { kind: 'teen'; value: number }
  | { kind: 'hundreds'; value: number }
  /** ألف، مليون…: which grammatical numbers this spelling can be. */
  | { kind: 'scale'; value: number; singular: boolean; dual: boolean; plural: boolean }
  | { kind: 'fraction'; value: number }
  | { kind: 'fraction-plural'; value: number }
  /** عشرات، مئات: a plural that names no number, counting in `base`. */
  | { kind: 'vague'; base: number }
  | { kind: 'few' };

export interface UnitWord {
  kind: UnitKind;
  code: string;
  /** Folded adjective (masculine singular) → more precise code. */
  variants: ReadonlyMap<string, string>;
  /** The form is the unit only right after digits (30 مم; see UnitWordData). */
  afterDigitsOnly: boolean;
}

/** A fixed phrase, folded and split into words; `…` matches at most one word. */
export interface LexiconPhrase<T> {
  words: readonly string[];
  value: T;
}

/**
 * A word's first, second and last letters and its length as one small integer: the low six bits of
 * each letter, as endsCell reads them, and the length up to 15 (0 for the second letter of a word of
 * one). The second letter tells the article's words (المتحدة) from the number words of their ends
 * and length (أربعمئة), which had passed a key in ten of news to the map, built and hashed to miss.
 */
function wordShape(first: number, second: number, last: number, length: number): number {
  return ((first & 63) << 16) | ((second & 63) << 10) | ((last & 63) << 4) | (length < 15 ? length : 15);
}

/**
 * A word's first and last letters and its length as an index into a table of 65,536 one-bit flags: the low
 * six bits of each letter, which tell the Arabic letters (U+0620–U+065F) apart (other letters share
 * cells), and the length up to 15. Without the length, four in ten words of news passed to the map.
 */
function endsCell(first: number, last: number, length: number): number {
  return ((first & 63) << 10) | ((last & 63) << 4) | (length < 15 ? length : 15);
}

/** Each word table's place in a TokenReader's remembered lookups (WordTable.slot): one a table. */
export const TABLE_SLOTS = { numbers: 0, dualNouns: 1, singularNouns: 2, subunits: 3, units: 4, dualUnits: 5 } as const;

/**
 * A folded word → entry map that also knows the first and last letters and the lengths of its words
 * (one bit a cell of endsCell, 8 kB), and their shapes (wordShape: the second letter too): most words
 * are ruled out by one read of the bits before the map is asked, and a key put together from a
 * token's parts is built only when some word has its shape.
 */
export class WordTable<T> {
  private readonly ends = new Int32Array((1 << 16) >>> 5);
  private readonly shapes: ReadonlySet<number>;

  /**
   * `slot`: the table's place in a TokenReader's remembered lookups (TABLE_SLOTS), an array index,
   * where a Map keyed by the table cost a hash probe at every word.
   */
  constructor(
    private readonly entries: ReadonlyMap<string, T>,
    readonly slot: number,
  ) {
    const shapes = new Set<number>();
    for (const key of entries.keys()) {
      const first = key.charCodeAt(0);
      const last = key.charCodeAt(key.length - 1);
      const cell = endsCell(first, last, key.length);
      this.ends[cell >>> 5]! |= 1 << (cell & 31);
      shapes.add(wordShape(first, key.length > 1 ? key.charCodeAt(1) : 0, last, key.length));
    }
    this.shapes = shapes;
  }

  /** The entry of a folded word; this runs on every word of a text (is it a number word?). */
  get(word: string): T | undefined {
    const length = word.length;
    if (length === 0 || !this.mayHold(word.charCodeAt(0), word.charCodeAt(length - 1), length)) return undefined;
    return this.entries.get(word);
  }

  /**
   * The entry spelt `head.slice(from) + rest` (a clitic letter put back before a stem, a stem with its
   * suffix), built as a string only when some word has its first and last letters and length.
   */
  getSpelled(head: string, from: number, rest: string): T | undefined {
    const length = head.length - from + rest.length;
    if (length === 0) return undefined;
    const first = from < head.length ? head.charCodeAt(from) : rest.charCodeAt(0);
    const last = rest !== '' ? rest.charCodeAt(rest.length - 1) : head.charCodeAt(head.length - 1);
    if (!this.mayHold(first, last, length)) return undefined;
    const secondAt = from + 1;
    const second = secondAt < head.length ? head.charCodeAt(secondAt) : secondAt - head.length < rest.length ? rest.charCodeAt(secondAt - head.length) : 0;
    if (!this.shapes.has(wordShape(first, second, last, length))) return undefined;
    return this.entries.get(from === 0 ? head + rest : head.slice(from) + rest);
  }

  /** Whether some word of the table has these first and last letters and this length (up to 15). */
  private mayHold(first: number, last: number, length: number): boolean {
    const cell = endsCell(first, last, length);
    return ((this.ends[cell >>> 5]! >>> (cell & 31)) & 1) !== 0;
  }
}

export const WILDCARD_WORD = '…';

export interface FigureLexicon {
  numbers: WordTable<NumberWord>;
  decimalWords: ReadonlySet<string>;
  fractionOver: string;
  minusWord: string;
  /** Duals of countable nouns, a count of two on their own (هدفين، شخصان، دبابتين). */
  dualNouns: WordTable<true>;
  /** Numerals that stress a dual (طفلين اثنين). */
  dualEmphasis: ReadonlySet<string>;
  /** The same nouns in the singular, with the accusative alif: واحد/واحدة after one counts one (نقطة واحدة، مقعدا واحدا). */
  singularNouns: WordTable<true>;
  /** Currency abbreviations keyed by their first token (د in د.ك). */
  currencyAbbreviations: ReadonlyMap<string, readonly LexiconPhrase<string>[]>;
  /** ISO 4217 codes Intl knows (KWD, USD); empty where Intl cannot list them. */
  currencyCodes: ReadonlySet<string>;
  degreeSign: string;
  /** The word before degrees that makes them a magnitude (MAGNITUDE_WORD), folded. */
  magnitudeWord: string;
  richterCode: string;
  degreeScales: ReadonlyMap<string, string>;
  belowZero: readonly string[];
  /** After a degree, the phrases that make it an earthquake's magnitude (على مقياس ريختر), with its unit code. */
  richterScale: ReadonlyMap<string, readonly LexiconPhrase<string>[]>;
  subunits: WordTable<{ perUnit: number; perUnitByCode: Readonly<Record<string, number>> }>;
  /** Percent phrases keyed by their first word. */
  percent: ReadonlyMap<string, readonly LexiconPhrase<true>[]>;
  currencySigns: ReadonlyMap<string, string>;
  /** Keyed by their last word (they are matched backwards from the number), longest first. */
  qualifiersBefore: ReadonlyMap<string, readonly LexiconPhrase<FigureApprox>[]>;
  /** Verbs of reaching, folded (REACH_VERBS): after the lam of result no qualifier. */
  reachVerbs: ReadonlySet<string>;
  /** Keyed by their first word, longest first. */
  qualifiersAfter: ReadonlyMap<string, readonly LexiconPhrase<FigureApprox>[]>;
  comparisonSigns: ReadonlyMap<string, FigureApprox>;
  months: ReadonlySet<string>;
  monthNoun: string;
  zeroMonth: string;
  dayListJoiners: ReadonlySet<string>;
  yearWords: ReadonlySet<string>;
  clockWords: ReadonlySet<string>;
  weekdayNumerals: ReadonlySet<string>;
  dayTakers: ReadonlySet<string>;
  timesOfDay: ReadonlySet<string>;
  dayHeads: ReadonlySet<string>;
  eraMarkers: ReadonlySet<string>;
  labels: ReadonlySet<string>;
  /** Latin letters spelt out (LATIN_LETTER_NAMES): a number after one is part of a model name. */
  letterNames: ReadonlySet<string>;
  /** Nouns of things by model (MODEL_HEADS): a bare number after one and its name is the model's. */
  modelHeads: ReadonlySet<string>;
  sequencePoints: ReadonlySet<string>;
  marginWords: ReadonlySet<string>;
  /** Dual adjectives of a period (DUAL_PERIOD_ADJECTIVES), which make a definite time dual a count. */
  dualPeriodAdjectives: ReadonlySet<string>;
  rankedNouns: ReadonlySet<string>;
  fractionCountedNouns: ReadonlySet<string>;
  ordinals: ReadonlySet<string>;
  /**
   * The words of yearWords, labels, sequencePoints, ordinals and clockWords: what may stand before a
   * number that is no quantity (see context.ts). A word is in one of them only if it is in this one.
   */
  markingWords: ReadonlySet<string>;
  timePrepositions: ReadonlySet<string>;
  ageWords: ReadonlySet<string>;
  notNouns: ReadonlySet<string>;
  adjectives: ReadonlySet<string>;
  rangeBetween: string;
  rangeFrom: string;
  rangeTo: ReadonlySet<string>;
  rangeToLetter: string;
  dashes: ReadonlySet<string>;
  scoreWords: ReadonlySet<string>;
  partitive: string;
  comparedWith: ReadonlySet<string>;
  comparisonNouns: ReadonlySet<string>;
  comparisonPrepositions: ReadonlySet<string>;
  /** Words before the currency an exchange rate is counted against (EXCHANGED_AGAINST_WORDS). */
  exchangedAgainst: ReadonlySet<string>;
  unannexedMultipliers: ReadonlySet<string>;
  closingMarks: ReadonlySet<string>;
  openingMarks: ReadonlySet<string>;
}

/** The folded lookup tables, built on first use (importing khabar stays cheap) and never mutated. */
export const getFigureLexicon = lazy(buildLexicon);

function buildLexicon(): FigureLexicon {
  return {
    numbers: new WordTable(numberWords(), TABLE_SLOTS.numbers),
    decimalWords: foldSet(DECIMAL_WORDS),
    fractionOver: foldKey(FRACTION_OVER),
    minusWord: foldKey(MINUS_WORD),
    dualNouns: new WordTable(dualNounWords(), TABLE_SLOTS.dualNouns),
    dualEmphasis: foldSet(DUAL_EMPHASIS),
    singularNouns: new WordTable(singularNounWords(), TABLE_SLOTS.singularNouns),
    currencyAbbreviations: phraseIndex(
      CURRENCY_ABBREVIATIONS.map(([abbreviation, code]) => [abbreviation.replace(/\./g, ' . '), code] as const),
      'first',
    ),
    currencyCodes: new Set(intlCurrencyCodes()),
    degreeSign: DEGREE_SIGN,
    magnitudeWord: foldKey(MAGNITUDE_WORD),
    richterCode: RICHTER_CODE,
    degreeScales: new Map(DEGREE_SCALES.map(([letter, code]) => [foldKey(letter), code])),
    belowZero: BELOW_ZERO.split(' ').map(foldKey),
    richterScale: phraseIndex(RICHTER_SCALE_PHRASES.map((phrase) => [phrase, RICHTER_CODE] as const), 'first'),
    subunits: new WordTable(
      new Map(
        CURRENCY_SUBUNITS.flatMap(({ forms, perUnit, perUnitByCode }) =>
          forms.map((form) => [foldKey(form), { perUnit, perUnitByCode: perUnitByCode ?? {} }] as const),
        ),
      ),
      TABLE_SLOTS.subunits,
    ),
    percent: phraseIndex(PERCENT_PHRASES.map((p) => [p, true] as const), 'first'),
    currencySigns: new Map(CURRENCY_SIGNS.map(([sign, code]) => [foldKey(sign), code])),
    qualifiersBefore: phraseIndex(QUALIFIERS_BEFORE, 'last'),
    reachVerbs: foldSet(REACH_VERBS),
    qualifiersAfter: phraseIndex(QUALIFIERS_AFTER, 'first'),
    comparisonSigns: new Map(COMPARISON_SIGNS),
    // a number right before a month's first word is a day of the month, right after one a year
    months: foldSet(monthFirstWords()),
    monthNoun: foldKey(MONTH_NOUN),
    zeroMonth: foldKey(ZERO_MONTH),
    dayListJoiners: foldSet(DAY_LIST_JOINERS),
    yearWords: foldSet(YEAR_WORDS),
    clockWords: foldSet(CLOCK_WORDS),
    weekdayNumerals: foldSet(WEEKDAY_NUMERALS),
    dayTakers: foldSet(DAY_TAKING_WORDS),
    timesOfDay: foldSet(TIME_OF_DAY_WORDS),
    dayHeads: foldSet([...DAY_HEAD_WORDS, ...WEEKDAY_NAMES.map(([name]) => name)]),
    eraMarkers: foldSet(ERA_MARKERS),
    labels: foldSet(LABEL_WORDS),
    letterNames: foldSet(LATIN_LETTER_NAMES),
    modelHeads: foldSet(MODEL_HEADS),
    sequencePoints: foldSet(SEQUENCE_POINT_WORDS),
    marginWords: foldSet(MARGIN_WORDS),
    dualPeriodAdjectives: foldSet(DUAL_PERIOD_ADJECTIVES),
    // before a pronoun ة is written ت (مباراته)
    rankedNouns: foldSet(RANKED_NOUNS.flatMap((noun) => (noun.endsWith('ة') ? [noun, `${noun.slice(0, -1)}ت`] : [noun]))),
    fractionCountedNouns: foldSet(FRACTION_COUNTED_NOUNS),
    ordinals: foldSet(ORDINAL_WORDS),
    markingWords: foldSet([...YEAR_WORDS, ...LABEL_WORDS, ...SEQUENCE_POINT_WORDS, ...ORDINAL_WORDS, ...CLOCK_WORDS]),
    timePrepositions: foldSet(TIME_PREPOSITIONS),
    ageWords: foldSet(AGE_WORDS),
    notNouns: foldSet(NOT_NOUN_WORDS),
    adjectives: foldSet(COMMON_ADJECTIVES),
    rangeBetween: foldKey(RANGE_BETWEEN),
    rangeFrom: foldKey(RANGE_FROM),
    rangeTo: foldSet(RANGE_TO_WORDS),
    rangeToLetter: RANGE_TO_LETTER,
    dashes: new Set(RANGE_DASHES),
    scoreWords: foldSet(SCORE_WORDS),
    partitive: foldKey(PARTITIVE_WORD),
    comparedWith: foldSet(COMPARED_WITH_WORDS),
    comparisonNouns: foldSet(COMPARISON_NOUNS),
    comparisonPrepositions: foldSet(COMPARISON_PREPOSITIONS),
    exchangedAgainst: foldSet(EXCHANGED_AGAINST_WORDS),
    unannexedMultipliers: foldSet(UNANNEXED_MULTIPLIERS),
    closingMarks: new Set(CLOSING_MARKS),
    openingMarks: new Set(OPENING_MARKS),
  };
}

function foldSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(foldKey));
}

function numberWords(): Map<string, NumberWord> {
  const words = new Map<string, NumberWord>();
  const add = (forms: readonly string[], word: NumberWord): void => {
    for (const form of forms) words.set(foldKey(form), word);
  };
  for (const [value, forms] of UNIT_NUMBER_WORDS) add(forms, { kind: 'unit', value, teenOnly: false });
  for (const [value, forms] of TEEN_ONLY_NUMBER_WORDS) add(forms, { kind: 'unit', value, teenOnly: true });
  for (const [value, forms] of TENS_NUMBER_WORDS) add(forms, { kind: 'tens', value });
  for (const [value, forms] of TEEN_NUMBER_WORDS) add(forms, { kind: 'teen', value });
  add(HUNDRED_SPELLINGS, { kind: 'hundreds', value: 100 });
  add(TWO_HUNDRED_WORDS, { kind: 'hundreds', value: 200 });
  for (const [unit, stem] of HUNDRED_MULTIPLIER_STEMS) {
    add(
      HUNDRED_SPELLINGS.map((hundred) => stem + hundred),
      { kind: 'hundreds', value: unit * 100 },
    );
  }
  for (const scale of SCALE_NUMBER_WORDS) {
    // one spelling can be two grammatical numbers (ألفا): merge what each list says about it
    const forms = new Set([...scale.singular, ...scale.dual, ...scale.plural]);
    for (const form of forms) {
      words.set(foldKey(form), {
        kind: 'scale',
        value: scale.value,
        singular: scale.singular.includes(form),
        dual: scale.dual.includes(form),
        plural: scale.plural.includes(form),
      });
    }
  }
  for (const [value, forms] of FRACTION_WORDS) add(forms, { kind: 'fraction', value });
  for (const [value, forms] of FRACTION_PLURAL_WORDS) add(forms, { kind: 'fraction-plural', value });
  for (const [base, forms] of VAGUE_PLURAL_WORDS) add(forms, { kind: 'vague', base });
  add(FEW_WORDS, { kind: 'few' });
  return words;
}

/** Duals of the countable nouns (see data/figures/dual-nouns.ts). */
function dualNounWords(): Map<string, true> {
  const words = new Map<string, true>();
  const add = (nouns: readonly string[], forms: DualForms): void => {
    for (const noun of nouns) for (const dual of dualsOf(noun, forms)) words.set(foldKey(dual), true);
  };
  add(DUAL_NOUNS, 'both');
  add(DUAL_NOUNS_NOMINATIVE_ONLY, 'nominative');
  add(DUAL_NOUNS_OBLIQUE_ONLY, 'oblique');
  return words;
}

/** The singulars of the countable nouns and their accusative (مقعدا، جنديا; ة takes no alif), but the idioms' nouns. */
function singularNounWords(): Map<string, true> {
  const words = new Map<string, true>();
  const idioms = new Set(NOT_COUNTED_BY_ONE);
  for (const noun of [...DUAL_NOUNS, ...DUAL_NOUNS_NOMINATIVE_ONLY, ...DUAL_NOUNS_OBLIQUE_ONLY]) {
    if (idioms.has(noun)) continue;
    words.set(foldKey(noun), true);
    if (!noun.endsWith('ة')) words.set(foldKey(`${noun}ا`), true);
  }
  return words;
}

/** Which duals of a word count: both, or only the one no other form of the word is spelt like. */
export type DualForms = 'both' | 'nominative' | 'oblique';

/**
 * The duals of a singular: -ان (nominative) and -ين (accusative and genitive), its ة turned into ت
 * (ساعة → ساعتان، ساعتين); one of them alone when the other spells the plural too (مواطنين، بلدان).
 */
export function dualsOf(singular: string, forms: DualForms): string[] {
  const stem = singular.endsWith('ة') ? `${singular.slice(0, -1)}ت` : singular;
  if (forms === 'nominative') return [`${stem}ان`];
  return forms === 'oblique' ? [`${stem}ين`] : [`${stem}ان`, `${stem}ين`];
}

/** ISO 4217 codes from Intl (an authoritative list that ships with the runtime), or none where it is missing. */
function intlCurrencyCodes(): readonly string[] {
  const intl = Intl as { supportedValuesOf?: (key: 'currency') => string[] };
  return intl.supportedValuesOf?.('currency') ?? [];
}

/**
 * An adjective reduced to its masculine singular: سعودية/سعوديا → سعودي, مربعة → مربع
 * (ة is already folded to ه; the accusative ending is a bare alef).
 */
export function adjectiveKey(folded: string): string {
  return folded.length > 3 && (folded.endsWith('ه') || folded.endsWith('ا')) ? folded.slice(0, -1) : folded;
}

function phraseIndex<T>(
  phrases: ReadonlyArray<readonly [string, T]>,
  keyedBy: 'first' | 'last',
): ReadonlyMap<string, readonly LexiconPhrase<T>[]> {
  const index = new Map<string, LexiconPhrase<T>[]>();
  for (const [text, value] of phrases) {
    const words = text.split(' ').map((word) => (word === WILDCARD_WORD ? word : foldKey(word)));
    const key = keyedBy === 'first' ? words[0]! : words[words.length - 1]!;
    const list = index.get(key) ?? [];
    list.push({ words, value });
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The first word of every month name the dates lexicon knows (كانون in كانون الثاني, ذو in ذو الحجة). */
function monthFirstWords(): string[] {
  const names = [...GREGORIAN_MONTH_NAMES_CLDR, ...GREGORIAN_MONTH_VARIANTS, ...HIJRI_MONTH_NAMES_CLDR, ...HIJRI_MONTH_VARIANTS];
  return names.map(([name]) => name.split(' ')[0]!);
}
