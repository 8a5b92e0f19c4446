// Arabic number words, written as news writes them (with hamza and ة; lookups fold them like tokens).
// Data only: the grammar that combines them lives in src/figures/parse-number.ts.
// Hand-kept: a closed set of Arabic grammar, with the spellings news uses; entries from Arabic grammar.

/**
 * Cardinals 1–10 in their masculine/feminine forms, with the accusative that keeps a written alif
 * (خمساً وعشرين).
 */
export const UNIT_NUMBER_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  // zero, and its adjective (رصيد صفري، نمو صفري)
  [0, ['صفر', 'صفرا', 'صفري', 'صفرية']],
  [1, ['واحد', 'واحدة', 'واحدا']],
  // اتنين، تلاتة، تمانية: spoken Egyptian, Levantine and Gulf forms
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'إثنان', 'إثنين', 'اتنين', 'إتنين']],
  [3, ['ثلاث', 'ثلاثة', 'ثلاثا', 'تلات', 'تلاتة']],
  [4, ['أربع', 'أربعة', 'أربعا']],
  [5, ['خمس', 'خمسة', 'خمسا']],
  [6, ['ست', 'ستة', 'ستا']],
  [7, ['سبع', 'سبعة', 'سبعا']],
  [8, ['ثمان', 'ثماني', 'ثمانية', 'ثمانيا', 'تمانية', 'تمنية']],
  [9, ['تسع', 'تسعة', 'تسعا']],
  [10, ['عشر', 'عشرة', 'عشرا']],
];

/** First words that exist only in 11 and 12, before عشر/عشرة (أحد عشر، اثنتا عشرة). */
export const TEEN_ONLY_NUMBER_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['أحد', 'إحدى']],
  [2, ['اثنا', 'اثني', 'اثنتا', 'اثنتي']],
];

/** 11–19 as spoken Arabic writes them, one word each (حداشر، اتناشر، خمستاشر). */
export const TEEN_NUMBER_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [11, ['حداشر', 'احداشر', 'إحداشر', 'حدعش', 'احدعش']],
  [12, ['اتناشر', 'إتناشر', 'اطناشر', 'اتنعش', 'طنعش']],
  [13, ['تلاتاشر', 'تلتاشر', 'تلطعش', 'تلتعش']],
  [14, ['اربعتاشر', 'أربعتاشر', 'اربعطعش', 'أربعطعش']],
  [15, ['خمستاشر', 'خمسطعش', 'خمستعش']],
  [16, ['ستاشر', 'سطعش', 'ستعش']],
  [17, ['سبعتاشر', 'سبعطعش', 'سبعتعش']],
  [18, ['تمنتاشر', 'تمنطعش', 'تمنتعش']],
  [19, ['تسعتاشر', 'تسعطعش', 'تسعتعش']],
];

/** 20–90, nominative (-ون) and oblique (-ين), with the spoken تلاتين and تمانين. */
export const TENS_NUMBER_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [20, ['عشرون', 'عشرين']],
  [30, ['ثلاثون', 'ثلاثين', 'تلاتين']],
  [40, ['أربعون', 'أربعين']],
  [50, ['خمسون', 'خمسين']],
  [60, ['ستون', 'ستين']],
  [70, ['سبعون', 'سبعين']],
  [80, ['ثمانون', 'ثمانين', 'تمانين']],
  [90, ['تسعون', 'تسعين']],
];

/** The spellings of "hundred", with the spoken مية; each also joins a unit into one word (ثلاثمئة، خمسمية). */
export const HUNDRED_SPELLINGS: readonly string[] = ['مئة', 'مائة', 'مية'];

/** 200 in nominative, oblique and construct forms, with both spellings and the spoken ميتين. */
export const TWO_HUNDRED_WORDS: readonly string[] = [
  'مئتان', 'مئتين', 'مئتا', 'مئتي', 'مائتان', 'مائتين', 'مائتا', 'مائتي', 'ميتين',
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
  // spoken stems: تلتمية، ربعمية، تمنمية
  [3, 'تلت'],
  [4, 'ربع'],
  [8, 'تمن'],
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
    // تلاف: the spoken plural after a unit (تلات تلاف)
    plural: ['آلاف', 'ألوف', 'تلاف'],
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
    // ملايير: the Maghreb press's plural (3 ملايير دينار)
    plural: ['مليارات', 'بلايين', 'ملايير'],
  },
  {
    value: 1e12,
    singular: ['تريليون', 'تريليونا', 'ترليون', 'ترليونا'],
    dual: ['تريليونان', 'تريليونين', 'ترليونان', 'ترليونين'],
    plural: ['تريليونات', 'ترليونات'],
  },
];

/** Fractions that count on their own or before a multiplier (نصف مليون) and after و (مليون ونصف). */
export const FRACTION_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1 / 2, ['نصف']],
  [1 / 4, ['ربع']],
  [1 / 3, ['ثلث']],
  [2 / 3, ['ثلثا', 'ثلثي', 'ثلثان', 'ثلثين']],
];

/** Plural fractions, counted by a unit before them (ثلاثة أرباع). */
export const FRACTION_PLURAL_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1 / 4, ['أرباع']],
  [1 / 3, ['أثلاث']],
  [1 / 5, ['أخماس']],
  [1 / 6, ['أسداس']],
  [1 / 7, ['أسباع']],
  [1 / 8, ['أثمان']],
  [1 / 9, ['أتساع']],
  [1 / 10, ['أعشار']],
];

/** The word that opens a decimal part (اثنان فاصلة خمسة = 2.5). */
export const DECIMAL_WORDS: readonly string[] = ['فاصلة', 'فاصل'];

/** The word between the two numbers of a fraction read out (سبعة على ثمانية = 7/8). */
export const FRACTION_OVER = 'على';

/** The word for minus before a number (سالب خمسة = -5). */
export const MINUS_WORD = 'سالب';

/** Plurals of 10 and 100 that state no number (عشرات، مئات): the base they count in. */
export const VAGUE_PLURAL_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [10, ['عشرات']],
  [100, ['مئات']],
];

/** "A few" (three to nine), alone or before a plural (بضعة آلاف). */
export const FEW_WORDS: readonly string[] = ['بضع', 'بضعة'];
