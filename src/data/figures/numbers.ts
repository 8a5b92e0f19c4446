// Arabic number words, written as news writes them (with hamza and ة; lookups fold them like tokens).
// Data only: the grammar that combines them lives in src/figures/parse-number.ts.
// Hand-kept: a closed set of Arabic grammar, with the spellings news uses; entries from Arabic grammar.

/**
 * Cardinals 1–10 in their masculine/feminine forms, with the accusative that keeps a written alif
 * (خمساً وعشرين).
 */
export const UNIT_NUMBER_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['واحد', 'واحدة', 'واحدا']],
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'إثنان', 'إثنين']],
  [3, ['ثلاث', 'ثلاثة', 'ثلاثا']],
  [4, ['أربع', 'أربعة', 'أربعا']],
  [5, ['خمس', 'خمسة', 'خمسا']],
  [6, ['ست', 'ستة', 'ستا']],
  [7, ['سبع', 'سبعة', 'سبعا']],
  [8, ['ثمان', 'ثماني', 'ثمانية', 'ثمانيا']],
  [9, ['تسع', 'تسعة', 'تسعا']],
  [10, ['عشر', 'عشرة', 'عشرا']],
];

/** First words that exist only in 11 and 12, before عشر/عشرة (أحد عشر، اثنتا عشرة). */
export const TEEN_ONLY_NUMBER_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['أحد', 'إحدى']],
  [2, ['اثنا', 'اثني', 'اثنتا', 'اثنتي']],
];

/** 20–90, nominative (-ون) and oblique (-ين). */
export const TENS_NUMBER_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [20, ['عشرون', 'عشرين']],
  [30, ['ثلاثون', 'ثلاثين']],
  [40, ['أربعون', 'أربعين']],
  [50, ['خمسون', 'خمسين']],
  [60, ['ستون', 'ستين']],
  [70, ['سبعون', 'سبعين']],
  [80, ['ثمانون', 'ثمانين']],
  [90, ['تسعون', 'تسعين']],
];

/** The two spellings of "hundred"; both also join a unit into one word (ثلاثمئة، تسعمائة). */
export const HUNDRED_SPELLINGS: readonly string[] = ['مئة', 'مائة'];

/** 200 in nominative, oblique and construct forms, with both spellings. */
export const TWO_HUNDRED_WORDS: readonly string[] = [
  'مئتان', 'مئتين', 'مئتا', 'مئتي', 'مائتان', 'مائتين', 'مائتا', 'مائتي',
];

/** Unit stems written fused with مئة/مائة for 300–900. */
export const HUNDRED_MULTIPLIER_STEMS: ReadonlyArray<readonly [number, string]> = [
  [3, 'ثلاث'],
  [4, 'أربع'],
  [5, 'خمس'],
  [6, 'ست'],
  [7, 'سبع'],
  [8, 'ثمان'],
  [8, 'ثماني'],
  [9, 'تسع'],
];

/**
 * Multipliers: the singular (after 11+ or alone, accusative ألفاً after 11–99), the dual (2 × it, as a
 * word of its own) and the plural (after 3–10, or alone as a vague quantity). ألفا/مليونا are both
 * the accusative singular (أحد عشر ألفاً) and the dual construct (ألفا جندي): the grammar decides.
 */
export const SCALE_NUMBER_WORDS: ReadonlyArray<{
  value: number;
  singular: readonly string[];
  dual: readonly string[];
  plural: readonly string[];
}> = [
  {
    value: 1e3,
    singular: ['ألف', 'ألفا'],
    dual: ['ألفان', 'ألفين', 'ألفا', 'ألفي'],
    plural: ['آلاف', 'ألوف'],
  },
  {
    value: 1e6,
    singular: ['مليون', 'مليونا'],
    dual: ['مليونان', 'مليونين', 'مليونا', 'مليوني'],
    plural: ['ملايين'],
  },
  {
    value: 1e9,
    singular: ['مليار', 'مليارا', 'بليون', 'بليونا'],
    dual: ['ملياران', 'مليارين', 'مليارا', 'ملياري', 'بليونان', 'بليونين'],
    plural: ['مليارات', 'بلايين'],
  },
  {
    value: 1e12,
    singular: ['تريليون', 'تريليونا'],
    dual: ['تريليونان', 'تريليونين'],
    plural: ['تريليونات'],
  },
];

/** Fractions that count on their own or before a multiplier (نصف مليون) and after و (مليون ونصف). */
export const FRACTION_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1 / 2, ['نصف']],
  [1 / 4, ['ربع']],
  [1 / 3, ['ثلث']],
  [2 / 3, ['ثلثا', 'ثلثي']],
];

/** Plural fractions, counted by a unit before them (ثلاثة أرباع). */
export const FRACTION_PLURAL_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1 / 4, ['أرباع']],
  [1 / 3, ['أثلاث']],
];

/** Plurals of 10 and 100 that state no number (عشرات، مئات): the base they count in. */
export const VAGUE_PLURAL_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [10, ['عشرات']],
  [100, ['مئات']],
];

/** "A few" (three to nine), alone or before a plural (بضعة آلاف). */
export const FEW_WORDS: readonly string[] = ['بضع', 'بضعة'];
